// Sentiment = word-list rules, blended with learned naive Bayes evidence: the shipped English
// prior (UCI sentences) and the workspace's own model once it has seen enough labelled answers.
import { featuresOfSimplified } from './features.ts'
import { DOC_TOKEN, logOdds, type ModelView } from './model.ts'
import { prepareText, toSimplified } from './normalize.ts'
import type { Token } from './tokenize.ts'
import { labelFromEvidence, ruleSentiment, type RuleSentiment, type Sentiment } from './sentiment-rules.ts'
import { wholeAnswerSentiment } from './sentiment-whole.ts'
import { NEUTRAL_PRIOR_LANGUAGES, readsNeutral } from './prior-neutral.ts'
import { detectLanguage } from './language.ts'

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
  /** Relative weight of a fully trusted workspace model against the prior when both speak. */
  workspaceShare: 1,
  neutralBand: 0.15,
  /**
   * Where the rules found no verdict at all ("I use it mostly for invoicing", 主要用来记账), learned
   * counts alone must lean this far to give a comment a side: review-trained counts tilt plain
   * statements of fact (dev rows, en_airline 3 classes, out of the box: accuracy 0.720 -> 0.735,
   * neutral F1 0.31 -> 0.45). A workspace model with its own neutral class decides instead.
   */
  unruledBand: 0.5,
  /** Naive Bayes smoothing and the share of the class prior kept (imbalanced workspaces). */
  alpha: 0.5,
  priorShare: 1,
  /** Share of a comment's features the prior must know to speak at full weight (less: proportionally less). */
  priorCoverage: 0.3,
  /** Share of the rules' verdict kept, at least, when it rests on litotes alone (see analyzeSentiment). */
  negationHold: 0.5,
}

/** `prepared`: the text is already prepared and in Simplified (analyzeText does it once). */
/**
 * `modelGain`: how far to trust this workspace's model (1 = the default blend, 0 = rules and prior
 * only), chosen by checking the model on held-out labelled answers (see cli/eval/text.ts).
 */
export type SentimentOptions = { model?: ModelView; prior?: ModelView; features?: string[]; prepared?: boolean; tokens?: Token[]; modelGain?: number; rules?: RuleSentiment; language?: string }

/**
 * The most a comment that says there is no verdict to give may hold beside it and stay neutral (one
 * mild word), unless a contrast turns to it ("fine I guess, but nothing special for the price").
 */
const NO_VERDICT_PASSING = 1

/** A question the rules find no verdict in asks something ("what happens after the 3 months?"). */
const ASKS = /[?？]\s*$/
const ENDS_ASKING = /吗[?？\s]*$/

const clamp = (x: number, c: number) => Math.max(-c, Math.min(c, x))

/** How far to trust a workspace model: grows with the documents of its smaller class. */
export function modelWeight(model: ModelView): number {
  const n = Math.min(model.count(SENT_POS, DOC_TOKEN), model.count(SENT_NEG, DOC_TOKEN))
  return n < BLEND.minDocs ? 0 : n / (n + BLEND.rampDocs)
}

/** Share of the features a model has seen at all (with either label). */
function coverage(m: ModelView, features: string[]): number {
  let known = 0
  for (const f of features) if (m.count(SENT_POS, f) > 0 || m.count(SENT_NEG, f) > 0) known++
  return features.length ? known / features.length : 0
}

const THANKED_QUESTION_SHARE = 0.25

export function analyzeSentiment(text: string, opts: SentimentOptions = {}): Sentiment {
  const simplified = opts.prepared ? text : toSimplified(prepareText(text))
  const rules = opts.rules ?? ruleSentiment(simplified, opts.tokens)
  // A non-answer has no sentiment for learned counts to find either, nor a comment that only asks
  // for something ("please add a dark mode": the prior's reviews hear "please" in complaints) or
  // says there is no verdict to give ("no longer need it").
  if (rules.nonAnswer) return { label: rules.label, score: rules.score, confidence: rules.confidence }
  const { requests, noVerdict, hits, raw, contrasted, asked = 0, exonerated = 0, thanks = 0, departures = 0, moods = 0, declines = 0 } = rules.evidence
  const passing = !contrasted && Math.abs(raw) <= NO_VERDICT_PASSING
  const noVerdictHere =
    ((requests > 0 || noVerdict > 0 || declines > 0) && hits === thanks) ||
    // Or beside the act of leaving, or a smile or tears, alone ("cancelled bc I only needed it for my wedding photos",
    // "got a job!! deleting the app 🎉", "mi perro murió, ya no necesito la app 😢"): the emoji is the writer's mood, not a verdict on us.
    (noVerdict > 0 && departures + moods > 0 && !contrasted && hits === departures + moods + thanks) ||
    // So does one that says it is too early, asks politely (请问…？, 有没有…？) or asks for something, beside a
    // passing word ("too early to say, we launched last week", "官网上没写", "Kindly add M-Pesa, most of our members don't use cards").
    ((noVerdict > 0 || asked > 0 || requests > 0) && passing) ||
    // And a question with 吗 that holds no complaint (SSO 可以支援 Azure AD 嗎？); 合理吗 and 认真的吗 complain in words.
    (ENDS_ASKING.test(simplified) && raw >= 0 && passing) ||
    // And a reason said outright to be no fault of ours, however it is told ("switching to QuickBooks, not a reflection on you").
    (exonerated > 0 && !contrasted && raw <= NO_VERDICT_PASSING)
  if (noVerdictHere) return { label: 'neutral', score: 0, confidence: 0.7 }
  // A question whose only warmth is a thank-you asks ("can the reminders come by SMS as well? thanks"); the
  // score keeps the courtesy's lean, as a two-sided set reads it.
  if (thanks > 0 && hits === thanks && /[?？]/.test(simplified)) return { label: 'neutral', score: THANKED_QUESTION_SHARE * rules.score, confidence: 0.6 }
  // Short answers whose shape says it ("meh", 呵呵, "…sérieux ?"), whatever the learned counts hear in their words.
  const whole = wholeAnswerSentiment(simplified)
  if (whole) return whole
  if (!opts.model && !opts.prior) return { label: rules.label, score: rules.score, confidence: rules.confidence }
  const features = opts.features ?? featuresOfSimplified(simplified, opts.tokens, rules.score)
  let z = BLEND.ruleGain * rules.score
  let learned: number
  const w = opts.model && opts.modelGain !== 0 ? modelWeight(opts.model) : 0
  const lo = (m: ModelView) => clamp(logOdds(m, SENT_POS, SENT_NEG, features, BLEND.alpha, BLEND.priorShare), BLEND.clampLogOdds)
  // A prior that knows none of the comment's features (another language, say) has nothing to say:
  // its class balance alone would tip every comment without evidence one way. One that knows only a
  // number in a Chinese review says little: it speaks in proportion to what it knows.
  const priorKnows = opts.prior && features.length ? coverage(opts.prior, features) : 0
  const prior = priorKnows > 0 ? BLEND.priorGain * Math.min(1, priorKnows / BLEND.priorCoverage) * lo(opts.prior!) : undefined
  const own = opts.model && w > 0 && features.length ? (opts.modelGain ?? 1) * BLEND.workspaceGain * lo(opts.model) : undefined
  if (prior !== undefined && own !== undefined) {
    // Averaged, not added: where both models learned the same evidence it must not count twice.
    // The workspace's share grows with what it has seen, and each model speaks in proportion to how
    // much of this comment it knows (a generic prior knows little of a workspace's jargon).
    const mine = w * BLEND.workspaceShare * coverage(opts.model!, features), theirs = (1 - w * BLEND.priorFade) * priorKnows
    const share = mine + theirs > 0 ? mine / (mine + theirs) : 0.5
    learned = (1 - share) * prior + share * own
  } else learned = prior ?? own ?? 0
  const ruled = z
  z += learned
  // Counts of words cannot read a litotes: "not", "at all" and "bad" lean negative in any review
  // set, so "not bad at all" would read as a complaint. Nor an idiom read whole: to them "setup took
  // five minutes" is "took" and "minutes", a review's wait. Where every verdict the rules found is
  // one of these, learned evidence may weaken it, to negationHold of it at most, but not reverse it.
  const { litotes, idioms } = rules.evidence
  // So where a litotes stands with praise and no complaint at all ("not bad at all, does what it says").
  if (litotes > 0 && (litotes === hits || rules.evidence.negative === 0) && ruled > 0) z = Math.max(z, BLEND.negationHold * ruled)
  // Nor can the shipped prior see a contrast: "works fine but it's slow on mobile" is "works" and
  // "fine" to it. A complaint the rules read after one stands against the prior (not against the
  // workspace's own counts, which learn where its rules misread a contrast: zh_hotel dev rows).
  // Nor whose praise it is ("leaving, nest is cheaper and actually works" praises the rival we lose to), nor
  // praise on a condition ("grand when it works").
  else if (own === undefined && (rules.evidence.contrasted || rules.evidence.rival || rules.evidence.conditioned) && ruled < 0) z = Math.min(z, BLEND.negationHold * ruled)
  else if (idioms > 0 && litotes + idioms === hits) z = ruled > 0 ? Math.max(z, BLEND.negationHold * ruled) : Math.min(z, BLEND.negationHold * ruled)
  // Nor a fault put right ("lost my notes, support restored them the same day"): to counts, "lost" is the verdict.
  else if (rules.evidence.backstory && ruled > 0) z = Math.max(z, BLEND.negationHold * ruled)
  const score = Math.tanh(z / 2)
  let label = labelFromEvidence(rules.evidence, score)
  if (label === 'positive' && score < BLEND.neutralBand) label = 'neutral'
  if (label === 'negative' && score > -BLEND.neutralBand) label = 'neutral'
  // The workspace's own neutral class, when it has one, claims a comment its counts find likelier
  // neutral than the side it leans to. Only people label neutral (corrections, files; scores never
  // do), so that class is trusted as it stands: bounding it to weakly-scored comments, as before,
  // left most neutral comments labelled by their first hint of tone (dev rows, en_airline 3 classes:
  // neutral F1 0.28 -> 0.53, accuracy 0.731 -> 0.773).
  if (opts.model && w > 0 && opts.model.count(SENT_NEU, DOC_TOKEN) >= BLEND.minDocs * 4) {
    const top = score >= 0 ? SENT_POS : SENT_NEG
    if (logOdds(opts.model, SENT_NEU, top, features) > 0) label = 'neutral'
  } else if (hits === 0 && (Math.abs(score) < BLEND.unruledBand || ASKS.test(simplified))) label = 'neutral'
  // Otherwise what survey answers taught: a side the rules barely found, in words neutral answers use, is
  // none. The score keeps its sign (a two-sided set still reads the lean).
  else if ((label === 'positive' || label === 'negative') && score !== 0 && NEUTRAL_PRIOR_LANGUAGES.test(opts.language ?? detectLanguage(simplified)) && readsNeutral(features, rules.evidence)) label = 'neutral'
  const confidence = Math.min(0.97, 0.35 + 0.6 * Math.abs(score) - (label === 'mixed' ? 0.2 : 0))
  return { label, score, confidence }
}
