import { describe, expect, it } from 'vitest'
import { detectLanguage } from './language.ts'
import { toSimplified } from './normalize.ts'
import { tokenize } from './tokenize.ts'

describe('language and tokens', () => {
  it('calls Japanese and scripts without word lists undetermined, not Chinese or Portuguese', () => {
    for (const text of ['このアプリは最高です', '使いにくい', '앱이 너무 느려요', 'Приложение отличное', 'التطبيق رائع']) expect(detectLanguage(text), text).toBe('und')
    // A kana or two in Chinese ("我の最爱") and English beside another script stay what they are.
    expect(detectLanguage('我の最爱')).toBe('zh-Hans')
    expect(detectLanguage('Приложение great, love it so much')).toBe('en')
  })
  it('calls Latin-script languages it has no word lists for undetermined, and leaves English with a stray one of their words', () => {
    for (const text of ['Bardzo dobra aplikacja, polecam', 'Aplikace funguje velmi dobře', 'Appen fungerar inte, jag är besviken', 'Det virker ikke, jeg er meget skuffet',
      'Sovelluksen käyttö on helppoa ja nopeaa', 'Aplikasinya bagus banget, tapi sering error', 'Uygulama çok yavaş ve sürekli çöküyor', 'Aplicatia este foarte buna dar prea scumpa',
      'Az alkalmazás nagyon jó, de drága', 'Ứng dụng rất tốt nhưng hơi chậm']) expect(detectLanguage(text), text).toBe('und')
    for (const text of ['Dan and Ada love it', 'the app is ok ja', 'Ben said the vi editor is fine', 'men are from mars']) expect(detectLanguage(text), text).toBe('en')
    expect(detectLanguage('nie wieder! schlechter Service')).toBe('de')
  })
  it('detects English, Simplified, Traditional and a few others', () => {
    expect(detectLanguage('The onboarding was painless')).toBe('en')
    expect(detectLanguage('客服态度很好')).toBe('zh-Hans')
    expect(detectLanguage('客服態度很好')).toBe('zh-Hant')
    expect(detectLanguage('El servicio es muy malo pero la app está bien')).toBe('es')
    expect(detectLanguage('Die App ist sehr gut aber zu teuer')).toBe('de')
    expect(detectLanguage("L'application ne marche jamais")).toBe('fr')
    expect(detectLanguage('Me gustaría un modo oscuro')).toBe('es')
    // "me" is Spanish too, but far commoner in English tweets ("sign me up!").
    expect(detectLanguage('sign me up!')).toBe('en')
    // The "e" of "E-Mails" is no Portuguese or Italian "and"; short German asks read as German.
    expect(detectLanguage('Zu viele E-Mails')).toBe('de')
    expect(detectLanguage('Bitte fügt einen Export hinzu')).toBe('de')
    // Plain English with a word other languages share: "large" is French too, "as" Portuguese.
    expect(detectLanguage('Great food, large portions')).toBe('en')
    // Words English spells like another language's sentiment words are English's: "long" is no French.
    expect(detectLanguage('Long battery life, long range')).toBe('en')
    expect(detectLanguage('mal servicio')).toBe('es')
    expect(detectLanguage('I hate those things as much as cheap olives')).toBe('en')
    expect(detectLanguage('Works like a charm.. Works as advertised.')).toBe('en')
    // ...while the others' own plain-ASCII comments keep their language.
    expect(detectLanguage('Pessimo servizio')).toBe('it')
    expect(detectLanguage('No está mal')).toBe('es')
    // "de" and "mi" are Spanish, French, Dutch, Italian: other function words decide.
    expect(detectLanguage('De app loopt de laatste tijd steeds vast')).toBe('nl')
    expect(detectLanguage('Falta uma função de exportar')).toBe('pt')
    expect(detectLanguage('Mi hanno addebitato due volte')).toBe('it')
    expect(detectLanguage('Recibo demasiados correos')).toBe('es')
    expect(detectLanguage('Service client au top')).toBe('fr')
    expect(detectLanguage('Uns wurde diesen Monat doppelt abgebucht')).toBe('de')
    expect(detectLanguage('Me cobraron dos veces este mes')).toBe('es') // "dos" is Portuguese too
    // Function words tie and no sentiment word decides: the spelling does.
    expect(detectLanguage('Il servizio ha funzionato')).toBe('it')
    expect(detectLanguage("L'app è lentissima")).toBe('it')
    expect(detectLanguage('Funciona sem problemas')).toBe('pt')
    // Links, handles and emoji are in no language.
    expect(detectLanguage('@JetBlue Best airline 👌 http://t.co/abc')).toBe('en')
    expect(detectLanguage('@united Will do! Thanks!')).toBe('en')
    expect(detectLanguage('')).toBe('und')
  })
  it('maps Traditional characters to Simplified', () => {
    expect(toSimplified('價格太貴，服務態度差')).toBe('价格太贵，服务态度差')
    // Any common character, not only our word lists' (OpenCC's table): 惡, 骯, 麵, 廳.
    expect(toSimplified('這家餐廳的麵條很難吃，服務員態度惡劣')).toBe('这家餐厅的面条很难吃，服务员态度恶劣')
    expect(toSimplified('房間骯髒')).toBe('房间肮脏')
    // Our billing words keep their sense: 帳單 is 账单 (a bill), not 帐单.
    expect(toSimplified('帳單有問題')).toBe('账单有问题')
    // Simplified text stays as it is.
    expect(toSimplified('真的很快，家里人都喜欢')).toBe('真的很快，家里人都喜欢')
  })
  it('reads characters both scripts write as no evidence of Simplified', () => {
    // 出, 真, 家 and 面 are OpenCC targets of rare variants (齣, 眞, 傢, 麵) but Traditional writes them too.
    expect(detectLanguage('很好，很喜歡，希望出更多新口味。')).toBe('zh-Hant')
    expect(detectLanguage('一如既往的家鄉味道！')).toBe('zh-Hant')
    expect(detectLanguage('一如既往的家乡味道！')).toBe('zh-Hans')
  })
  it('segments Chinese without spaces and splits contractions', () => {
    const zh = tokenize('不是不好用').map((t) => t.text)
    expect(zh.join('')).toBe('不是不好用')
    expect(zh.length).toBeGreaterThan(1)
    expect(tokenize("wouldn't").map((t) => t.text)).toEqual(['would', 'not'])
    expect(tokenize('great 👍').map((t) => t.kind)).toEqual(['word', 'emoji'])
  })
  it("splits French and Italian elisions, and only those ('l'app', not 'y'all')", () => {
    expect(tokenize("L'application n'aime pas").map((t) => t.text)).toEqual(['le', 'application', 'ne', 'aime', 'pas'])
    expect(tokenize("dell'app").map((t) => t.text)).toEqual(['dell', 'app'])
    expect(tokenize("y'all o'clock i'd").map((t) => t.text)).toEqual(["y'all", "o'clock", 'i', 'would'])
  })
})
