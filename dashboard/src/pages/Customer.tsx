// One customer: risk score and reasons, risk and signals over time, every answer and alert, and
// a timeline of what happened.
import { Fragment } from 'preact'
import type { PageProps } from './index.tsx'
import { useApi } from '../lib/use-api.ts'
import { date, dateTime, money, num, reasonText, shortDay } from '../lib/format.ts'
import { buildTimeline, riskLine, type TimelineEvent } from '../lib/timeline.ts'
import { useTopicNames } from '../lib/topics.ts'
import type { Alert, CustomerDetail, Timeline } from '../lib/types.ts'
import { getLang, t, type Key } from '../i18n/index.ts'
import { PageHead } from '../components/Layout.tsx'
import { Empty, Show } from '../components/States.tsx'
import { Badge } from '../components/Badge.tsx'
import { HBar, ColumnChart } from '../components/Bars.tsx'
import { LineChart } from '../components/LineChart.tsx'
import { ResponseCard } from '../components/ResponseCard.tsx'
import { Link } from '../components/Link.tsx'
import { LongText } from '../components/LongText.tsx'
import { valueTierText } from '../lib/value-tier.ts'

const ACTIVITY: { key: 'sessions' | 'logins' | 'featureUses'; label: Key; color: string }[] = [
  { key: 'sessions', label: 'sessions', color: 'var(--brand)' },
  { key: 'logins', label: 'logins', color: '#6f5bd3' },
  { key: 'featureUses', label: 'featureUses', color: '#d07a1f' },
]

export function Customer({ params }: PageProps) {
  const id = encodeURIComponent(params.id)
  const customer = useApi<CustomerDetail>(`/v1/customers/${id}`)
  const timeline = useApi<Timeline>(`/v1/customers/${id}/timeline`)
  const topicNames = useTopicNames()
  return (
    <Show state={customer} rows={6}>
      {(c) => {
        const maxImpact = Math.max(0.0001, ...(c.risk?.reasons ?? []).map((r) => Math.abs(r.impact)))
        return (
          <>
            <p class="crumbs"><Link to="/customers">{t('navAtRisk')}</Link> / <span>{c.id}</span></p>
            <PageHead title={c.id} sub={[c.email, c.plan, c.revenue !== null ? t('revenueN', { v: money(c.revenue) }) : null, c.valueTier && valueTierText(c.valueTier)].filter(Boolean).join(' · ')}>
              {c.risk && <span class="risk-head"><Badge value={c.risk.tier} /><b data-figure="risk-score">{num(c.risk.score)}</b><span class="muted">/ 100</span></span>}
              {c.churnedAt && <span class="badge bad">{t('churnedOn', { d: date(c.churnedAt) })}</span>}
            </PageHead>
            <div class="grid two">
              <section class="card">
                <h2>{t('whyAtRisk')}</h2>
                {!c.risk || c.risk.reasons.length === 0 ? <Empty title={t('noReasons')} /> : (
                  <ul class="reasons" data-reasons>
                    {c.risk.reasons.map((r) => (
                      <li key={r.code}>
                        <span>{reasonText(r, getLang())}</span>
                        <HBar value={r.impact} max={maxImpact} tone={r.impact > 0 ? 'bad' : 'ok'} />
                      </li>
                    ))}
                  </ul>
                )}
                {c.risk && <p class="muted small">{t('scoredAt', { d: dateTime(c.risk.computedAt), m: c.risk.modelVersion ?? '' })}</p>}
              </section>
              <section class="card">
                <h2>{t('facts')}</h2>
                <dl class="facts">
                  <dt>{t('firstSeen')}</dt><dd>{date(c.firstSeenAt)}</dd>
                  <dt>{t('lastSeen')}</dt><dd>{date(c.lastSeenAt)}</dd>
                  <dt>{t('renewal')}</dt><dd>{date(c.renewalAt)}</dd>
                  {c.churnReason && <><dt>{t('churnReason')}</dt><dd>{c.churnReason}</dd></>}
                  {Object.entries(c.last30Days ?? {}).map(([k, v]) => (
                    <Fragment key={k}><dt>{t('last30', { what: t(k as Key) === k ? k : t(k as Key) })}</dt><dd>{num(v)}</dd></Fragment>
                  ))}
                  {Object.entries(c.traits ?? {}).slice(0, 8).map(([k, v]) => (
                    <Fragment key={'t' + k}><dt>{k}</dt><dd>{typeof v === 'object' ? JSON.stringify(v) : String(v)}</dd></Fragment>
                  ))}
                </dl>
              </section>
            </div>
            <Show state={timeline} rows={5}>
              {(tl) => <CustomerHistory c={c} tl={tl} topicNames={topicNames} />}
            </Show>
          </>
        )
      }}
    </Show>
  )
}

function CustomerHistory({ c, tl, topicNames }: { c: CustomerDetail; tl: Timeline; topicNames: Record<string, string> }) {
  const events = buildTimeline(c, tl)
  const days = tl.activity.map((a) => shortDay(a.day))
  const risk = riskLine(tl.risk, new Date().toISOString().slice(0, 10))
  return (
    <>
      <div class="grid two">
        <section class="card">
          <h2>{t('riskOverTime')}</h2>
          {risk.length < 2 ? (
            <Empty title={t('notEnoughHistory')}>{risk[0] ? t('riskOnePoint', { s: num(risk[0].score), d: shortDay(risk[0].day) }) : null}</Empty>
          ) : (
            <LineChart title={t('riskOverTime')} domain={[0, 100]} labels={risk.map((p) => shortDay(p.day))}
              series={[{ name: t('riskScore'), color: 'var(--bad)', values: risk.map((p) => p.score) }]} format={(v) => num(v)} />
          )}
        </section>
        <section class="card">
          <h2>{t('signalsOverTime')}</h2>
          {tl.activity.length < 2 ? <Empty title={t('notEnoughHistory')} /> : (
            <>
              <LineChart title={t('signalsOverTime')} labels={days} format={(v) => num(v)}
                series={ACTIVITY.map((s) => ({ name: t(s.label), color: s.color, values: tl.activity.map((a) => a[s.key] ?? 0) }))} />
              <ColumnChart title={t('issues')} caption={t('issues')} labels={days} height={100} color="var(--bad-soft)" format={(v) => num(v)}
                values={tl.activity.map((a) => (a.tickets ?? 0) + (a.complaints ?? 0) + (a.paymentFailures ?? 0))} />
            </>
          )}
        </section>
      </div>
      <div class="grid two">
        <section class="card">
          <h2>{t('responses')} <span class="count">{tl.responses.length}</span></h2>
          {tl.responses.length === 0 ? <Empty title={t('noResponses')} /> : (
            <div class="responses tight">{tl.responses.map((r) => <ResponseCard key={r.id} r={r} topicNames={topicNames} showCustomer={false} />)}</div>
          )}
        </section>
        <section class="card">
          <h2>{t('navAlerts')} <span class="count">{tl.alerts.length}</span></h2>
          {tl.alerts.length === 0 ? <Empty title={t('noAlerts')} /> : <ul class="alert-list">{tl.alerts.map((a) => <AlertLine key={a.id} a={a} />)}</ul>}
        </section>
      </div>
      <section class="card">
        <h2>{t('timeline')}</h2>
        {events.length === 0 ? <Empty title={t('nothingYet')} /> : (
          <ol class="timeline">{events.slice(0, 60).map((e, i) => <TimelineItem key={i} e={e} />)}</ol>
        )}
      </section>
    </>
  )
}

export function AlertLine({ a }: { a: Alert }) {
  return (
    <li>
      <Badge value={a.severity} />
      <b>{t(('alert_' + a.kind) as Key)}</b>
      <time class="muted">{dateTime(a.createdAt)}</time>
      {(a.deliveries ?? []).map((d) => <Badge key={d.id} value={d.status} label={`${t(('v_' + d.status) as Key)} · ${d.attempts}×`} />)}
    </li>
  )
}

function TimelineItem({ e }: { e: TimelineEvent }) {
  const body = (() => {
    switch (e.type) {
      case 'response':
        return <>{t('tlAnswered', { kind: t(('kind_' + e.response.surveyKind) as Key), score: e.response.score ?? '–' })}{e.response.comment && <LongText tag="q" text={e.response.comment} />}</>
      case 'alert':
        return <>{t('tlAlert', { kind: t(('alert_' + e.alert.kind) as Key) })}</>
      case 'tier':
        return <>{e.from ? t('tlTier', { from: t(('v_' + e.from) as Key), to: t(('v_' + e.to) as Key), s: num(e.score) }) : t('tlFirstScore', { to: t(('v_' + e.to) as Key), s: num(e.score) })}</>
      case 'churn':
        return <>{t('tlChurned')}{e.reason && <q>{e.reason}</q>}</>
      case 'return':
        return <>{t('tlReturned')}</>
      case 'first_seen':
        return <>{t('tlFirstSeen')}</>
    }
  })()
  return (
    <li class={`tl-${e.type}`}>
      <time>{e.type === 'tier' ? date(e.at) : dateTime(e.at)}</time>
      <div>{body}</div>
    </li>
  )
}
