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

// Biggest drag on NPS first: the points a topic costs overall (its effect times the NPS answers
// naming it), so a topic three people mentioned does not outrank one forty complained about.
/** Below this many NPS answers mentioning a topic, its effect on NPS is shown as a hint, not a finding. */
export const FEW_NPS_ANSWERS = 10
export const fewNpsAnswers = (x: Topic) => (x.nps.responses ?? x.volume) < FEW_NPS_ANSWERS

export function byNpsCost(a: Topic, b: Topic): number {
  const cost = (x: Topic) => (x.nps.impact ?? 0) * (x.nps.responses ?? x.volume)
  return cost(a) - cost(b) || b.volume - a.volume
}

// Example comments, each text once (the same sentence often comes from several customers).
export function distinctComments<E extends { comment: string }>(examples: E[]): E[] {
  const seen = new Set<string>()
  return examples.filter((e) => {
    const key = e.comment.trim().toLowerCase()
    return seen.has(key) ? false : (seen.add(key), true)
  })
}
