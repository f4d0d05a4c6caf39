import { SIMPLIFIED_ONLY, T2S } from './t2s-map.ts'
import { EN_LEXICON } from './lexicon-en.ts'
import { OTHER_LANGUAGES, otherLexicon } from './lexicon-other-load.ts'
import { splitElision } from './tokenize.ts'
import { bySpelling } from './language-spelling.ts'
import { hitsByLanguage, languagesByWord, unreadLanguageHits } from './language-unread.ts'

export type LanguageCode = 'en' | 'zh-Hans' | 'zh-Hant' | 'es' | 'pt' | 'fr' | 'de' | 'it' | 'nl' | 'und'

// Short lists of frequent function words that rarely appear in the other languages:
// enough to tell Latin-script languages apart on survey-length answers.
const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'is', 'it', 'to', 'of', 'was', 'this', 'that', 'for', 'with', 'you', 'not', 'but', 'are', 'have', 'my', 'i', 'very', 'too', 'so', 'be', 'they', 'we', 'on', 'at', 'your', 'can', 'just', 'would',
    'like', 'as', 'our', 'their', 'did', 'has', 'had', 'been', 'were', 'from', 'what', 'if', 'will', 'about', "it's", "i'm", "i've", "you're", "that's", "don't", "didn't", "doesn't", "isn't", "can't", "won't", "we'll", "i'll"],
  es: ['el', 'la', 'los', 'las', 'que', 'y', 'es', 'muy', 'pero', 'por', 'para', 'con', 'una', 'del', 'lo', 'se', 'su', 'mi', 'está', 'bien', 'también', 'nada', 'tiene', 'como', 'hay', 'gustaría', 'puedo', 'de', 'en', 'cuando', 'siempre', 'ahora', 'mucho', 'hace', 'usted', 'demasiado', 'demasiados', 'demasiada', 'demasiadas', 'sin', 'veces', 'ya', 'necesito'],
  pt: ['o', 'os', 'as', 'que', 'tudo', 'nada', 'e', 'é', 'muito', 'mas', 'não', 'com', 'uma', 'do', 'da', 'dos', 'das', 'em', 'para', 'meu', 'minha', 'está', 'também', 'você', 'isso', 'bem', 'agora', 'ainda', 'já', 'pelo', 'pela', 'foi', 'são', 'ao', 'às', 'demais', 'de', 'sem', 'vezes', 'num', 'numa', 'nao', 'vocês', 'pra', 'seu', 'sua'],
  fr: ['le', 'la', 'les', 'et', 'est', 'très', 'mais', 'pas', 'une', 'des', 'du', 'je', 'il', 'ce', 'pour', 'avec', 'que', 'qui', 'sur', 'vous', 'nous', 'bien', 'trop', 'ne', 'jamais', 'dans', 'sont', 'de', 'en', 'toujours', 'aussi', 'sans', 'depuis', 'quand', 'rien', 'cette', 'mon', 'ça', 'été', 'au', 'aux', 'fois', 'deux', 'ils', 'ont', 'mois'],
  de: ['der', 'die', 'das', 'und', 'nichts', 'ist', 'sehr', 'aber', 'nicht', 'ein', 'eine', 'einen', 'ich', 'mit', 'zu', 'auf', 'für', 'es', 'sie', 'wir', 'auch', 'gut', 'war', 'dem', 'den', 'viel', 'viele', 'kein', 'keine', 'immer', 'noch', 'mehr', 'bitte', 'seit', 'überhaupt', 'schon', 'nur', 'wenn', 'dass', 'oder', 'wird', 'habe', 'hat', 'kann', 'mich', 'mir', 'sich', 'ohne', 'uns', 'wurde', 'wurden', 'diesen', 'diese', 'dieses'],
  it: ['il', 'lo', 'la', 'gli', 'che', 'e', 'è', 'molto', 'ma', 'non', 'una', 'di', 'del', 'della', 'per', 'con', 'sono', 'mi', 'anche', 'troppo', 'bene', 'questo', 'ho', 'sempre', 'ancora', 'perché', 'niente', 'nulla', 'questa', 'poi', 'già', 'più', 'mai', 'hanno', 'senza', 'nessun', 'nessuno', 'alla', 'nella', 'nel', 'da', 'dal', 'dalla', 'tutto', 'tutti', 'quindi', 'sarebbe', 'poter', 'posso', 'può', 'sul', 'sulla', 'dei', 'delle', 'degli', 'ogni', 'cosa', 'le', 'mio', 'mia', 'miei', 'ci', 'davvero', 'vostra', 'vostro', 'vostri', 'nostro', 'nostra'],
  nl: ['de', 'het', 'een', 'en', 'is', 'zeer', 'erg', 'maar', 'niet', 'ik', 'met', 'van', 'voor', 'op', 'dat', 'wij', 'ook', 'te', 'goed', 'heel', 'was', 'zijn', 'geen', 'nog', 'wel', 'deze', 'bij', 'naar', 'mijn', 'wordt', 'heb', 'heeft', 'steeds', 'altijd', 'veel', 'meer', 'kan', 'zonder', 'die'],
}
const STOPWORD_LANGUAGES = Object.keys(STOPWORDS) as LanguageCode[]
const STOPWORD_USERS = languagesByWord(STOPWORDS as Record<LanguageCode, string[]>)

// Code-point ranges instead of a Unicode-property regex per character: this runs on every comment.
const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3134f)
const LATIN = /\p{Script=Latin}/u
const LETTER = /\p{L}/u
const LINK = /https?:\/\//
const isKana = (c: number) => (c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f)

/** Which script a common Han character is written in: 1 a Traditional form, 2 Simplified only, 0 either (one array read per character). */
const TRADITIONAL = 1, SIMPLIFIED = 2
const HAN_TABLE_START = 0x4e00, HAN_TABLE_END = 0xa000
const HAN_SCRIPT = new Uint8Array(HAN_TABLE_END - HAN_TABLE_START)
for (const ch of SIMPLIFIED_ONLY) markScript(ch, SIMPLIFIED)
for (const ch of T2S.keys()) markScript(ch, TRADITIONAL)
function markScript(ch: string, script: number): void {
  const k = ch.codePointAt(0)! - HAN_TABLE_START
  if (ch.length === 1 && k >= 0 && k < HAN_SCRIPT.length) HAN_SCRIPT[k] = script
}
function hanScript(ch: string, c: number): number {
  const k = c - HAN_TABLE_START
  if (k >= 0 && k < HAN_SCRIPT.length) return HAN_SCRIPT[k]
  return T2S.has(ch) ? TRADITIONAL : SIMPLIFIED_ONLY.has(ch) ? SIMPLIFIED : 0
}

/**
 * Words English spells the same as another language's sentiment words: in English comments (the
 * dev rows of en_amazon, en_yelp and en_airline, each at least 5 times) they are English, so
 * "Long battery life" is not French for its "long".
 */
const EN_COGNATES = new Set(['long', 'plus', 'final', 'grave', 'pure', 'normal', 'top', 'fine', 'hell', 'chic', 'correct', 'direct', 'exact',
  'large', 'multiple', 'original', 'premier', 'rare', 'sale', 'social', 'surprise', 'terminal', 'international', 'content', 'complete',
  'absurd', 'apart', 'bar', 'bars', 'close', 'extra', 'must', 'wonder', 'plate', 'male', 'fort', 'ramp'])

/**
 * Of `candidates`, the language whose sentiment words the comment uses most: another language's
 * count only words English does not have; English, when a candidate, counts its own. Ties go to the
 * earlier candidate.
 */
function bySentimentWords(words: string[], candidates: string[]): LanguageCode | undefined {
  let best: LanguageCode | undefined, bestHits = 0
  for (const lang of candidates) {
    let hits = 0
    if (lang === 'en') {
      for (const w of words) if (EN_LEXICON.has(w)) hits++
      if (hits > bestHits) { best = 'en'; bestHits = hits }
      continue
    }
    const lex = otherLexicon(lang)
    if (!lex) continue
    for (const w of words) if (lex.words.has(w) && !EN_LEXICON.has(w) && !EN_COGNATES.has(w)) hits++
    if (hits > bestHits) { best = lang as LanguageCode; bestHits = hits }
  }
  return best
}

/** Detect the comment's language: Han script decides Chinese (and which script), else stopword hits. */
export function detectLanguage(text: string): LanguageCode {
  let han = 0, latin = 0, traditional = 0, simplified = 0, kana = 0, other = 0
  for (const ch of text) {
    const c = ch.codePointAt(0)!
    if (c < 0x80) { if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++; continue } // ASCII fast path
    if (isHan(c)) {
      han++
      const script = hanScript(ch, c)
      if (script === TRADITIONAL) traditional++
      else if (script === SIMPLIFIED) simplified++
    } else if (LATIN.test(ch)) latin++
    else if (isKana(c)) kana++
    else if (LETTER.test(ch)) other++
  }
  // Japanese (kana beside its kanji) and scripts we have no word lists for (Cyrillic, Hangul,
  // Arabic…) are no language we read: the Chinese rules would misread kanji, and no Latin list
  // speaks for "Приложение отличное".
  if (kana >= 2 && kana * 4 >= han) return 'und'
  if (other > latin + han) return 'und'
  // A Chinese word is ~1.7 characters, an English one ~5 letters: the script with more words wins.
  if (han > 0 && han / 1.7 >= latin / 5) return traditional > simplified ? 'zh-Hant' : 'zh-Hans'
  // "l'application" is "le" + "application": the article is the clue.
  // A hyphenated word is one word: the "e" of "E-Mails" is no Portuguese or Italian "and".
  // Addresses, handles and links are in no language.
  // Whole chunks between spaces: a pattern for "something@something" backtracked over every start
  // of a long chunk without an @ (5,000 ellipses took 150 ms).
  const plain = text.toLowerCase().replace(/’/g, "'").replace(/\S+/g, (chunk) => (chunk.includes('@') || LINK.test(chunk) ? ' ' : chunk))
  const words = (plain.match(/[\p{L}']+(?:-\p{L}+)*/gu) ?? []).flatMap(splitElision)
  if (words.length === 0) return han > 0 ? 'zh-Hans' : 'und'
  let best: LanguageCode = 'und', bestHits = 0, tied: LanguageCode[] = []
  const hitsOf = hitsByLanguage(words, STOPWORD_USERS)
  for (const lang of STOPWORD_LANGUAGES) {
    const hits = hitsOf.get(lang) ?? 0
    if (hits > bestHits) { best = lang; bestHits = hits; tied = [best] } else if (hits > 0 && hits === bestHits) tied.push(lang)
  }
  // More function words of a Latin-script language we have no lists for (Polish, Swedish…) than of any we read.
  if (unreadLanguageHits(words, (w) => STOPWORD_USERS.has(w) || EN_LEXICON.has(w)) > Math.max(bestHits, 1)) return 'und'
  // No function word to go by ("Ótimo atendimento, adorei"), or one several languages share ("e" in
  // "Servizio pessimo e lento"): the language whose sentiment words it uses, if any says; failing
  // that, its spelling ("servizio", "funzionato": Italian, not French). Words in plain ASCII letters
  // are English's to lose: English sentiment words count there ("Great food, large portions" is not
  // French for its "large"), and English wins a tie of function words.
  const ascii = !/[^\x00-\x7f]/.test(words.join(''))
  const spelled = (candidates: LanguageCode[]) => bySpelling(words, candidates, STOPWORDS)
  if (best === 'und') best = bySentimentWords(words, ascii ? ['en', ...OTHER_LANGUAGES] : OTHER_LANGUAGES) ?? (ascii ? best : spelled(['en', ...OTHER_LANGUAGES]) ?? best)
  else if (tied.length > 1) best = bySentimentWords(words, tied) ?? (ascii && tied.includes('en') ? 'en' : spelled(tied) ?? best)
  if (best === 'und' && ascii) return 'en' // plain ASCII words: English is the best guess
  return best
}
