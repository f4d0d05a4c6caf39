// Letter trigrams of each language's own word lists, as a tiny naive Bayes language model: when
// function words tie and no sentiment word decides, the spelling does ("servizio", "funzionato"
// are Italian, not French). Built on first need, from what the project ships; nothing is fetched.
import { EN_LEXICON } from './lexicon-en.ts'
import { otherLexicon } from './lexicon-other-load.ts'

type Profile = { counts: Map<string, number>; total: number }
const profiles = new Map<string, Profile>()

function trigrams(word: string, each: (t: string) => void): void {
  const padded = ` ${word} `
  for (let i = 0; i + 3 <= padded.length; i++) each(padded.slice(i, i + 3))
}

function profile(lang: string, functionWords: Iterable<string>): Profile | undefined {
  let p = profiles.get(lang)
  if (p) return p
  const words = lang === 'en' ? [...EN_LEXICON.keys()] : [...(otherLexicon(lang)?.words.keys() ?? [])]
  if (words.length === 0) return undefined
  const counts = new Map<string, number>()
  let total = 0
  for (const w of [...words, ...functionWords]) trigrams(w, (t) => { counts.set(t, (counts.get(t) ?? 0) + 1); total++ })
  profiles.set(lang, (p = { counts, total }))
  return p
}

/** Smoothing: a trigram a language's lists never show counts as half a sighting among ~20,000 kinds. */
const UNSEEN = 0.5, TRIGRAM_KINDS = 20_000

/** Of `candidates`, the language whose spelling the words fit best; undefined if none has a profile. */
export function bySpelling<L extends string>(words: string[], candidates: L[], functionWords: Record<string, Iterable<string>>): L | undefined {
  let best: L | undefined, bestScore = -Infinity
  for (const lang of candidates) {
    const p = profile(lang, functionWords[lang] ?? [])
    if (!p) continue
    let score = 0
    for (const w of words) trigrams(w, (t) => { score += Math.log(((p.counts.get(t) ?? 0) + UNSEEN) / (p.total + UNSEEN * TRIGRAM_KINDS)) })
    if (score > bestScore) { best = lang; bestScore = score }
  }
  return best
}
