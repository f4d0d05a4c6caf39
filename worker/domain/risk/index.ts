// Churn risk, pure part: what the worker's queue, cron and routes call.
export type { CustomerFacts, CustomerRecord, CustomerDay, SurveyAnswer } from './facts.ts'
export { segmentChurnRate, DAY_MS } from './facts.ts'
export { riskFeatures, FEATURE_NAMES, type RiskFeatures, type FeatureName } from './features.ts'
export { defaultRiskModel, scoreRisk, riskProbability, tierOf, DEFAULT_THRESHOLDS, type RiskModel, type RiskScore, type RiskTier, type TierThresholds } from './model.ts'
export type { RiskReason } from './reasons.ts'
export { fitRiskModel, keepIfBetter, heldOutAuc, type Outcome, type FitResult } from './fit.ts'
export { backtest, replay, backtestCutoffs, type Snapshot, type ChurnOutcome, type BacktestReport } from './backtest.ts'
export { churnedAsOf, type ChurnState } from './churn.ts'
