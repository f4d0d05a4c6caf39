// Overview: NPS, CSAT, CES with trends and change; response, churn and retention rates; revenue
// at risk; customers by risk tier; the three themes pulling NPS down the most.
import { useState } from 'preact/hooks'
import type { PageProps } from './index.tsx'
import { qs } from '../lib/api.ts'
import { useApi } from '../lib/use-api.ts'
import { navigate, withQuery } from '../lib/router.ts'
import { bucketFor, periodFromQuery, periodToQuery } from '../lib/period.ts'
import { delta, money, num, pct, shortDay, signed } from '../lib/format.ts'
import type { Figure, Summary, Topic, TrendPoint } from '../lib/types.ts'
import { t, type Key } from '../i18n/index.ts'
import { PageHead } from '../components/Layout.tsx'
import { PeriodPicker } from '../components/PeriodPicker.tsx'
import { Show, Empty } from '../components/States.tsx'
import { Stat } from '../components/Stat.tsx'
import { LineChart } from '../components/LineChart.tsx'
import { ColumnChart } from '../components/Bars.tsx'
import { Link } from '../components/Link.tsx'
import { Badge } from '../components/Badge.tsx'
import { byEffect, hasAnswers, SCORE_WORDS, scoreEffect, shownEffect, topicLabel, type ScoreKind } from '../lib/topics.ts'

export const previousOf = (f: Figure | undefined): number | null => {
  const p = f?.previous
  return p === undefined || p === null ? null : typeof p === 'number' ? p : p.value ?? null
}

// Themes that pull the score down, most harmful first, at most three.
export function topDrags(topics: Topic[], kind: ScoreKind = 'nps'): Topic[] {
  return topics.filter((x) => (scoreEffect(x, kind) ?? 0) < 0).sort(byEffect(kind)).slice(0, 3)
}

/** NPS, unless the period has CSAT answers and no NPS ones (a workspace that asks CSAT only). */
export const dragKind = (topics: Topic[] | undefined): ScoreKind =>
  topics && !hasAnswers(topics, 'nps') && hasAnswers(topics, 'csat') ? 'csat' : 'nps'

type Metric = 'nps' | 'csat' | 'ces'
const METRIC: Record<Metric, { key: Key; color: string; domain?: [number, number]; format: (v: number) => string }> = {
  nps: { key: 'nps', color: 'var(--brand)', format: (v) => num(v) },
  csat: { key: 'csat', color: '#6f5bd3', format: (v) => pct(v, 0) },
  ces: { key: 'ces', color: '#d07a1f', format: (v) => num(v, 1) },
}

export function Overview({ path, query }: PageProps) {
  const period = periodFromQuery(query, Date.now())
  const range = { from: period.from, to: period.to }
  const summary = useApi<Summary>('/v1/insights/summary' + qs(range))
  const trends = useApi<{ data: TrendPoint[] }>('/v1/insights/trends' + qs({ ...range, bucket: bucketFor(period) }))
  const themes = useApi<{ topics: Topic[] }>('/v1/insights/themes' + qs(range))
  const [metric, setMetric] = useState<Metric>('nps')
  const points = trends.data?.data ?? []
  const periodQs = qs(periodToQuery(period))
  const dragBy = dragKind(themes.data?.topics)

  return (
    <>
      <PageHead title={t('navOverview')} sub={t('overviewSub')}>
        <PeriodPicker period={period} onChange={(q) => navigate(withQuery(path, new URLSearchParams(), q))} />
      </PageHead>
      <Show state={summary} rows={3}>
        {(s) => (
          <div class="grid three">
            <Stat id="nps" label={t('nps')} value={num(s.nps.value)} change={delta(s.nps.value, previousOf(s.nps))} changeDigits={0} spark={points.map((p) => p.nps)} sparkFormat={(v) => num(v)}>
              {t('npsCounts', { p: num(s.nps.promoters as number), n: num(s.nps.passives as number), d: num(s.nps.detractors as number) })}
            </Stat>
            <Stat id="csat" label={t('csat')} value={pct(s.csat.value)} change={delta(s.csat.value, previousOf(s.csat))} spark={points.map((p) => p.csat)} sparkFormat={(v) => pct(v)}>
              {t('csatCounts', { s: num(s.csat.satisfied as number), n: num(s.csat.total as number) })}
            </Stat>
            <Stat id="ces" label={t('ces')} value={num(s.ces.value, 2)} change={delta(s.ces.value, previousOf(s.ces))} changeDigits={2} lowerIsBetter spark={points.map((p) => p.ces)} sparkFormat={(v) => num(v, 2)}>
              {t('cesCounts', { n: num(s.ces.total as number) })}
            </Stat>
          </div>
        )}
      </Show>
      <section class="card">
        <div class="card-head">
          <h2>{t('trend')}</h2>
          <div class="seg small" role="group" aria-label={t('trend')}>
            {(Object.keys(METRIC) as Metric[]).map((m) => (
              <button key={m} type="button" aria-pressed={metric === m} onClick={() => setMetric(m)}>{t(METRIC[m].key)}</button>
            ))}
          </div>
        </div>
        <Show state={trends} empty={(d) => !d || d.data.length === 0}>
          {(d) => (
            <>
              <LineChart
                title={t(METRIC[metric].key)}
                labels={d.data.map((p) => shortDay(p.bucket))}
                series={[{ name: t(METRIC[metric].key), color: METRIC[metric].color, values: d.data.map((p) => p[metric]) }]}
                format={METRIC[metric].format}
              />
              <ColumnChart title={t('responses')} caption={t('responses')} labels={d.data.map((p) => shortDay(p.bucket))} values={d.data.map((p) => p.responses)} height={110} color="var(--brand-soft)" format={(v) => num(v)} />
            </>
          )}
        </Show>
      </section>
      <Show state={summary} rows={2}>
        {(s) => (
          <div class="grid four">
            <Stat id="responseRate" label={t('responseRate')} value={pct(s.responseRate.value)}>
              {t('ofDisplays', { r: num(s.responseRate.responses as number), d: num(s.responseRate.displays as number) })}
            </Stat>
            <Stat id="churnRate" label={t('churnRate')} value={pct(s.churnRate.value)} change={delta(s.churnRate.value, previousOf(s.churnRate))} lowerIsBetter>
              {t('lostOfStart', { l: num(s.churnRate.lost as number), s: num(s.churnRate.start as number) })}
            </Stat>
            <Stat id="retentionRate" label={t('retentionRate')} value={pct(s.retentionRate.value)}>
              {t('retentionCounts', { s: num(s.retentionRate.start as number), e: num(s.retentionRate.end as number), n: num((s.retentionRate.new ?? s.retentionRate.added) as number) })}
            </Stat>
            <Stat id="revenueAtRisk" label={t('revenueAtRisk')} value={money(s.revenueAtRisk.value)}>
              {t('highRiskCustomers', { n: num(s.revenueAtRisk.customers as number) })}
            </Stat>
          </div>
        )}
      </Show>
      <div class="grid two">
        <section class="card">
          <div class="card-head">
            <h2>{t('riskTiers')}</h2>
            <Link to="/customers">{t('seeAll')}</Link>
          </div>
          <Show state={summary}>{(s) => <RiskTiers tiers={s.riskTiers} />}</Show>
        </section>
        <section class="card">
          <div class="card-head">
            <h2>{t(SCORE_WORDS[dragBy].drags)}</h2>
            <Link to={'/themes' + periodQs + (dragBy === 'nps' ? '' : '&score=csat')}>{t('allThemes')}</Link>
          </div>
          <Show state={themes}>
            {(d) => {
              const top = topDrags(d.topics, dragBy)
              return top.length === 0 ? <Empty title={t(SCORE_WORDS[dragBy].noDrags)} /> : (
                <ol class="drags">
                  {top.map((x) => (
                    <li key={x.id}>
                      <Link to={`/themes?topic=${encodeURIComponent(x.id)}&${periodQs.slice(1)}`} class="drag-name">{topicLabel(x.id, x.name)}</Link>
                      <span class="drag-impact" data-impact={x.id} title={t(SCORE_WORDS[dragBy].hint)}>{t(SCORE_WORDS[dragBy].value, { v: signed(shownEffect(x, dragBy), 1) })}</span>
                      <span class="muted">{t('mentions', { n: num(x.volume) })}</span>
                    </li>
                  ))}
                </ol>
              )
            }}
          </Show>
        </section>
      </div>
    </>
  )
}

function RiskTiers({ tiers }: { tiers: { high: number; medium: number; low: number } }) {
  const total = tiers.high + tiers.medium + tiers.low
  return (
    <div class="tiers">
      <div class="stack" aria-hidden="true">
        {(['high', 'medium', 'low'] as const).map((k) => tiers[k] > 0 && <i key={k} class={k} style={{ width: `${(tiers[k] / (total || 1)) * 100}%` }} />)}
      </div>
      <ul class="tier-list">
        {(['high', 'medium', 'low'] as const).map((k) => (
          <li key={k}>
            <Link to={`/customers?tier=${k}`}><Badge value={k} /></Link>
            <b data-figure={`tier-${k}`}>{num(tiers[k])}</b>
          </li>
        ))}
      </ul>
    </div>
  )
}
