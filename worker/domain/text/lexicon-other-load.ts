// The other languages' word lists (lexicon-other.ts, generated), read from their compact form the
// first time a comment in that language is met, with the rules written for it (lexicon-other-rules.ts).
// Shared by language detection and the rules.
import { OTHER_LEXICONS, type OtherLanguage } from './lexicon-other.ts'
import { OTHER_RULES } from './lexicon-other-rules.ts'

export type OtherLexicon = {
  words: Map<string, number>; negators: Set<string>; degree: Map<string, number>; contrast: Set<string>
  litotes: Set<string>; concordOpeners: Set<string>; concord: Set<string>
}
export const OTHER_LANGUAGES = Object.keys(OTHER_LEXICONS) as OtherLanguage[]

const loaded = new Map<string, OtherLexicon>()

export function otherLexicon(language: string | undefined): OtherLexicon | undefined {
  if (!language || !(language in OTHER_LEXICONS)) return undefined
  let lex = loaded.get(language)
  if (!lex) {
    const { words, negators } = OTHER_LEXICONS[language as OtherLanguage]
    const rules = OTHER_RULES[language as OtherLanguage]
    lex = {
      words: new Map(words.split('\n').map((line) => { const [w, v] = line.split('\t'); return [w, Number(v)] })),
      negators: new Set([...negators, ...rules.concordOpeners]), degree: new Map(Object.entries(rules.degree)),
      contrast: new Set(rules.contrast), litotes: new Set(rules.litotes), concordOpeners: new Set(rules.concordOpeners), concord: new Set(rules.concord),
    }
    loaded.set(language, lex)
  }
  return lex
}
