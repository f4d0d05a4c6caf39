// Day-one weights, before a workspace has outcomes to learn from. Values are log-odds added to
// the intercept; a bin v lands in = number of cuts <= v. Integer counts use .5 cuts so
// "2 complaints" reads unambiguously. On the intercept alone a quiet, satisfied customer scores ~5;
// one warning sign alone stays low (a complaint ~23, a failed payment ~21, a detractor's 0-6 ~17)
// and two together read medium (~43); three, or an exit without taking the offer, read high.
// Weights that put one complaint at medium were measured on the demo backtest (400 customers,
// 3 seeds): precision at 20 fell from 0.45-0.58 to 0.24-0.44, as healthy customers complain too.
import type { FeatureName } from './features.ts'

/** Base rate ~10% (logit -2.2): typical monthly churn of an at-risk-unknown SaaS book. */
export const DEFAULT_INTERCEPT = -2.2

type Table = Partial<Record<FeatureName, number[]>>

export const DEFAULT_BINS: Table = {
  loginsChangePct: [-70, -40, -15, 25],
  sessionsChangePct: [-70, -40, -15, 25],
  featureUsesChangePct: [-70, -40],
  daysSinceLastSeen: [7, 14, 21],
  purchaseChangePct: [-75, -40],
  daysSinceLastPurchase: [60, 120],
  csatLatest: [2.5, 3.5],
  csatChange: [-1.5, -0.5],
  cesLatest: [3.5, 5.5],
  cesChange: [1.5],
  complaints30: [0.5, 1.5, 2.5],
  tickets30: [1.5, 3.5],
  negativeComments30: [0.5, 1.5],
  tenureDays: [30, 90, 365],
  daysToRenewal: [15, 31],
  segmentChurnRate: [0.05, 0.1, 0.2],
  npsLatest: [6.5, 8.5],
  npsChange: [-3.5, -0.5],
  paymentFailures90: [0.5, 1.5],
  paymentLate90: [0.5, 1.5],
  exitIntent: [0.5, 1.5],
}

export const DEFAULT_WEIGHTS: Table = {
  // A collapse in logins is the strongest behavioural early warning; rising use lowers risk a little.
  loginsChangePct: [1.9, 1.0, 0.3, 0, -0.3],
  // Sessions move with logins, so they add less on top of them.
  sessionsChangePct: [0.8, 0.4, 0.1, 0, -0.2],
  // Dropping the features people pay for is an earlier, weaker sign.
  featureUsesChangePct: [0.6, 0.3, 0],
  // Three weeks silent is most of the way to the 30-day inactivity churn definition.
  daysSinceLastSeen: [0, 0.3, 0.8, 1.4],
  purchaseChangePct: [0.6, 0.3, 0],
  daysSinceLastPurchase: [0, 0.2, 0.5],
  // CSAT 1-2 is an unhappy customer; 4-5 slightly protective.
  csatLatest: [0.9, 0.3, -0.2],
  csatChange: [0.5, 0.2, 0],
  // CES on 1-7 where 1 is very easy and 7 very difficult (our surveys' scale): high effort
  // (6-7) predicts disloyalty; 1-3 is slightly protective.
  cesLatest: [-0.1, 0.2, 0.7],
  // Effort up by 2+ points since the previous answer says something got harder.
  cesChange: [0, 0.3],
  // Complaints are explicit dissatisfaction: each one counts, saturating at three.
  complaints30: [0, 1.0, 1.8, 2.2],
  // Tickets alone are partly engagement; only many of them signal friction.
  tickets30: [0, 0.3, 0.6],
  negativeComments30: [0, 0.5, 0.8],
  // New customers churn most (onboarding); long-tenured ones least.
  tenureDays: [0.4, 0.3, 0, -0.3],
  // An upcoming renewal is when a wavering customer actually leaves.
  daysToRenewal: [0.6, 0.3, 0],
  // The segment's own monthly churn: a customer inherits part of their peers' risk.
  segmentChurnRate: [-0.2, 0, 0.3, 0.6],
  // Detractors (0-6) churn far more than promoters (9-10).
  npsLatest: [0.8, 0, -0.4],
  // A fall of 4+ points says something changed for the worse.
  npsChange: [0.7, 0.3, 0],
  // Failed payments are involuntary churn in the making.
  paymentFailures90: [0, 0.9, 1.5],
  paymentLate90: [0, 0.4, 0.7],
  // Finishing the exit survey without taking an offer is the clearest intent there is.
  exitIntent: [0, 1.2, 2.2],
}
