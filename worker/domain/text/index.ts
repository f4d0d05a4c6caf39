// One entry for the worker, the CLI and the benches: analyse a comment in one call.
import { detectLanguage, type LanguageCode } from './language.ts'
import { featuresOfSimplified } from './features.ts'
import type { ModelView } from './model.ts'
import { hasHan, prepareText, toSimplified } from './normalize.ts'
import { ENGLISH_PRIOR } from './prior.ts'
import { analyzeSentiment } from './sentiment.ts'
import { ruleSentiment, type Sentiment } from './sentiment-rules.ts'
import { DEFAULT_TAXONOMY, type TopicDef } from './taxonomy.ts'
import { matchTopics, type TopicMatch } from './topics.ts'
import { settleCompetitor } from './topics-rivals.ts'
import { withPriceNamed } from './topics-money.ts'
import { tokenize } from './tokenize.ts'
import { markRivals, rivalNames } from './rivals.ts'

export type TextAnalysis = { language: LanguageCode; sentiment: Sentiment; topics: TopicMatch[] }
/** `modelGain`, `topicGain`: the workspace's trust in its own model for sentiment and for topics (its self-check). */
export type AnalyzeOptions = {
  taxonomy?: TopicDef[]; model?: ModelView; prior?: ModelView | null; modelGain?: number; topicGain?: number
  /** The text's learningFeatures, when the caller already has them (it loaded the model with them). */
  features?: string[]
}

export function analyzeText(text: string, opts: AnalyzeOptions = {}): TextAnalysis {
  const prepared = prepareText(text)
  const language = detectLanguage(prepared)
  const simplified = toSimplified(prepared)
  const prior = opts.prior === null ? undefined : (opts.prior ?? ENGLISH_PRIOR)
  const tokens = tokenize(simplified, false)
  const taxonomy = opts.taxonomy ?? DEFAULT_TAXONOMY
  const marked = markRivals(tokens, rivalNames(taxonomy))
  const rules = ruleSentiment(simplified, marked, language)
  const features = opts.features ?? featuresOfSimplified(simplified, tokens, rules.score)
  const sentiment = analyzeSentiment(simplified, { model: opts.model, prior, features, prepared: true, tokens, modelGain: opts.modelGain, rules, language })
  // A non-answer ("no", 没有) is about nothing: 没有 alone is no missing feature.
  const matched = rules.nonAnswer ? [] : withPriceNamed(settleCompetitor(matchTopics(simplified, taxonomy, { model: opts.model, gain: opts.topicGain, features, prepared: true, tokens, language }),
    taxonomy, { tokens, marked, simplified, rival: rules.evidence.rival }), taxonomy, simplified)
  const topics = simplified === prepared ? matched : matched.map((t) => ({ ...t, matches: t.matches.map((m) => asWritten(m, simplified, prepared)) }))
  return { language, sentiment, topics }
}

/**
 * A Chinese keyword as the comment wrote it: a Traditional comment is matched on its Simplified
 * form, and shows "帳單" where it said so, not "账单". toSimplified maps character for character, so
 * a match sits at the same place in both.
 */
function asWritten(match: string, simplified: string, prepared: string): string {
  const at = hasHan(match) ? simplified.indexOf(match) : -1
  return at < 0 ? match : prepared.slice(at, at + match.length)
}

export { detectLanguage, type LanguageCode } from './language.ts'
export { prepareText, toSimplified, MAX_TEXT_CHARS } from './normalize.ts'
export { tokenize } from './tokenize.ts'
export { learningFeatures } from './features.ts'
export { TEXT_FEATURES_VERSION, LEARNED_SKIPPED } from './model-version.ts'
export { labelIncrements, negateIncrements, modelFromRows, STRONG_LABEL_WEIGHT, ALL_TOPICS_LABEL, DOC_TOKEN, TOTAL_TOKEN, type CountIncrement, type ModelView } from './model.ts'
export { analyzeSentiment, SENT_POS, SENT_NEG, SENT_NEU } from './sentiment.ts'
export { ruleSentiment, type Sentiment, type SentimentLabel } from './sentiment-rules.ts'
export { DEFAULT_TAXONOMY, type TopicDef } from './taxonomy.ts'
export { matchTopics, topicScores, TOPIC_BLEND, type TopicMatch } from './topics.ts'
export { ENGLISH_PRIOR } from './prior.ts'
export { weakLabel, weakTeaching, EXIT_REASON_TOPIC, type ScoredAnswer } from './weak-label.ts'
export { learnIncrements, type Teaching } from './learn.ts'
export { chooseModelGain, reader, sentimentClass, MODEL_GAINS, type LabelledText, type GainCheck } from './calibrate.ts'
export { chooseTopicGain, TOPIC_GAINS, type LabelledTopics, type TopicGainCheck } from './calibrate-topics.ts'
export { keyDrivers, type Driver, type DriverRow } from './drivers.ts'
export { emergingThemes, type Theme, type ThemeComment } from './themes.ts'
