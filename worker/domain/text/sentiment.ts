// Sentiment = word-list rules, blended with learned naive Bayes evidence: the shipped English
// prior (UCI sentences) and the workspace's own model once it has seen enough labelled answers.
import { featuresOfSimplified } from './features.ts'
import { DOC_TOKEN, logOdds, type ModelView } from './model.ts'
import { prepareText, toSimplified } from './normalize.ts'
import type { Token } from './tokenize.ts'
import { labelFromEvidence, ruleSentiment, type Sentiment } from './sentiment-rules.ts'

export const SENT_POS = 'sent:pos', SENT_NEG = 'sent:neg', SENT_NEU = 'sent:neu'

/** Blend weights, chosen on dev rows (never on test rows). */
export const BLEND = {
  /** Rule score [-1,1] to log-odds. */
  ruleGain: 4,
  /** Weight of the shipped prior model's log-odds. */
  priorGain: 0.35,
  /** Weight of the workspace model's log-odds once fully trusted. */
  workspaceGain: 0.4,
  /** Documents per class after which the workspace model is half trusted. */
  rampDocs: 30,
  /** Below this many documents in either class the workspace model is ignored. */
  minDocs: 5,
  clampLogOdds: 12,
  /** Share of the prior's weight a fully trusted workspace model takes over. */
  priorFade: 0.8,
  neutralBand: 0.15,
  /** Naive Bayes smoothing and the share of the class prior kept (imbalanced workspaces). */
  alpha: 0.5,
  priorShare: 1,
}

/** `prepared`: the text is already prepared and in Simplified (analyzeText does it once). */
export type SentimentOptions = { model?: ModelView; prior?: ModelView; features?: string[]; prepared?: boolean; tokens?: Token[] }

const clamp = (x: number, c: number) => Math.max(-c, Math.min(c, x))

/** How far to trust a workspace model: grows with the documents of its smaller class. */
export function modelWeight(model: ModelView): number {
  const n = Math.min(model.count(SENT_POS, DOC_TOKEN), model.count(SENT_NEG, DOC_TOKEN))
  return n < BLEND.minDocs ? 0 : n / (n + BLEND.rampDocs)
}

export function analyzeSentiment(text: string, opts: SentimentOptions = {}): Sentiment {
  const simplified = opts.prepared ? text : toSimplified(prepareText(text))
  const rules = ruleSentiment(simplified, opts.tokens)
  if (!opts.model && !opts.prior) return { label: rules.label, score: rules.score, confidence: rules.confidence }
  const features = opts.features ?? featuresOfSimplified(simplified, opts.tokens)
  let z = BLEND.ruleGain * rules.score
  let learned = 0
  const w = opts.model ? modelWeight(opts.model) : 0
  // A trusted workspace model speaks for the workspace; the generic prior steps back.
  if (opts.prior && features.length) learned += BLEND.priorGain * (1 - BLEND.priorFade * w) * clamp(logOdds(opts.prior, SENT_POS, SENT_NEG, features, BLEND.alpha, BLEND.priorShare), BLEND.clampLogOdds)
  if (opts.model && w > 0 && features.length) learned += w * BLEND.workspaceGain * clamp(logOdds(opts.model, SENT_POS, SENT_NEG, features, BLEND.alpha, BLEND.priorShare), BLEND.clampLogOdds)
  z += learned
  const score = Math.tanh(z / 2)
  let label = labelFromEvidence(rules.evidence, score)
  if (label === 'positive' && score < BLEND.neutralBand) label = 'neutral'
  if (label === 'negative' && score > -BLEND.neutralBand) label = 'neutral'
  // The workspace's own neutral class, when it has one, can claim weakly-scored comments.
  if (opts.model && w > 0 && Math.abs(score) < 0.5 && opts.model.count(SENT_NEU, DOC_TOKEN) >= BLEND.minDocs * 4) {
    const top = score >= 0 ? SENT_POS : SENT_NEG
    if (logOdds(opts.model, SENT_NEU, top, features) > 0) label = 'neutral'
  }
  const confidence = Math.min(0.97, 0.35 + 0.6 * Math.abs(score) - (label === 'mixed' ? 0.2 : 0))
  return { label, score, confidence }
}
