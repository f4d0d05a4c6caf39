// Topics in an alert by the names the workspace's taxonomy gives them, never by their ids.
import type { TopicSnapshot } from './types.ts'
import { DEFAULT_TAXONOMY, type TopicDef } from '../text/taxonomy.ts'

const DEFAULT_NAMES = new Map(DEFAULT_TAXONOMY.map((t) => [t.id, t.name]))

/**
 * A topic the workspace renamed or added carries its name as `label`. A default topic under its
 * default name gets none, so the alert names it in the team's language (content.ts: topicName).
 */
export function withTopicNames(topics: { id: string; confidence?: number }[], taxonomy: TopicDef[] | null): TopicSnapshot[] {
  const names = new Map((Array.isArray(taxonomy) ? taxonomy : []).map((t) => [t.id, t.name]))
  return topics.map((t) => {
    const name = names.get(t.id)
    const renamed = name && name !== DEFAULT_NAMES.get(t.id)
    return { id: t.id, ...(renamed ? { label: name } : {}), confidence: t.confidence }
  })
}
