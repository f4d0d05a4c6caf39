// The early-warning indicators of one customer as of `now`, computed only from what happened
// before `now` (so the same code serves live scoring and the backtest).
import { DAY_MS, dayStart, type CustomerDay, type CustomerFacts, type SurveyAnswer } from './facts.ts'
import { isActiveDay } from './churn.ts'

export const FEATURE_NAMES = [
  'loginsChangePct', 'sessionsChangePct', 'featureUsesChangePct', 'daysSinceLastSeen',
  'purchaseChangePct', 'daysSinceLastPurchase', 'csatLatest', 'csatChange', 'cesLatest', 'cesChange',
  'complaints30', 'tickets30', 'negativeComments30', 'tenureDays', 'daysToRenewal', 'segmentChurnRate',
  'npsLatest', 'npsChange', 'paymentFailures90', 'paymentLate90', 'exitIntent',
] as const
export type FeatureName = (typeof FEATURE_NAMES)[number]

export interface RiskFeatures {
  /** null = unknown (no baseline, never answered, ...): contributes nothing to the score. */
  values: Record<FeatureName, number | null>
  /** The numbers behind the values, for reasons in plain words. */
  detail: {
    logins: { recent: number; baseline: number }
    sessions: { recent: number; baseline: number }
    featureUses: { recent: number; baseline: number }
    purchases: { recent: number; baseline: number }
    npsPrevious: number | null
    csatPrevious: number | null
    cesPrevious: number | null
    exitReason: string | null
    /** How the latest exit survey in 90 days ended: saved = took the save offer. */
    exitOutcome: 'started' | 'finished' | 'saved' | null
    /** Topics of recent comments, most frequent first (negative comments' topics first). */
    topics: string[]
    npsTopics: string[]
  }
}

type Counter = Exclude<keyof CustomerDay, 'day'>

/** Sum a counter over days in [now - toDays, now - fromDays). */
function windowSum(days: CustomerDay[], counter: Counter, now: number, fromDays: number, toDays: number): number {
  const start = now - toDays * DAY_MS
  const end = now - fromDays * DAY_MS
  let sum = 0
  for (const d of days) {
    const t = dayStart(d.day)
    if (t >= start && t < end) sum += d[counter] ?? 0
  }
  return sum
}

/** % change of the last 30 days against the per-30-day rate of a baseline; null when the baseline is too thin to compare. */
function changePct(recent: number, baselineTotal: number, baselineDays: number): number | null {
  const perMonth = (baselineTotal * 30) / baselineDays
  if (baselineTotal < 2) return null
  return ((recent - perMonth) / perMonth) * 100
}

function activity(days: CustomerDay[], counter: Counter, now: number) {
  const recent = windowSum(days, counter, now, 0, 30)
  const baseline = windowSum(days, counter, now, 30, 90)
  return { recent, baseline, change: changePct(recent, baseline, 60) }
}

/** Latest and previous scores of one survey kind, answered before now. */
function latestTwo(responses: SurveyAnswer[], kind: SurveyAnswer['kind']): [SurveyAnswer | null, SurveyAnswer | null] {
  const answered = responses.filter((r) => r.kind === kind && typeof r.score === 'number').sort((a, b) => b.at - a.at)
  return [answered[0] ?? null, answered[1] ?? null]
}

const isNegative = (r: SurveyAnswer) => !!r.sentiment && /^neg/i.test(r.sentiment.label)

function topicsByFrequency(responses: SurveyAnswer[]): string[] {
  const counts = new Map<string, number>()
  // Negative comments weigh double: their topics are the likely reason.
  for (const r of responses) for (const t of r.topics ?? []) counts.set(t, (counts.get(t) ?? 0) + (isNegative(r) ? 2 : 1))
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t)
}

export function riskFeatures(facts: CustomerFacts, now: number): RiskFeatures {
  const days = facts.days.filter((d) => dayStart(d.day) < now)
  const responses = facts.responses.filter((r) => r.at < now)
  const within = (r: SurveyAnswer, n: number) => r.at >= now - n * DAY_MS
  const { customer } = facts

  const logins = activity(days, 'logins', now)
  const sessions = activity(days, 'sessions', now)
  const featureUses = activity(days, 'featureUses', now)
  const purchasesRecent = windowSum(days, 'purchases', now, 0, 30)
  const purchasesBaseline = windowSum(days, 'purchases', now, 30, 120)

  const activeDays = days.filter(isActiveDay)
  const lastActive = Math.max(customer.lastSeenAt <= now ? customer.lastSeenAt : -Infinity, ...activeDays.map((d) => dayStart(d.day)))
  const lastPurchase = Math.max(-Infinity, ...days.filter((d) => (d.purchases ?? 0) > 0).map((d) => dayStart(d.day)))

  const [nps, npsBefore] = latestTwo(responses, 'nps')
  const [csat, csatBefore] = latestTwo(responses, 'csat')
  const [ces, cesBefore] = latestTwo(responses, 'ces')
  const exits = responses.filter((r) => r.kind === 'exit' && within(r, 90)).sort((a, b) => b.at - a.at)
  const exit = exits[0]
  // 2: finished the exit survey and took no offer; 1: started it, or was saved by an offer.
  const exitIntent = !exit ? 0 : exit.finished !== false && !exit.offerAccepted ? 2 : 1
  const recentComments = responses.filter((r) => within(r, 30))

  const wholeDays = (ms: number) => Math.floor(ms / DAY_MS)
  return {
    values: {
      loginsChangePct: logins.change,
      sessionsChangePct: sessions.change,
      featureUsesChangePct: featureUses.change,
      daysSinceLastSeen: Number.isFinite(lastActive) ? wholeDays(now - lastActive) : null,
      purchaseChangePct: changePct(purchasesRecent, purchasesBaseline, 90),
      daysSinceLastPurchase: Number.isFinite(lastPurchase) ? wholeDays(now - lastPurchase) : null,
      csatLatest: csat?.score ?? null,
      csatChange: csat && csatBefore ? csat.score! - csatBefore.score! : null,
      cesLatest: ces?.score ?? null,
      cesChange: ces && cesBefore ? ces.score! - cesBefore.score! : null,
      complaints30: windowSum(days, 'complaints', now, 0, 30),
      tickets30: windowSum(days, 'tickets', now, 0, 30),
      negativeComments30: recentComments.filter(isNegative).length,
      tenureDays: customer.firstSeenAt <= now ? wholeDays(now - customer.firstSeenAt) : 0,
      daysToRenewal: customer.renewalAt != null && customer.renewalAt >= now ? Math.ceil((customer.renewalAt - now) / DAY_MS) : null,
      segmentChurnRate: facts.segmentChurnRate ?? null,
      npsLatest: nps?.score ?? null,
      npsChange: nps && npsBefore ? nps.score! - npsBefore.score! : null,
      paymentFailures90: windowSum(days, 'paymentFailures', now, 0, 90),
      paymentLate90: windowSum(days, 'paymentLate', now, 0, 90),
      exitIntent,
    },
    detail: {
      logins: { recent: logins.recent, baseline: logins.baseline },
      sessions: { recent: sessions.recent, baseline: sessions.baseline },
      featureUses: { recent: featureUses.recent, baseline: featureUses.baseline },
      purchases: { recent: purchasesRecent, baseline: purchasesBaseline },
      npsPrevious: npsBefore?.score ?? null,
      csatPrevious: csatBefore?.score ?? null,
      cesPrevious: cesBefore?.score ?? null,
      exitReason: exit?.reason ?? null,
      exitOutcome: !exit ? null : exit.offerAccepted ? 'saved' : exit.finished !== false ? 'finished' : 'started',
      topics: topicsByFrequency(responses.filter((r) => within(r, 90))),
      npsTopics: nps?.topics ?? [],
    },
  }
}
