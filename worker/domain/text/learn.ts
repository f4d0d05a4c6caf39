// Count increments for the workspace model from labelled comments: weak labels from scores,
// strong labels from a person's correction (the route also retracts what the comment taught before).
import { learningFeatures } from './features.ts'
import { isNonAnswer } from './non-answer.ts'
import { toSimplified, prepareText } from './normalize.ts'
import { ALL_TOPICS_LABEL, labelIncrements, STRONG_LABEL_WEIGHT, type CountIncrement } from './model.ts'
import { SENT_NEG, SENT_NEU, SENT_POS } from './sentiment.ts'

export type SentimentClass = 'pos' | 'neg' | 'neu'
const SENT_LABEL: Record<SentimentClass, string> = { pos: SENT_POS, neg: SENT_NEG, neu: SENT_NEU }

export type Teaching = { sentiment?: SentimentClass | null; topics?: string[]; strong?: boolean }

/**
 * What one comment teaches the model. Apply negateIncrements(...) of the same call to forget it.
 * `features` are the text's learningFeatures, if already computed.
 */
export function learnIncrements(text: string, t: Teaching, features = learningFeatures(text)): CountIncrement[] {
  // A scored "no" or 没有 says nothing about the product; a person's label of one is still theirs to give.
  if (features.length === 0 || (!t.strong && isNonAnswer(toSimplified(prepareText(text))))) return []
  const weight = t.strong ? STRONG_LABEL_WEIGHT : 1
  const out: CountIncrement[] = []
  if (t.sentiment) out.push(...labelIncrements(features, [SENT_LABEL[t.sentiment]], weight))
  if (t.topics) out.push(...labelIncrements(features, [...t.topics.map((id) => `topic:${id}`), ALL_TOPICS_LABEL], weight))
  return out
}
