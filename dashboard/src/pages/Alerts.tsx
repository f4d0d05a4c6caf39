// Alerts and deliveries: what was sent where, status and attempts, replay of failed deliveries,
// and destinations with a test alert.
import { Fragment } from 'preact'
import { useState } from 'preact/hooks'
import type { PageProps } from './index.tsx'
import { ApiError, api, qs } from '../lib/api.ts'
import { useApi } from '../lib/use-api.ts'
import { navigate, withQuery } from '../lib/router.ts'
import { dateTime, num } from '../lib/format.ts'
import type { Alert, Delivery, List } from '../lib/types.ts'
import { t, type Key } from '../i18n/index.ts'
import { PageHead } from '../components/Layout.tsx'
import { Empty, Show } from '../components/States.tsx'
import { Badge } from '../components/Badge.tsx'
import { Link } from '../components/Link.tsx'
import { Destinations } from '../components/Destinations.tsx'
import { TabList, TabPanel } from '../components/Tabs.tsx'

const TABS = ['deliveries', 'alerts', 'destinations'] as const

/** A kind's label ("Slack", "Detractor"); an unknown kind reads as itself, never as a raw key. */
function label(prefix: 'dest_' | 'alert_', kind: string): string {
  const key = (prefix + kind) as Key
  const text = t(key)
  return text === key ? kind.replace(/_/g, ' ') : text
}
const STATUSES = ['', 'failed', 'dead', 'pending', 'delivered'] as const

export function Alerts({ path, query }: PageProps) {
  const tab = (TABS as readonly string[]).includes(query.get('tab') ?? '') ? (query.get('tab') as (typeof TABS)[number]) : 'deliveries'
  return (
    <>
      <PageHead title={t('navAlerts')} sub={t('alertsSub')} />
      <TabList idBase="alerts" label={t('navAlerts')} tabs={TABS} selected={tab} name={(x) => t(`tab_${x}`)}
        onSelect={(x) => navigate(withQuery(path, new URLSearchParams(), { tab: x }), true)} />
      <TabPanel idBase="alerts" tab={tab}>
        {tab === 'deliveries' && <Deliveries path={path} query={query} />}
        {tab === 'alerts' && <AlertList />}
        {tab === 'destinations' && <Destinations />}
      </TabPanel>
    </>
  )
}

function Deliveries({ path, query }: { path: string; query: URLSearchParams }) {
  const status = query.get('status') ?? ''
  const state = useApi<List<Delivery>>('/v1/deliveries' + qs({ status, limit: 100 }))
  const [open, setOpen] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null)
  const replay = async (d: Delivery) => {
    setBusy(d.id)
    try {
      await api('POST', `/v1/deliveries/${encodeURIComponent(d.id)}/replay`)
      setNote({ ok: true, text: `${t('replayQueued')}: ${d.destinationName ?? d.destinationId}` })
      state.reload()
    } catch (e) {
      setNote({ ok: false, text: e instanceof ApiError ? e.message : String(e) })
    } finally {
      setBusy(null)
    }
  }
  return (
    <>
      <div class="seg" role="group" aria-label={t('status')}>
        {STATUSES.map((s) => (
          <button key={s} type="button" aria-pressed={status === s} onClick={() => navigate(withQuery(path, query, { status: s }), true)}>
            {s ? t(`v_${s}`) : t('allStatuses')}
          </button>
        ))}
        <button type="button" class="refresh" onClick={state.reload} title={t('refresh')}>↻<span class="sr">{t('refresh')}</span></button>
      </div>
      {/* Above the list, not in the row: a replayed delivery leaves the "failed" list when it reloads. */}
      {note && <p class={`replay-note ${note.ok ? 'ok-text' : 'bad-text'}`} role="status">{note.text}</p>}
      <Show state={state} rows={5}>
        {(d) => d.data.length === 0 ? <Empty title={t('noDeliveries')}>{t('noDeliveriesHint')}</Empty> : (
          <section class="card flush">
            <table class="table deliveries">
              <thead>
                <tr>
                  <th scope="col">{t('destination')}</th>
                  <th scope="col">{t('status')}</th>
                  <th scope="col" class="num">{t('attempts')}</th>
                  <th scope="col">{t('lastResult')}</th>
                  <th scope="col">{t('created')}</th>
                  <th scope="col"><span class="sr">{t('actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {d.data.map((x) => (
                  <Fragment key={x.id}>
                    <tr data-delivery={x.id} data-status={x.status}>
                      <td data-label={t('destination')}>
                        <b>{x.destinationName ?? x.destinationId}</b>
                        <div class="muted small">{[x.destinationKind && label('dest_', x.destinationKind), label('alert_', x.kind)].filter(Boolean).join(' · ')}</div>
                      </td>
                      <td data-label={t('status')}><Badge value={x.status} /></td>
                      <td data-label={t('attempts')} class="num">{num(x.attempts)}</td>
                      <td data-label={t('lastResult')} class="clip">{x.lastStatus ? `HTTP ${x.lastStatus}` : ''}{x.lastError && <span class="muted"> {x.lastError}</span>}</td>
                      <td data-label={t('created')}>{dateTime(x.createdAt)}</td>
                      <td class="row-actions">
                        {(x.attemptsLog?.length ?? 0) > 0 && (
                          <button type="button" class="btn ghost small" aria-expanded={open === x.id} onClick={() => setOpen(open === x.id ? null : x.id)}>{t('attemptLog')}</button>
                        )}
                        {(x.status === 'failed' || x.status === 'dead') && (
                          <button type="button" class="btn small" disabled={busy === x.id} onClick={() => replay(x)}>{t('replay')}</button>
                        )}
                      </td>
                    </tr>
                    {open === x.id && (
                      <tr class="log-row">
                        <td colSpan={6}>
                          <ol class="attempts">
                            {(x.attemptsLog ?? []).map((l, i) => (
                              <li key={i}>
                                <time>{dateTime(l.at)}</time>
                                <span>{l.statusCode ? `HTTP ${l.statusCode}` : t('noAnswer')}</span>
                                {l.durationMs !== null && <span class="muted">{num(l.durationMs)} ms</span>}
                                {l.error && <span class="bad-text">{l.error}</span>}
                              </li>
                            ))}
                          </ol>
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </Show>
    </>
  )
}

function AlertList() {
  const state = useApi<List<Alert>>('/v1/alerts' + qs({ limit: 100 }))
  return (
    <Show state={state} rows={5}>
      {(d) => d.data.length === 0 ? <Empty title={t('noAlerts')} /> : (
        <section class="card flush">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('alert')}</th>
                <th scope="col">{t('customer')}</th>
                <th scope="col">{t('deliveries')}</th>
                <th scope="col">{t('created')}</th>
              </tr>
            </thead>
            <tbody>
              {d.data.map((a) => (
                <tr key={a.id}>
                  <td data-label={t('alert')}><Badge value={a.severity} /> <b>{t(('alert_' + a.kind) as Key)}</b></td>
                  <td data-label={t('customer')}>{a.customerId ? <Link to={`/customers/${encodeURIComponent(a.customerId)}`}>{a.customerId}</Link> : '–'}</td>
                  <td data-label={t('deliveries')}>
                    {(a.deliveries ?? []).length === 0 ? <span class="muted">{t('noDestinationMatched')}</span>
                      : (a.deliveries ?? []).map((x) => <Badge key={x.id} value={x.status} label={`${t(('v_' + x.status) as Key)} · ${x.attempts}×`} />)}
                  </td>
                  <td data-label={t('created')}>{dateTime(a.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </Show>
  )
}
