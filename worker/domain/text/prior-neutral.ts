// Whether an answer reads as neutral (a fact, a question, an exit that blames nobody), by naive Bayes counts
// learned from the survey answers written for this project (prior-neutral-counts.ts, built by
// scripts/build-neutral-prior.mts). Reviews teach the English prior only two sides, so it leans plain
// statements ("I mostly log in on Mondays", "the agent reset my router, took about 10 min") to one; these
// counts know what neutral answers say. They only ever take a side away, never give or turn one.
import { DOC_TOKEN, logOdds, modelFromRows, TOTAL_TOKEN, type ModelView } from './model.ts'
import { NEUTRAL_COUNTS } from './prior-neutral-counts.ts'
import type { RuleEvidence } from './sentiment-rules.ts'

export const NEUTRAL = 'neu', OPINION = 'opn'

/**
 * Chosen over five folds of the read survey files, each fold a set of whole files (other writers and
 * products): where the rules' verdict is at most `maxRuleRaw` strong and the counts make the answer this
 * much likelier neutral (log-odds), it is neutral. Read answers 6,974 -> 6,987 of 7,980 in those folds;
 * looser settings gained more (up to +49) but overrode single clear words ("A cut above the rest").
 */
export const NEUTRAL_PRIOR_TUNING = { maxRuleRaw: 1, minLogOdds: 2 }

/** The languages the counts learned from enough answers to speak for (a few hundred others are too few). */
export const NEUTRAL_PRIOR_LANGUAGES = /^(en|zh)/

const HAN_TRIGRAM = /^\p{Script=Han}{3}$/u

/** The features these counts use: the product's own, without the rules' verdict or Chinese trigrams. */
export function neutralFeatures(features: readonly string[]): string[] {
  return features.filter((f) => !f.startsWith('rule:') && !HAN_TRIGRAM.test(f))
}

let loaded: ModelView | undefined
/** Parsed on first use, so a worker that reads no comment pays nothing at start-up. */
function neutralPrior(): ModelView {
  if (loaded) return loaded
  const rows: { label: string; token: string; count: number }[] = []
  for (const [label, docs, total] of NEUTRAL_COUNTS.totals) rows.push({ label, token: DOC_TOKEN, count: docs }, { label, token: TOTAL_TOKEN, count: total })
  for (const line of NEUTRAL_COUNTS.counts.split('\n')) {
    const [token, neutral, opinion] = line.split('\t')
    if (Number(neutral)) rows.push({ label: NEUTRAL, token, count: Number(neutral) })
    if (Number(opinion)) rows.push({ label: OPINION, token, count: Number(opinion) })
  }
  return (loaded = modelFromRows(rows))
}

/**
 * Whether an answer reads as neutral to the counts, where its rules found at most a weak verdict and
 * none that word counts cannot see: a denied fault ("haven't had any problems yet"), denied praise ("would be
 * nice if it worked") or an idiom read whole.
 */
export function readsNeutral(features: readonly string[], rules: Pick<RuleEvidence, 'raw' | 'litotes' | 'idioms' | 'deniedPraise'>): boolean {
  if (Math.abs(rules.raw) > NEUTRAL_PRIOR_TUNING.maxRuleRaw || rules.litotes > 0 || rules.idioms > 0 || (rules.deniedPraise ?? 0) > 0) return false
  return logOdds(neutralPrior(), NEUTRAL, OPINION, neutralFeatures(features)) > NEUTRAL_PRIOR_TUNING.minLogOdds
}
