// The other languages' word lists (lexicon-other.ts, generated), read from their compact form the
// first time a comment in that language is met. Shared by language detection and the rules.
import { OTHER_LEXICONS, type OtherLanguage } from './lexicon-other.ts'

export type OtherLexicon = { words: Map<string, number>; negators: Set<string> }
export const OTHER_LANGUAGES = Object.keys(OTHER_LEXICONS) as OtherLanguage[]

const loaded = new Map<string, OtherLexicon>()

export function otherLexicon(language: string | undefined): OtherLexicon | undefined {
  if (!language || !(language in OTHER_LEXICONS)) return undefined
  let lex = loaded.get(language)
  if (!lex) {
    const { words, negators } = OTHER_LEXICONS[language as OtherLanguage]
    lex = { words: new Map(words.split('\n').map((line) => { const [w, v] = line.split('\t'); return [w, Number(v)] })), negators: new Set(negators) }
    loaded.set(language, lex)
  }
  return lex
}
