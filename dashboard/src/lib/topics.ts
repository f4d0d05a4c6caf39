// Topic id → display name: the workspace's taxonomy when it loads, built-in names otherwise.
import { useApi } from './use-api.ts'
import type { ScorePull, TaxonomyTopic, Topic } from './types.ts'
import { t, tIn, type Key } from '../i18n/index.ts'

export const DEFAULT_TOPICS = ['pricing', 'billing', 'support', 'reliability', 'performance', 'usability', 'missing_feature', 'onboarding', 'communication', 'competitor']

// A built-in topic still under its built-in English name reads in the reader's language; a
// name the workspace chose is shown as written.
export function topicLabel(id: string, name: string): string {
  if (!DEFAULT_TOPICS.includes(id)) return name
  const key = ('topic_' + id) as Key
  return name === tIn('en', key) ? t(key) : name
}

export function topicNameMap(taxonomy: TaxonomyTopic[] | undefined): Record<string, string> {
  const names: Record<string, string> = {}
  if (taxonomy?.length) for (const x of taxonomy) names[x.id] = topicLabel(x.id, x.name)
  else for (const id of DEFAULT_TOPICS) names[id] = t(('topic_' + id) as Key)
  return names
}

export function useTopicNames(): Record<string, string> {
  return useTopics().names
}

/** The names, and the workspace's topic ids once the taxonomy has loaded (null before, or when it cannot be read). */
export function useTopics(): { names: Record<string, string>; ids: string[] | null; loading: boolean } {
  const tax = useApi<{ topics: TaxonomyTopic[] }>('/v1/taxonomy')
  return { names: topicNameMap(tax.data?.topics), ids: tax.data?.topics.map((x) => x.id) ?? null, loading: tax.loading }
}

/** The scores a topic's pull is shown for. */
export type ScoreKind = 'nps' | 'csat'
const pullOf = (x: Topic, kind: ScoreKind): ScorePull | undefined => (kind === 'nps' ? x.nps : x.csat)

/** The words each score's figures are shown with (message keys). */
export const SCORE_WORDS: Record<ScoreKind, { effect: Key; hint: Key; few: Key; withWithout: Key; value: Key; drags: Key; noDrags: Key }> = {
  nps: { effect: 'npsEffect', hint: 'npsEffectHint', few: 'fewNpsAnswers', withWithout: 'npsWithWithout', value: 'npsImpact', drags: 'topDrags', noDrags: 'noDrags' },
  csat: { effect: 'csatEffect', hint: 'csatEffectHint', few: 'fewCsatAnswers', withWithout: 'csatWithWithout', value: 'csatImpact', drags: 'topDragsCsat', noDrags: 'noDragsCsat' },
}

/** Below this many answers naming a topic, its effect on the score is shown as a hint, not a finding. */
export const FEW_ANSWERS = 10
export const fewAnswers = (x: Topic, kind: ScoreKind = 'nps') => (pullOf(x, kind)?.responses ?? (kind === 'nps' ? x.volume : 0)) < FEW_ANSWERS

/**
 * The points a topic moves the period's score (the API's `effect`): its gap to the rest weighed by
 * how many answers mention it, so three furious answers do not outrank forty unhappy ones. An
 * older API without `effect`: the gap times the answers, which ranks the same way.
 */
export function scoreEffect(x: Topic, kind: ScoreKind = 'nps'): number | null {
  const p = pullOf(x, kind)
  if (!p) return null
  return p.effect !== undefined ? p.effect : p.impact === null ? null : p.impact * (p.responses ?? x.volume)
}

/** The figure to show: the effect, or with an older API the gap (score when mentioned minus otherwise). */
export const shownEffect = (x: Topic, kind: ScoreKind = 'nps'): number | null => { const p = pullOf(x, kind); return p ? p.effect ?? p.impact : null }

/** Biggest drag on the score first. */
export const byEffect = (kind: ScoreKind = 'nps') => (a: Topic, b: Topic): number =>
  (scoreEffect(a, kind) ?? 0) - (scoreEffect(b, kind) ?? 0) || b.volume - a.volume

/** Whether any topic has answers of this kind behind it (a workspace that asks CSAT only has no NPS effect). */
export const hasAnswers = (topics: Topic[], kind: ScoreKind) => topics.some((x) => (pullOf(x, kind)?.responses ?? 0) > 0)

// Example comments, each text once (the same sentence often comes from several customers).
export function distinctComments<E extends { comment: string }>(examples: E[]): E[] {
  const seen = new Set<string>()
  return examples.filter((e) => {
    const key = e.comment.trim().toLowerCase()
    return seen.has(key) ? false : (seen.add(key), true)
  })
}
