// Topic id → display name: the workspace's taxonomy when it loads, built-in names otherwise.
import { useApi } from './use-api.ts'
import type { TaxonomyTopic, Topic } from './types.ts'
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
  const tax = useApi<{ topics: TaxonomyTopic[] }>('/v1/taxonomy')
  return topicNameMap(tax.data?.topics)
}

/** Below this many NPS answers mentioning a topic, its effect on NPS is shown as a hint, not a finding. */
export const FEW_NPS_ANSWERS = 10
export const fewNpsAnswers = (x: Topic) => (x.nps.responses ?? x.volume) < FEW_NPS_ANSWERS

/**
 * The NPS points a topic moves the period's score (the API's `effect`): its gap to the rest
 * weighed by how many answers mention it, so three furious answers do not outrank forty unhappy
 * ones. An older API without `effect`: the gap times the answers, which ranks the same way.
 */
export const npsEffect = (x: Topic): number | null => x.nps.effect !== undefined ? x.nps.effect : x.nps.impact === null ? null : x.nps.impact * (x.nps.responses ?? x.volume)

/** The figure to show: the effect, or with an older API the gap (NPS when mentioned minus otherwise). */
export const shownNpsEffect = (x: Topic): number | null => x.nps.effect ?? x.nps.impact

// Biggest drag on NPS first.
export function byNpsCost(a: Topic, b: Topic): number {
  return (npsEffect(a) ?? 0) - (npsEffect(b) ?? 0) || b.volume - a.volume
}

// Example comments, each text once (the same sentence often comes from several customers).
export function distinctComments<E extends { comment: string }>(examples: E[]): E[] {
  const seen = new Set<string>()
  return examples.filter((e) => {
    const key = e.comment.trim().toLowerCase()
    return seen.has(key) ? false : (seen.add(key), true)
  })
}
