// Topic matching: keywords (topics-keywords.ts), example sentences as seed documents, and the
// workspace's learned counts (labels topic:<id> against topic:*) blended in once it has seen enough.
import { featuresOfSimplified, learningFeatures } from './features.ts'
import { ALL_TOPICS_LABEL, DOC_TOKEN, labelIncrements, modelFromRows, TOTAL_TOKEN, vocabEstimate, type ModelView } from './model.ts'
import { prepareText, toSimplified } from './normalize.ts'
import type { TopicDef } from './taxonomy.ts'
import { keywordHits } from './topics-keywords.ts'
import type { Token } from './tokenize.ts'

export type TopicMatch = { id: string; confidence: number; matches: string[] }

export const TOPIC_BLEND = {
  keywordGain: 2.2, keywordCap: 8, threshold: 1,
  // Example sentences: weight beside keyword hits, and when no keyword matched.
  seedGain: 0, seedFallbackGain: 0.15,
  // Learned counts: smoothing, weight beside keyword hits and without them, documents per topic to
  // half trust, class prior share. Evidence against a topic is clamped at clampBelow so the model can
  // reorder keyword matches but not silence them.
  alpha: 0.1, learnedGain: 0.2, learnedFallbackGain: 1, rampDocs: 20, priorWeight: 0, clamp: 40, clampBelow: 1,
  // Documents a topic needs before its learned evidence may name it (a correction counts as three).
  minDocs: 5,
}

/** How sure one plain keyword's match makes a topic: what a topic named by other evidence (a rival read, a sum of money) is given. */
export const ONE_KEYWORD_CONFIDENCE = Math.round((1 / (1 + Math.exp(-(TOPIC_BLEND.keywordGain - TOPIC_BLEND.threshold)))) * 1000) / 1000

/** Log-odds that a document is about topic `id` rather than the rest, from learned counts. */
export function topicLogOdds(model: ModelView, id: string, features: string[]): number {
  const label = `topic:${id}`
  const docs = model.count(label, DOC_TOKEN), all = model.count(ALL_TOPICS_LABEL, DOC_TOKEN)
  if (docs === 0 || all <= docs) return 0
  const vocab = vocabEstimate(model, [ALL_TOPICS_LABEL])
  const mineTotal = model.count(label, TOTAL_TOKEN), restTotal = model.count(ALL_TOPICS_LABEL, TOTAL_TOKEN) - mineTotal
  // The prior is damped: it would otherwise bury small topics under the common ones.
  let lo = TOPIC_BLEND.priorWeight * Math.log(docs / (all - docs))
  for (const f of features) {
    const seen = model.count(ALL_TOPICS_LABEL, f)
    if (seen === 0) continue // unseen features would only tilt towards the smaller side
    const mine = model.count(label, f), rest = seen - mine
    lo += Math.log((mine + 1) / (mineTotal + vocab)) - Math.log((rest + 1) / (restTotal + vocab))
  }
  return lo
}

const seedCache = new WeakMap<TopicDef[], ModelView>()

/** Example sentences act as a few seed documents per topic. */
function seedModel(taxonomy: TopicDef[]): ModelView {
  let m = seedCache.get(taxonomy)
  if (m) return m
  const model = modelFromRows([])
  for (const t of taxonomy) for (const ex of t.examples ?? []) {
    model.add(labelIncrements(learningFeatures(ex), [`topic:${t.id}`, ALL_TOPICS_LABEL]))
  }
  seedCache.set(taxonomy, model)
  return model
}

/**
 * Learned evidence per topic: the log-odds of its multiclass naive Bayes posterior (one-vs-rest
 * models over-favour the biggest topic). Odds, not the posterior against a uniform guess, so a
 * confident verdict clears the threshold however few topics a workspace has: with two, the
 * posterior over a uniform guess was at most log 2 and the model alone could never name a topic.
 * 0 for topics the model has never seen.
 */
export function learnedTopicEvidence(model: ModelView, ids: string[], features: string[]): Map<string, number> {
  const seen = ids.filter((id) => model.count(`topic:${id}`, DOC_TOKEN) > 0)
  const out = new Map<string, number>()
  if (seen.length < 2) return out
  const vocab = vocabEstimate(model, [ALL_TOPICS_LABEL])
  const known = features.filter((f) => model.count(ALL_TOPICS_LABEL, f) > 0)
  const all = model.count(ALL_TOPICS_LABEL, DOC_TOKEN)
  const ll = seen.map((id) => {
    const label = `topic:${id}`, total = model.count(label, TOTAL_TOKEN)
    let v = TOPIC_BLEND.priorWeight * Math.log(model.count(label, DOC_TOKEN) / all)
    const alpha = TOPIC_BLEND.alpha
    for (const f of known) v += Math.log((model.count(label, f) + alpha) / (total + alpha * vocab))
    return v
  })
  const max = Math.max(...ll)
  const logZ = max + Math.log(ll.reduce((acc, v) => acc + Math.exp(v - max), 0))
  seen.forEach((id, i) => {
    const logPosterior = ll[i] - logZ
    out.set(id, logPosterior - Math.log(Math.max(1e-12, -Math.expm1(logPosterior))))
  })
  return out
}

/**
 * `model`: the workspace's learned counts; `gain`: how far to trust them (1 = TOPIC_BLEND as set on
 * dev rows, 0 = keywords and examples alone), from the workspace's self-check (calibrate-topics.ts).
 * `features`, `prepared` (the text is already prepared and in Simplified) and `tokens` save work
 * the caller has done. `language`: the comment's, so a word that means something else in it is no keyword hit.
 */
export type TopicOptions = { model?: ModelView; gain?: number; features?: string[]; prepared?: boolean; tokens?: Token[]; language?: string }

/**
 * What a text says for each topic before any learned counts: keyword hits and example sentences.
 * It depends on the text and the taxonomy only, so the self-check computes it once per text.
 */
export type TopicBase = { scores: number[]; matches: string[][]; anyKeyword: boolean }

export function topicBase(simplified: string, taxonomy: TopicDef[], features: string[], tokens?: Token[], language?: string): TopicBase {
  const hits = keywordHits(simplified, taxonomy, tokens, language)
  const seeds = seedModel(taxonomy)
  // Example sentences speak mostly when no keyword matched at all (keywords are the sharper signal).
  const seedGain = hits.size === 0 ? TOPIC_BLEND.seedFallbackGain : TOPIC_BLEND.seedGain
  const scores = taxonomy.map((t) => {
    let score = TOPIC_BLEND.keywordGain * Math.min(hits.get(t.id)?.weight ?? 0, TOPIC_BLEND.keywordCap)
    if (seedGain > 0 && seeds.count(`topic:${t.id}`, DOC_TOKEN) > 0) score += seedGain * Math.max(-5, Math.min(5, topicLogOdds(seeds, t.id, features)))
    return score
  })
  return { scores, matches: taxonomy.map((t) => hits.get(t.id)?.matches ?? []), anyKeyword: hits.size > 0 }
}

/** Learned evidence per topic (index as in the taxonomy; undefined: never seen) and how far its volume lets it be trusted. */
export type TopicLearned = { evidence: (number | undefined)[]; weight: number }

export function topicLearned(model: ModelView, taxonomy: TopicDef[], features: string[]): TopicLearned {
  const all = model.count(ALL_TOPICS_LABEL, DOC_TOKEN)
  if (all === 0) return { evidence: [], weight: 0 }
  const learned = learnedTopicEvidence(model, taxonomy.map((t) => t.id), features)
  // A topic speaks from learned counts only once examples of its own back it: one correction to
  // "pricing" must not file every comment sharing a noun with it under pricing.
  const backed = (id: string, e: number | undefined) => (e !== undefined && e > 0 && model.count(`topic:${id}`, DOC_TOKEN) < TOPIC_BLEND.minDocs ? undefined : e)
  return { evidence: taxonomy.map((t) => backed(t.id, learned.get(t.id))), weight: all / (all + TOPIC_BLEND.rampDocs * Math.max(1, taxonomy.length)) }
}

/** Base scores plus learned evidence at trust `gain`, best first. */
export function combineTopicScores(taxonomy: TopicDef[], base: TopicBase, learned: TopicLearned | undefined, gain = 1): { id: string; score: number; matches: string[] }[] {
  // Learned evidence reorders keyword matches; with no keyword match at all it speaks louder.
  const learnedGain = gain * (learned?.weight ?? 0) * (base.anyKeyword ? TOPIC_BLEND.learnedGain : TOPIC_BLEND.learnedFallbackGain)
  return taxonomy.map((t, i) => {
    const l = learned?.evidence[i]
    const score = base.scores[i] + (l === undefined ? 0 : learnedGain * Math.max(-TOPIC_BLEND.clampBelow, Math.min(TOPIC_BLEND.clamp, l)))
    return { id: t.id, score, matches: base.matches[i] }
  }).sort((a, b) => b.score - a.score)
}

/** Score every topic (higher = more likely), for ranking and thresholding. */
export function topicScores(text: string, taxonomy: TopicDef[], opts: TopicOptions = {}): { id: string; score: number; matches: string[] }[] {
  const simplified = opts.prepared ? text : toSimplified(prepareText(text))
  const features = opts.features ?? featuresOfSimplified(simplified, opts.tokens)
  const base = topicBase(simplified, taxonomy, features, opts.tokens, opts.language)
  const learned = opts.model && opts.gain !== 0 ? topicLearned(opts.model, taxonomy, features) : undefined
  return combineTopicScores(taxonomy, base, learned, opts.gain)
}

/** Topics of a comment: zero or more, each with a confidence and the words that triggered it. */
export function matchTopics(text: string, taxonomy: TopicDef[], opts: TopicOptions = {}): TopicMatch[] {
  return topicScores(text, taxonomy, opts)
    .filter((s) => s.score >= TOPIC_BLEND.threshold)
    .map((s) => ({ id: s.id, confidence: Math.round((1 / (1 + Math.exp(-(s.score - TOPIC_BLEND.threshold)))) * 1000) / 1000, matches: s.matches }))
}
