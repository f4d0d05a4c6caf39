// From scored candidate phrases to themes. Two steps:
// 1. A phrase that almost only occurs inside a longer one is that longer one ("watch" inside
//    "apple watch", "夜间" inside "夜间模式"): the longer one represents it.
// 2. In score order, a phrase sharing words (or, in Chinese, two characters) with a theme
//    already chosen, and mostly found in that theme's comments, joins it as a variant
//    ("配送员态" and "送员态度"), as does one found almost only in the theme's comments, or
//    one sharing a word with it that is found almost only in the two ("dark theme" and "dark
//    mode"); anything else starts a theme of its own.

export type Candidate = {
  key: string
  /** The most frequent spelling, and the others seen. */
  surface: string
  spellings?: string[]
  size: 1 | 2
  han: boolean
  /** English: the key's stems. */
  words: string[]
  /** Recent comments (indexes) mentioning it. */
  ids: number[]
  /** Previous-period comments (indexes) mentioning it. */
  previousIds: number[]
  score: number
  /** Rose clearly enough to lead a theme (themes-score.ts); any rising phrase may join one. */
  leads: boolean
}

export type Group = { lead: Candidate; variants: Candidate[]; ids: Set<number> }

/** Step 1: a longer phrase holding at least this share of a shorter one's mentions absorbs it. */
const ABSORB = 0.75
/** Step 2: share of a phrase's comments that must fall inside a theme's comments to join it. */
const JOIN = 0.6
/**
 * A phrase with at least this share of its comments inside a theme's is part of that theme whatever
 * its words: the same comments ("mobile" and "check numbers" in "No mobile app, so I cannot check
 * numbers"), or an aspect of a bigger theme ("csvs by hand" under "salesforce sync").
 */
const SAME_COMMENTS = 0.8

function subKeys(c: Candidate): string[] {
  const out: string[] = []
  if (c.han) {
    for (let n = 2; n < c.key.length; n++) for (let i = 0; i + n <= c.key.length; i++) out.push(c.key.slice(i, i + n))
  } else {
    for (let n = 1; n < c.words.length; n++) for (let i = 0; i + n <= c.words.length; i++) out.push(c.words.slice(i, i + n).join(' '))
  }
  return out
}

function sharesText(a: Candidate, b: Candidate): boolean {
  if (a.han !== b.han) return false
  if (a.han) {
    for (let i = 0; i + 2 <= a.key.length; i++) if (b.key.includes(a.key.slice(i, i + 2))) return true
    // Or they chain: "模式" then "式在哪".
    return a.key[0] === b.key[b.key.length - 1] || b.key[0] === a.key[a.key.length - 1]
  }
  return b.words.some((w) => a.words.includes(w))
}

/** `inner` is a contiguous part of `outer`. */
function within(inner: Candidate, outer: Candidate): boolean {
  return inner.han ? outer.key.includes(inner.key) : ` ${outer.key} `.includes(` ${inner.key} `)
}

function withVariants(lead: Candidate, absorbed: Map<Candidate, Candidate[]>): Group {
  return { lead, variants: [...(absorbed.get(lead) ?? [])], ids: new Set(lead.ids) }
}

/**
 * Group candidates into at most `limit` themes, best first, variants most mentioned first.
 * `allowed` (the taxonomy check, the costly part) is asked only about candidates that would
 * lead or join a theme.
 */
export function groupThemes(candidates: Candidate[], limit: number, allowed: (c: Candidate) => boolean): Group[] {
  const byKey = new Map(candidates.map((c) => [c.key, c]))
  const container = new Map<Candidate, Candidate>()
  for (const c of candidates) {
    if (c.size === 1) continue
    for (const k of subKeys(c)) {
      const inner = byKey.get(k)
      // A covered phrase absorbs too: what only occurs inside it is covered with it.
      if (!inner || c.ids.length < ABSORB * inner.ids.length) continue
      const held = container.get(inner)
      // The longest (then most mentioned) phrase holding it represents it.
      if (!held || c.key.length > held.key.length || (c.key.length === held.key.length && c.ids.length > held.ids.length)) container.set(inner, c)
    }
  }
  // A Chinese head word that several longer phrases end on, none enough alone ("模式" in 离线模式 and
  // 深色模式), names none of them: different modifiers make different things, each its own theme.
  // A shared opening is not split: 深色模式 and 深色主题 are one thing put two ways.
  const heldBy = new Map<Candidate, Set<number>>()
  for (const c of candidates) {
    if (!c.han) continue
    for (const k of subKeys(c)) {
      const inner = byKey.get(k)
      if (inner && !container.has(inner) && c.key.endsWith(k)) heldBy.set(inner, new Set([...(heldBy.get(inner) ?? []), ...c.ids]))
    }
  }
  const shared = new Set([...heldBy].filter(([inner, ids]) => ids.size >= ABSORB * inner.ids.length).map(([inner]) => inner))
  const absorbed = new Map<Candidate, Candidate[]>()
  for (const [inner, outer] of container) {
    let top = outer
    while (container.has(top)) top = container.get(top)!
    absorbed.set(top, [...(absorbed.get(top) ?? []), inner])
  }

  // Two phrases that open on a word found almost only in the two of them name one thing ("dark mode"
  // and "dark theme": "dark" says what they are about, the other word is how people put it). Not a
  // shared last word: "calendar sync" and "salesforce sync" are two things synced, as 离线模式 and 深色模式 are.
  const sameThing = (c: Candidate, lead: Candidate, ids: Set<number>) => {
    if (c.han || lead.han || c.words[0] !== lead.words[0]) return false
    const word = byKey.get(c.words[0])
    if (!word) return false
    const mine = new Set(c.ids)
    return word.ids.filter((i) => ids.has(i) || mine.has(i)).length >= ABSORB * word.ids.length
  }
  const groups: Group[] = []
  const ranked = candidates.filter((c) => !container.has(c) && !shared.has(c)).sort((a, b) => b.score - a.score || b.ids.length - a.ids.length || b.key.length - a.key.length)
  for (const c of ranked) {
    const host = groups.find((g) => {
      const shared = c.ids.filter((i) => g.ids.has(i)).length
      // A phrase found almost only inside a theme's comments would repeat its examples apart.
      return (sharesText(c, g.lead) && shared >= JOIN * c.ids.length) || shared >= SAME_COMMENTS * c.ids.length ||
        sameThing(c, g.lead, g.ids)
    })
    if ((!host && groups.length >= limit) || !allowed(c)) continue
    if (host && c.size === 2 && within(c, host.lead) && c.ids.length > host.lead.ids.length) {
      // The general phrase names the theme, the specific one is its variant ("calendar sync" over
      // "calendar sync duplicates"); a lone word never does ("watch" under "apple watch").
      host.variants.push(host.lead, ...(absorbed.get(c) ?? []))
      host.lead = c
      host.ids = new Set(c.ids)
    } else if (host) host.variants.push(c, ...(absorbed.get(c) ?? []))
    else if (c.leads) groups.push(withVariants(c, absorbed))
  }
  for (const g of groups) g.variants.sort((a, b) => b.ids.length - a.ids.length)
  return groups
}
