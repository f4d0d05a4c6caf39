// The other languages' word lists (lexicon-other.ts, generated), read from their compact form the
// first time a comment in that language is met, with the rules written for it (lexicon-other-rules.ts).
// Shared by language detection and the rules.
import { OTHER_LEXICONS, type OtherLanguage } from './lexicon-other.ts'
import { OTHER_RULES } from './lexicon-other-rules.ts'

export type OtherLexicon = {
  /** A word's valence, as written or, failing that, without an inflection ending. */
  valence(word: string): number | undefined
  words: Map<string, number>; negators: Set<string>; degree: Map<string, number>; contrast: Set<string>
  litotes: Set<string>; concordOpeners: Set<string>; concord: Set<string>; excess: Set<string>; plain: Set<string>; noVerdict: Set<string>; questions: Set<string>; requests: Set<string>
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
    const plain = new Set(rules.plain)
    lex = {
      valence: (w) => table.get(w) ?? uninflected(table, w, rules.inflections, plain),
      words: table,
      negators: new Set([...negators, ...rules.negators, ...rules.concordOpeners]), degree: new Map(Object.entries(rules.degree)),
      contrast: new Set(rules.contrast), litotes: new Set(rules.litotes), concordOpeners: new Set(rules.concordOpeners), concord: new Set(rules.concord),
      excess: new Set(rules.excess), plain, noVerdict: new Set(rules.noVerdict), questions: new Set(rules.questions ?? []), requests: new Set(rules.requests ?? []),
    }
    loaded.set(language, lex)
  }
  return lex
}

/**
 * The valence of `word` with an ending replaced by its listed form's, leaving a stem of three letters
 * or more; a listed form that is plain in the language ("solo", only) lends its forms nothing.
 */
function uninflected(table: Map<string, number>, word: string, endings: [string, string][], plain: Set<string>): number | undefined {
  for (const [ending, listed] of endings) if (word.length - ending.length >= 3 && word.endsWith(ending)) {
    const form = word.slice(0, -ending.length) + listed
    const v = plain.has(form) ? undefined : table.get(form)
    if (v !== undefined) return v
  }
  return undefined
}
