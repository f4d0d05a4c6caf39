// Cohorts: monthly retention heatmap, churn rate over time, exit reasons, the save rate and the revenue it kept.
import { useApi } from '../lib/use-api.ts'
import { dateTime, money, month, num, pct, share } from '../lib/format.ts'
import { t, type Key } from '../i18n/index.ts'
import { PageHead } from '../components/Layout.tsx'
import { Empty, Show } from '../components/States.tsx'
import { Heatmap, type CohortRow } from '../components/Heatmap.tsx'
import { ColumnChart, HBar } from '../components/Bars.tsx'
import { Stat } from '../components/Stat.tsx'

interface Cohorts {
  /** When these figures were computed (the API may answer from a short-lived cache). */
  computedAt?: number
  rows: CohortRow[]
  churnByMonth: { month: string; rate: number | null; lost: number; start: number; partial?: boolean }[]
  exitReasons: { reason: string; count: number; saved: number }[]
  saveRate: { value: number | null; saved: number; started: number }
  /** The monthly revenue of the distinct customers those saves kept. */
  revenueSaved?: { value: number; customers: number }
}

// Churn rates may come as shares (0–1) or percents; the chart speaks percent.
export function asPercent(values: (number | null)[]): (number | null)[] {
  const max = Math.max(0, ...values.map((v) => v ?? 0))
  return max <= 1 ? values.map((v) => (v === null ? null : v * 100)) : values
}

export function Cohorts() {
  const state = useApi<Cohorts>('/v1/insights/cohorts')
  return (
    <>
      <PageHead title={t('navCohorts')} sub={t('cohortsSub')} />
      <Show state={state} rows={6}>
        {(d) => {
          const maxReason = Math.max(1, ...d.exitReasons.map((r) => r.count))
          return (
            <>
              {d.computedAt ? <p class="muted small" data-computed-at>{t('updated')} <time dateTime={new Date(d.computedAt).toISOString()}>{dateTime(d.computedAt)}</time></p> : null}
              <section class="card">
                <h2>{t('retentionHeatmap')}</h2>
                <p class="muted">{t('heatmapHint')}</p>
                {d.rows.length === 0 ? <Empty title={t('nothingYet')} /> : <Heatmap rows={d.rows} />}
              </section>
              <div class="grid two">
                <section class="card">
                  <h2>{t('churnOverTime')}</h2>
                  {d.churnByMonth.length === 0 ? <Empty title={t('nothingYet')} /> : (
                    <ColumnChart title={t('churnOverTime')} labels={d.churnByMonth.map((m) => (m.partial ? `${month(m.month)} ${t('soFar')}` : month(m.month)))} values={asPercent(d.churnByMonth.map((m) => m.rate))}
                      format={(v) => pct(v, 0)} color="var(--bad-soft)" />
                  )}
                </section>
                <div class="stack-col">
                  <Stat id="saveRate" label={t('saveRate')} value={pct(d.saveRate.value)}>
                    {t('savedOfStarted', { s: num(d.saveRate.saved), n: num(d.saveRate.started) })}
                  </Stat>
                  {d.revenueSaved && (
                    <Stat id="revenueSaved" label={t('revenueSaved')} value={money(d.revenueSaved.value)}>
                      {t('savedCustomers', { n: num(d.revenueSaved.customers) })}
                    </Stat>
                  )}
                  <section class="card">
                    <h2>{t('exitReasons')}</h2>
                    {d.exitReasons.length === 0 ? <Empty title={t('nothingYet')} /> : (
                      <ul class="bars">
                        {d.exitReasons.map((r) => {
                          const k = ('reason_' + r.reason) as Key
                          return (
                            <li key={r.reason}>
                              <span class="bar-label">{t(k) === k ? r.reason : t(k)}</span>
                              <HBar value={r.count} max={maxReason} />
                              <span class="bar-value">{num(r.count)} <small class="muted">{t('nSaved', { n: num(r.saved), s: share(r.count ? r.saved / r.count : null) })}</small></span>
                            </li>
                          )
                        })}
                      </ul>
                    )}
                  </section>
                </div>
              </div>
            </>
          )
        }}
      </Show>
    </>
  )
}
