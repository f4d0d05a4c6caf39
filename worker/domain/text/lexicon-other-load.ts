// The other languages' word lists (lexicon-other.ts, generated), read from their compact form the
// first time a comment in that language is met, with the rules written for it (lexicon-other-rules.ts).
// Shared by language detection and the rules.
import { OTHER_LEXICONS, type OtherLanguage } from './lexicon-other.ts'
import { OTHER_RULES } from './lexicon-other-rules.ts'

export type OtherLexicon = {
  /** A word's valence, as written or, failing that, without an inflection ending. */
  valence(word: string): number | undefined
  words: Map<string, number>; negators: Set<string>; degree: Map<string, number>; contrast: Set<string>
  litotes: Set<string>; concordOpeners: Set<string>; concord: Set<string>; excess: Set<string>; plain: Set<string>
}
export const OTHER_LANGUAGES = Object.keys(OTHER_LEXICONS) as OtherLanguage[]

const loaded = new Map<string, OtherLexicon>()

export function otherLexicon(language: string | undefined): OtherLexicon | undefined {
  if (!language || !(language in OTHER_LEXICONS)) return undefined
  let lex = loaded.get(language)
  if (!lex) {
    const { words, negators } = OTHER_LEXICONS[language as OtherLanguage]
    const rules = OTHER_RULES[language as OtherLanguage]
    const table = new Map(words.split('\n').map((line) => { const [w, v] = line.split('\t'); return [w, Number(v)] }))
    for (const [w, v] of Object.entries(rules.words)) table.set(w, v)
    lex = {
      valence: (w) => table.get(w) ?? uninflected(table, w, rules.inflections),
      words: table,
      negators: new Set([...negators, ...rules.negators, ...rules.concordOpeners]), degree: new Map(Object.entries(rules.degree)),
      contrast: new Set(rules.contrast), litotes: new Set(rules.litotes), concordOpeners: new Set(rules.concordOpeners), concord: new Set(rules.concord),
      excess: new Set(rules.excess), plain: new Set(rules.plain),
    }
    loaded.set(language, lex)
  }
  return lex
}

/** The valence of `word` with one of `endings` taken off, leaving a stem of three letters or more. */
function uninflected(table: Map<string, number>, word: string, endings: string[]): number | undefined {
  for (const e of endings) if (word.length - e.length >= 3 && word.endsWith(e)) {
    const v = table.get(word.slice(0, -e.length))
    if (v !== undefined) return v
  }
  return undefined
}
