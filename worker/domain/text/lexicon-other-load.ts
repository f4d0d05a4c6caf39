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
  phrases: Map<string, number>
}
export const OTHER_LANGUAGES = Object.keys(OTHER_LEXICONS) as OtherLanguage[]

const loaded = new Map<string, OtherLexicon>()

export function otherLexicon(language: string | undefined): OtherLexicon | undefined {
  if (!language || !Object.hasOwn(OTHER_LEXICONS, language)) return undefined
  let lex = loaded.get(language)
  if (!lex) {
    const { words, negators } = OTHER_LEXICONS[language as OtherLanguage]
    const rules = OTHER_RULES[language as OtherLanguage]
    const table = new Map(words.split('\n').map((line) => { const [w, v] = line.split('\t'); return [w, Number(v)] }))
    for (const [w, v] of Object.entries(rules.words)) table.set(w, v)
    const plain = new Set(rules.plain)
    const bare = ACCENTS_DROPPED.has(language) ? unaccented(table, plain) : undefined
    lex = {
      valence: (w) => table.get(w) ?? uninflected(table, w, rules.inflections, plain) ?? (bare && (bare.get(w) ?? uninflected(bare, w, rules.inflections, plain))),
      words: table,
      negators: new Set([...negators, ...rules.negators, ...rules.concordOpeners]), degree: new Map(Object.entries(rules.degree)),
      contrast: new Set(rules.contrast), litotes: new Set(rules.litotes), concordOpeners: new Set(rules.concordOpeners), concord: new Set(rules.concord),
      excess: new Set(rules.excess), plain, noVerdict: new Set(rules.noVerdict), questions: new Set(rules.questions ?? []), requests: new Set(rules.requests ?? []),
      phrases: new Map(Object.entries(rules.phrases ?? {})),
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

/**
 * Phones drop accents ("muy facil", "rapidissimo", "tres lent"): listed words read without theirs, where
 * that spells no listed or plain word and leaves four letters or more (not "é" for "e", "sûr" for "sur").
 * Two listed words that read the same without accents but disagree in sign lend that spelling nothing.
 * Not German, whose umlauts spell other words without them (schön, schon), nor Dutch.
 */
const ACCENTS_DROPPED = new Set(['es', 'pt', 'fr', 'it'])
const MARKS = /\p{M}/gu
function unaccented(table: Map<string, number>, plain: Set<string>): Map<string, number> {
  const bare = new Map<string, number>(), clash = new Set<string>()
  for (const [w, v] of table) {
    const b = w.normalize('NFD').replace(MARKS, '')
    if (b === w || b.length < 4 || table.has(b) || plain.has(b)) continue
    const seen = bare.get(b)
    if (seen !== undefined && Math.sign(seen) !== Math.sign(v)) clash.add(b)
    else if (seen === undefined) bare.set(b, v)
  }
  for (const b of clash) bare.delete(b)
  return bare
}
