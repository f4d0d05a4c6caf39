// Scored answers as weak labels for the workspace model: promoters' comments lean positive,
// detractors' negative; an exit comment sits beside a reason for leaving, which is negative and,
// for most reasons, names what the comment is about.
import type { Teaching } from './learn.ts'
import { own } from '../own.ts'

export type ScoredAnswer = { kind: 'nps' | 'csat' | 'ces' | 'exit'; score?: number; reason?: string }

export function weakLabel(a: ScoredAnswer): 'pos' | 'neg' | null {
  if (a.kind === 'exit') return 'neg'
  if (a.score === undefined || !Number.isFinite(a.score)) return null
  const s = a.score
  if (a.kind === 'nps') return s >= 9 ? 'pos' : s <= 6 ? 'neg' : null
  if (a.kind === 'csat') return s >= 4 ? 'pos' : s <= 2 ? 'neg' : null
  // CES: 1-2 = easy, 6-7 = hard.
  return s <= 2 ? 'pos' : s >= 6 ? 'neg' : null
}

/** Exit reasons (surveys/types.ts EXIT_REASONS) that name a default taxonomy topic. */
export const EXIT_REASON_TOPIC: Readonly<Record<string, string>> = {
  too_expensive: 'pricing',
  missing_features: 'missing_feature',
  switched_competitor: 'competitor',
  poor_support: 'support',
  quality_issues: 'reliability',
  too_complicated: 'usability',
}

/**
 * What an answer's comment teaches: its weak sentiment label and, beside an exit reason that names
 * a topic the workspace still has (`topicIds`), that topic. Null when the answer says nothing.
 */
export function weakTeaching(a: ScoredAnswer, topicIds: ReadonlySet<string>): Teaching | null {
  const sentiment = weakLabel(a)
  if (!sentiment) return null
  const topic = a.kind === 'exit' && a.reason ? own(EXIT_REASON_TOPIC, a.reason) : undefined
  return topic && topicIds.has(topic) ? { sentiment, topics: [topic] } : { sentiment }
}
