// How the risk score would have done on past data (GET /v1/risk/backtest), in one sentence.
import { useApi } from '../lib/use-api.ts'
import { num, pct } from '../lib/format.ts'
import { t } from '../i18n/index.ts'

type Share = { value: number | null }
export interface BacktestReport {
  churners: number
  recall: Share
  medianLeadDays: number | null
  tierPrecision?: { high?: Share; medium?: Share }
  precisionAtK?: Share & { k: number }
}

const share = (s: Share | undefined) => pct(s?.value === null || s?.value === undefined ? null : s.value * 100, 0)

/** The sentence, leaving out figures the data cannot give; without customers who left, nothing can be checked. */
export function backtestText(r: BacktestReport): string {
  if (!r.churners || r.recall?.value === null || r.recall?.value === undefined) return t('backtestNone')
  const parts = [t('backtestRecall', { r: share(r.recall) })]
  if (r.medianLeadDays !== null) parts.push(t('backtestLead', { d: num(r.medianLeadDays) }))
  if (known(r.tierPrecision?.high)) parts.push(t('backtestHigh', { h: share(r.tierPrecision?.high) }))
  if (known(r.precisionAtK)) parts.push(t('backtestTopK', { pk: share(r.precisionAtK), k: num(r.precisionAtK?.k) }))
  return t('backtestIntro', { parts: parts.join(t('backtestSep')) })
}

const known = (s: Share | undefined) => s?.value !== null && s?.value !== undefined

export function Backtest() {
  const state = useApi<BacktestReport>('/v1/risk/backtest')
  return state.data ? <p class="note" data-backtest>{backtestText(state.data)}</p> : null
}
