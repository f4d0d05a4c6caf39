import { describe, expect, it } from 'vitest'
import { detectLanguage } from './language.ts'
import { toSimplified } from './normalize.ts'
import { tokenize } from './tokenize.ts'

describe('language and tokens', () => {
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
    expect(detectLanguage('')).toBe('und')
  })
  it('maps Traditional characters to Simplified', () => {
    expect(toSimplified('價格太貴，服務態度差')).toBe('价格太贵，服务态度差')
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
