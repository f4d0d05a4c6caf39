// Turning a score's biggest contributions into plain words with the numbers behind them.
import type { FeatureName, RiskFeatures } from './features.ts'

export interface RiskReason {
  code: string
  text: string
  /** Log-odds this reason adds to the score (larger = more of the risk). */
  impact: number
}

type Contributions = Partial<Record<FeatureName, number>>
type Describe = (f: RiskFeatures) => string

const pct = (v: number | null) => `${Math.round(Math.abs(v ?? 0))}%`
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`)
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
const mentions = (topics: string[]) => (topics.length ? `, comment mentions ${topics.slice(0, 2).join(' and ')}` : '')
const scoreMove = (label: string, latest: number | null, previous: number | null, change: number | null) =>
  change !== null && change < 0 && previous !== null ? `${label} fell from ${previous} to ${latest}` : `${label} ${latest}`
/** Effort: higher is worse, so the move that matters is a rise. */
const effortMove = (latest: number | null, previous: number | null, change: number | null) =>
  change !== null && change > 0 && previous !== null ? `effort score rose from ${previous} to ${latest}` : `effort score ${latest}`

/** Related features speak as one reason, e.g. NPS level and NPS change. */
const GROUPS: { code: string; features: FeatureName[]; describe: Describe }[] = [
  { code: 'logins_down', features: ['loginsChangePct'], describe: (f) => `logins down ${pct(f.values.loginsChangePct)} vs. the 60 days before` },
  { code: 'sessions_down', features: ['sessionsChangePct'], describe: (f) => `sessions down ${pct(f.values.sessionsChangePct)} vs. the 60 days before` },
  { code: 'feature_use_down', features: ['featureUsesChangePct'], describe: (f) => `feature use down ${pct(f.values.featureUsesChangePct)} vs. the 60 days before` },
  { code: 'inactive', features: ['daysSinceLastSeen'], describe: (f) => `not seen for ${f.values.daysSinceLastSeen} days` },
  {
    code: 'purchases_down',
    features: ['purchaseChangePct', 'daysSinceLastPurchase'],
    describe: (f) =>
      f.values.purchaseChangePct !== null && f.values.purchaseChangePct < 0
        ? `purchases down ${pct(f.values.purchaseChangePct)} vs. the 90 days before`
        : `no purchase for ${f.values.daysSinceLastPurchase} days`,
  },
  { code: 'csat_low', features: ['csatLatest', 'csatChange'], describe: (f) => `${scoreMove('CSAT', f.values.csatLatest, f.detail.csatPrevious, f.values.csatChange)} of 5` },
  { code: 'effort_high', features: ['cesLatest', 'cesChange'], describe: (f) => `${effortMove(f.values.cesLatest, f.detail.cesPrevious, f.values.cesChange)} of 7 (7 = very difficult)` },
  { code: 'complaints', features: ['complaints30'], describe: (f) => `${plural(f.values.complaints30 ?? 0, 'complaint')} in 30 days` },
  { code: 'tickets', features: ['tickets30'], describe: (f) => `${plural(f.values.tickets30 ?? 0, 'support ticket')} in 30 days` },
  {
    code: 'negative_comments',
    features: ['negativeComments30'],
    describe: (f) => `${plural(f.values.negativeComments30 ?? 0, 'negative comment')} in 30 days${f.detail.topics.length ? `, about ${f.detail.topics.slice(0, 2).join(' and ')}` : ''}`,
  },
  { code: 'new_customer', features: ['tenureDays'], describe: (f) => `customer for only ${plural(f.values.tenureDays ?? 0, 'day')}` },
  { code: 'renewal_soon', features: ['daysToRenewal'], describe: (f) => `renewal in ${plural(f.values.daysToRenewal ?? 0, 'day')}` },
  { code: 'segment_churn', features: ['segmentChurnRate'], describe: (f) => `${pct((f.values.segmentChurnRate ?? 0) * 100)} of similar customers churn` },
  { code: 'nps', features: ['npsLatest', 'npsChange'], describe: (f) => `${scoreMove('NPS', f.values.npsLatest, f.detail.npsPrevious, f.values.npsChange)}${mentions(f.detail.npsTopics)}` },
  { code: 'payment_failed', features: ['paymentFailures90'], describe: (f) => `payment failed ${times(f.values.paymentFailures90 ?? 0)} in 90 days` },
  { code: 'payment_late', features: ['paymentLate90'], describe: (f) => `paid late ${times(f.values.paymentLate90 ?? 0)} in 90 days` },
  {
    code: 'exit_intent',
    features: ['exitIntent'],
    describe: (f) => `${f.values.exitIntent === 2 ? 'finished' : 'started'} the exit survey${f.detail.exitReason ? `: ${f.detail.exitReason}` : ''}`,
  },
]

/** Reasons that raise the score, biggest first; tiny nudges (< 0.1 log-odds) are not worth a line. */
export function reasonsFor(features: RiskFeatures, parts: Contributions): RiskReason[] {
  const reasons: RiskReason[] = []
  for (const group of GROUPS) {
    const impact = group.features.reduce((s, name) => s + (parts[name] ?? 0), 0)
    if (impact >= 0.1) reasons.push({ code: group.code, text: group.describe(features), impact: Math.round(impact * 100) / 100 })
  }
  return reasons.sort((a, b) => b.impact - a.impact)
}
