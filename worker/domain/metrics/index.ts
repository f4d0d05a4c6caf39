// The retention figures `GET /v1/insights/summary` and `/cohorts` report.
export { churnRate, retentionRate, repeatPurchaseRate, repeatPurchaseFromCounts, cltv } from './retention.ts'
export { nps, csat, ces, responseRate, npsFromCounts, csatFromCounts, cesFromCounts, type ScoreCounts } from './surveys.ts'
export { saveRate, savedStillActiveRate, saveRateFromCounts, savedStillActiveFromCounts, type ExitFlow } from './saves.ts'
export { revenueAtRisk, type ScoredRevenue } from './revenue.ts'
export { cohortRetention, cohortTable, monthOf, addMonths, type CohortMember, type CohortRow } from './cohorts.ts'
export { percent, ratio, type Figure } from './figure.ts'
