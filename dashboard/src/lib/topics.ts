// Topic id → display name: the workspace's taxonomy when it loads, built-in names otherwise.
import { useApi } from './use-api.ts'
import type { TaxonomyTopic } from './types.ts'
import { t, type Key } from '../i18n/index.ts'

export const DEFAULT_TOPICS = ['pricing', 'billing', 'support', 'reliability', 'performance', 'usability', 'missing_feature', 'onboarding', 'communication', 'competitor']

export function topicNameMap(taxonomy: TaxonomyTopic[] | undefined): Record<string, string> {
  const names: Record<string, string> = {}
  if (taxonomy?.length) for (const x of taxonomy) names[x.id] = x.name
  else for (const id of DEFAULT_TOPICS) names[id] = t(('topic_' + id) as Key)
  return names
}

export function useTopicNames(): Record<string, string> {
  const tax = useApi<{ topics: TaxonomyTopic[] }>('/v1/taxonomy')
  return topicNameMap(tax.data?.topics)
}
