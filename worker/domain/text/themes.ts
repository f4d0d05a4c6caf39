// Emerging themes: phrases whose share of recent comments rose against the previous period,
// which the taxonomy's keywords do not cover, grouped with their variants, with counts, trend
// and example comments. Candidates: themes-phrases.ts; filler: themes-filler.ts; scoring:
// themes-score.ts; grouping: themes-group.ts; examples: themes-examples.ts.
import { keywordHits } from './topics-keywords.ts'
import { prepareText, toSimplified } from './normalize.ts'
import type { TopicDef } from './taxonomy.ts'
import { pickExamples } from './themes-examples.ts'
import { groupThemes, type Candidate, type Group } from './themes-group.ts'
import { phrasesOf, phraseStart } from './themes-phrases.ts'
import { emergence, MIN_EMERGENCE, risesClearly, SINGLE_WORD_PENALTY, trendPoints, type PeriodSizes } from './themes-score.ts'

export type ThemeComment = { id: string; text: string; language?: string; topics: string[] }
export type Theme = { phrase: string; variants: string[]; count: number; previous: number; trend: number; examples: string[] }

type Tally = { key: string; size: 1 | 2; ids: number[]; previousIds: number[]; surface: string; spellings?: Map<string, number> }

/** Spellings are tallied on a phrase's first mentions only: enough to find the usual one. */
const SPELLING_SAMPLE = 20
const MAX_VARIANTS = 8
/** A joined Chinese phrase stops growing here: longer ones are sentences. */
const MAX_JOINED = 8
const HAN = /\p{Script=Han}/u

type Read = { text: string; language?: string }

function tallyRecent(texts: Read[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>()
  texts.forEach(({ text, language }, doc) => phrasesOf(text, (key, surface, size) => {
    let t = tallies.get(key)
    if (!t) tallies.set(key, (t = { key, size, ids: [], previousIds: [], surface }))
    if (t.ids[t.ids.length - 1] !== doc) t.ids.push(doc)
    // Most phrases have one spelling: a map only once a second one shows up.
    if ((t.spellings || surface !== t.surface) && t.ids.length <= SPELLING_SAMPLE) {
      t.spellings ??= new Map([[t.surface, t.ids.length - 1]])
      t.spellings.set(surface, (t.spellings.get(surface) ?? 0) + 1)
    }
  }, undefined, language))
  return tallies
}

/** Previous-period mentions of the phrases tallied; `starts` lets the scan skip the rest early. */
function tallyPrevious(texts: Read[], tallies: Map<string, Tally>): void {
  const starts = new Set<string>()
  for (const t of tallies.values()) starts.add(phraseStart(t.key))
  texts.forEach(({ text, language }, doc) => phrasesOf(text, (key) => {
    const t = tallies.get(key)
    if (t && t.previousIds[t.previousIds.length - 1] !== doc) t.previousIds.push(doc)
  }, starts, language))
}

/** Distinct comment indexes, in order (newest first, as comments arrive). */
function union(lists: number[][]): number[] {
  if (lists.length === 1) return lists[0]
  return [...new Set(lists.flat())].sort((a, b) => a - b)
}

function usualSpelling(t: Tally): string {
  if (!t.spellings) return t.surface
  let best = '', n = 0
  for (const [s, k] of t.spellings) if (k > n) { best = s; n = k }
  return best
}

/**
 * A Chinese theme whose n-grams overlap ("配送员态" + "送员态度") reads as their union
 * ("配送员态度") when most of its comments contain that union.
 */
function joinedHan(g: Group, textOf: (i: number) => string): string {
  let phrase = g.lead.key
  const most = g.lead.ids.length * 0.75
  for (let grown = true; grown && phrase.length < MAX_JOINED;) {
    grown = false
    for (const v of g.variants) {
      if (!v.han || phrase.includes(v.key)) continue
      const joined = joinHan(phrase, v.key)
      if (joined && g.lead.ids.filter((i) => textOf(i).includes(joined)).length >= most) { phrase = joined; grown = true }
    }
  }
  return phrase
}

const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' })
/** Comments sampled to check a Chinese phrase's word boundaries: enough for a majority. */
const ALIGN_SAMPLE = 9

/**
 * A Chinese phrase reads as words only if it starts and ends on word boundaries where it occurs
 * ("很多时间" does; "多时间" cuts 很多 in half). Character n-grams ignore words, so the final few
 * themes are checked against the segmenter in a sample of their comments.
 */
export function alignedHan(phrase: string, ids: number[], textOf: (i: number) => string): boolean {
  let seen = 0, aligned = 0
  for (const i of ids) {
    if (seen === ALIGN_SAMPLE) break
    const text = textOf(i), at = text.indexOf(phrase)
    if (at < 0) continue
    seen++
    const bounds = new Set<number>()
    for (const seg of SEGMENTER.segment(text)) { bounds.add(seg.index); bounds.add(seg.index + seg.segment.length) }
    if (bounds.has(at) && bounds.has(at + phrase.length)) aligned++
  }
  return seen === 0 || aligned * 2 >= seen
}

/** "配送员态" + "送员态度" -> "配送员态度" (longest overlap, either order), else ''. */
function joinHan(a: string, b: string): string {
  for (let k = Math.min(a.length, b.length) - 1; k >= 1; k--) {
    if (a.endsWith(b.slice(0, k))) return a + b.slice(k)
    if (b.endsWith(a.slice(0, k))) return b + a.slice(k)
  }
  return ''
}

/**
 * Other spellings and grouped phrases worth showing: not fragments of the phrase ("watch" in
 * "apple watch", "间模" in "夜间模式"), the most mentioned first.
 */
function variantsOf(g: Group, phrase: string): string[] {
  const lower = phrase.toLowerCase()
  const spellings = g.lead.spellings ?? []
  const grouped = g.variants.map((v) => v.surface)
  // Chinese pieces that only overlap the phrase ("式下") read as noise; longer forms ("夜间模式下") do not.
  const shown = (v: string) => v !== lower && !lower.includes(v) && (!g.lead.han || v.includes(phrase))
  return [...new Set([...spellings, ...grouped])].filter(shown).slice(0, MAX_VARIANTS)
}

export function emergingThemes(input: { recent: ThemeComment[]; previous: ThemeComment[]; taxonomy: TopicDef[]; minCount?: number; limit?: number }): Theme[] {
  const minCount = input.minCount ?? 3
  const sizes: PeriodSizes = { recent: input.recent.length, previous: input.previous.length }
  const read = (c: ThemeComment) => prepareText(c.text)
  const withLanguage = (c: ThemeComment): Read => ({ text: read(c), language: c.language })
  const all = tallyRecent(input.recent.map(withLanguage))
  const tallies = new Map([...all].filter(([, t]) => t.ids.length >= minCount))
  tallyPrevious(input.previous.map(withLanguage), tallies)
  // Simplified text of a recent comment, made only for the few that examples and joins read.
  const simple: string[] = []
  const textOf = (i: number) => (simple[i] ??= toSimplified(read(input.recent[i])))

  const candidates: Candidate[] = []
  for (const t of tallies.values()) {
    const rise = emergence(t.ids.length, t.previousIds.length, sizes)
    if (rise === null) continue
    const han = HAN.test(t.key), score = rise - (t.size === 1 ? SINGLE_WORD_PENALTY : 0)
    const leads = score > MIN_EMERGENCE && risesClearly(t.ids.length, t.previousIds.length, sizes)
    candidates.push({ key: t.key, surface: usualSpelling(t), spellings: t.spellings && [...t.spellings.keys()], size: t.size, han, words: han ? [] : t.key.split(' '), ids: t.ids, previousIds: t.previousIds, score, leads })
  }
  const covered = new Map<Candidate, boolean>()
  const uncovered = (c: Candidate) => {
    let hit = covered.get(c)
    if (hit === undefined) covered.set(c, (hit = keywordHits(c.surface, input.taxonomy).size > 0))
    return !hit
  }

  const themes: Theme[] = []
  for (const g of groupThemes(candidates, input.limit ?? 20, uncovered)) {
    const phrase = g.lead.han ? joinedHan(g, textOf) : g.lead.surface
    // A joined Chinese phrase may reach a taxonomy keyword ("送员态度" holds "态度").
    if (phrase !== g.lead.surface && keywordHits(phrase, input.taxonomy).size > 0) continue
    if (g.lead.han && !alignedHan(phrase, g.lead.ids, textOf)) continue
    // A theme's comments are those of every phrase in it, in each period; a lone word joined to it
    // ("watch" under "apple watch", "夜间" under "夜间模式") may mean something else elsewhere.
    const members = [g.lead, ...g.variants.filter((v) => v.size === 2)]
    const ids = union(members.map((m) => m.ids)), previous = union(members.map((m) => m.previousIds)).length
    const count = ids.length
    themes.push({
      phrase,
      variants: variantsOf(g, phrase),
      count, previous, trend: trendPoints(count, previous, sizes),
      examples: [...new Set(pickExamples(ids, textOf, phrase).map((i) => input.recent[i].id))],
    })
  }
  return themes
}
