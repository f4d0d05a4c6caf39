// Topic id → display name: the workspace's taxonomy when it loads, built-in names otherwise.
import { useApi } from './use-api.ts'
import type { TaxonomyTopic } from './types.ts'
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
