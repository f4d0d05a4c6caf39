// Emerging themes: phrases whose share of recent comments rose against the previous period,
// which the taxonomy's keywords do not cover, grouped with their variants, with counts, trend
// and example comments. Candidates: themes-phrases.ts; filler: themes-filler.ts; scoring:
// themes-score.ts; grouping: themes-group.ts; examples: themes-examples.ts.
import { keywordHits } from './topics.ts'
import { prepareText, toSimplified } from './normalize.ts'
import type { TopicDef } from './taxonomy.ts'
import { pickExamples } from './themes-examples.ts'
import { groupThemes, type Candidate, type Group } from './themes-group.ts'
import { phrasesOf } from './themes-phrases.ts'
import { emergence, SINGLE_WORD_PENALTY, trendPoints, type PeriodSizes } from './themes-score.ts'

export type ThemeComment = { id: string; text: string; language?: string; topics: string[] }
export type Theme = { phrase: string; variants: string[]; count: number; previous: number; trend: number; examples: string[] }

type Tally = { key: string; size: 1 | 2; ids: number[]; previous: number; lastPrevious: number; spellings: Map<string, number> }

/** Spellings are tallied on a phrase's first mentions only: enough to find the usual one. */
const SPELLING_SAMPLE = 20
const HAN = /\p{Script=Han}/u

function tallyRecent(texts: string[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>()
  texts.forEach((text, doc) => phrasesOf(text, (key, surface, size) => {
    let t = tallies.get(key)
    if (!t) tallies.set(key, (t = { key, size, ids: [], previous: 0, lastPrevious: -1, spellings: new Map() }))
    if (t.ids[t.ids.length - 1] !== doc) t.ids.push(doc)
    if (t.ids.length <= SPELLING_SAMPLE) t.spellings.set(surface, (t.spellings.get(surface) ?? 0) + 1)
  }))
  return tallies
}

function tallyPrevious(texts: string[], tallies: Map<string, Tally>): void {
  texts.forEach((text, doc) => phrasesOf(text, (key) => {
    const t = tallies.get(key)
    if (t && t.lastPrevious !== doc) { t.lastPrevious = doc; t.previous++ }
  }))
}

function usualSpelling(t: Tally): string {
  let best = '', n = 0
  for (const [s, k] of t.spellings) if (k > n) { best = s; n = k }
  return best
}

/**
 * A Chinese theme whose n-grams overlap ("配送员态" + "送员态度") reads as their union
 * ("配送员态度") when most of its comments contain that union.
 */
function joinedHan(g: Group, texts: string[]): string {
  let phrase = g.lead.key
  for (const v of g.variants) {
    if (!v.han || phrase.includes(v.key)) continue
    for (let k = Math.min(phrase.length, v.key.length) - 1; k >= 1; k--) {
      const joined = phrase.endsWith(v.key.slice(0, k)) ? phrase + v.key.slice(k) : v.key.endsWith(phrase.slice(0, k)) ? v.key + phrase.slice(k) : ''
      if (!joined) continue
      if (g.lead.ids.filter((i) => texts[i].includes(joined)).length >= 0.75 * g.lead.ids.length) phrase = joined
      break
    }
  }
  return phrase
}

export function emergingThemes(input: { recent: ThemeComment[]; previous: ThemeComment[]; taxonomy: TopicDef[]; minCount?: number; limit?: number }): Theme[] {
  const minCount = input.minCount ?? 3
  const sizes: PeriodSizes = { recent: input.recent.length, previous: input.previous.length }
  const read = (c: ThemeComment) => toSimplified(prepareText(c.text))
  const texts = input.recent.map(read)
  const all = tallyRecent(texts)
  const tallies = new Map([...all].filter(([, t]) => t.ids.length >= minCount))
  tallyPrevious(input.previous.map(read), tallies)

  const candidates: Candidate[] = []
  for (const t of tallies.values()) {
    const rise = emergence(t.ids.length, t.previous, sizes)
    if (rise === null) continue
    const surface = usualSpelling(t)
    if (keywordHits(surface, input.taxonomy).size > 0) continue
    const score = rise - (t.size === 1 ? SINGLE_WORD_PENALTY : 0)
    candidates.push({ key: t.key, surface, size: t.size, han: HAN.test(t.key), ids: t.ids, previous: t.previous, score })
  }

  const themes: Theme[] = []
  for (const g of groupThemes(candidates, input.limit ?? 20)) {
    const phrase = g.lead.han ? joinedHan(g, texts) : g.lead.surface
    // A joined Chinese phrase may reach a taxonomy keyword ("送员态度" holds "态度").
    if (phrase !== g.lead.surface && keywordHits(phrase, input.taxonomy).size > 0) continue
    const count = g.lead.ids.length, previous = g.lead.previous
    themes.push({
      phrase,
      variants: [...new Set(g.variants.map((v) => v.surface))].filter((v) => v !== phrase),
      count, previous, trend: trendPoints(count, previous, sizes),
      examples: [...new Set(pickExamples(g.lead.ids, texts, phrase).map((i) => input.recent[i].id))],
    })
  }
  return themes
}
