// Emerging themes: phrases recurring in recent comments that the taxonomy's keywords do not
// cover, grouped by shared stems, with counts, trend against the previous period and examples.
import { keywordHits, stemSequence } from './topics.ts'
import { prepareText, toSimplified } from './normalize.ts'
import { stem } from './stem.ts'
import type { TopicDef } from './taxonomy.ts'
import { tokenize } from './tokenize.ts'

export type ThemeComment = { id: string; text: string; language?: string; topics: string[] }
export type Theme = { phrase: string; variants: string[]; count: number; previous: number; trend: number; examples: string[] }

const STOP = new Set(('a an the and or but if so to of in on at for with from by is are was were be been am i me my we our you your it its '
  + 'this that these those they them their there here have has had do does did not no can could would should will just very really too also '
  + "than then as about into out up down over more most some any all what which who when where why how get got 's one s t").split(' '))
const ZH_STOP = new Set('的 了 是 我 你 他 她 它 们 在 有 和 就 都 也 还 很 太 吧 吗 呢 啊 这 那 个 一 不 没 说 要 会 能 给 被 把 让'.split(' '))

/** Candidate phrases of one comment, keyed by a stem signature so variants group together. */
function phrases(text: string): Map<string, string> {
  const simplified = toSimplified(prepareText(text))
  const out = new Map<string, string>()
  const words: string[] = []
  const flush = () => {
    for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= words.length; i++) {
      const gram = words.slice(i, i + n)
      const key = gram.map(stem).sort().join(' ')
      if (!out.has(key)) out.set(key, gram.join(' '))
    }
    words.length = 0
  }
  for (const t of tokenize(simplified)) {
    if (t.kind === 'word' && !STOP.has(t.text) && t.text.length > 1 && !/^\d+$/.test(t.text)) words.push(t.text)
    else if (t.kind === 'han' && t.text.length > 1 && ![...t.text].every((c) => ZH_STOP.has(c))) out.set(t.text, t.text)
    else if (t.kind === 'punct' || t.kind === 'word') flush()
  }
  flush()
  return out
}

function covered(phrase: string, taxonomy: TopicDef[]): boolean {
  return keywordHits(phrase, taxonomy).size > 0
}

export function emergingThemes(input: { recent: ThemeComment[]; previous: ThemeComment[]; taxonomy: TopicDef[]; minCount?: number; limit?: number }): Theme[] {
  const minCount = input.minCount ?? 3
  const recent = new Map<string, { phrase: string; ids: string[] }>()
  for (const c of input.recent) for (const [key, phrase] of phrases(c.text)) {
    const e = recent.get(key) ?? { phrase, ids: [] }
    e.ids.push(c.id)
    recent.set(key, e)
  }
  const previous = new Map<string, number>()
  for (const c of input.previous) for (const key of phrases(c.text).keys()) previous.set(key, (previous.get(key) ?? 0) + 1)

  const candidates = [...recent].filter(([, e]) => e.ids.length >= minCount && !covered(e.phrase, input.taxonomy))
    // Longer phrases first so a phrase absorbs the shorter ones that only occur inside it.
    .sort((a, b) => b[1].ids.length - a[1].ids.length || b[0].split(' ').length - a[0].split(' ').length)
  const themes: (Theme & { stems: Set<string> })[] = []
  for (const [key, e] of candidates) {
    const stems = new Set(key.split(' ').flatMap((k) => (/\p{Script=Han}/u.test(k) ? [k] : stemSequence(k))))
    const group = themes.find((t) => [...stems].some((s) => t.stems.has(s)) || [...t.stems].some((s) => key.includes(s) || s.includes(key)))
    if (group) {
      group.variants.push(e.phrase)
      for (const id of e.ids) if (!group.examples.includes(id) && group.examples.length < 5) group.examples.push(id)
      continue
    }
    const prev = previous.get(key) ?? 0
    const rateNow = e.ids.length / Math.max(1, input.recent.length), ratePrev = prev / Math.max(1, input.previous.length)
    themes.push({
      phrase: e.phrase, variants: [], count: e.ids.length, previous: prev,
      // Change in the share of comments mentioning it, in percentage points.
      trend: Math.round((rateNow - ratePrev) * 1000) / 10,
      examples: [...new Set(e.ids)].slice(0, 5), stems,
    })
  }
  return themes.slice(0, input.limit ?? 20).map(({ stems: _s, ...t }) => t)
}
