// The Deliveries tab: every delivery, newest first and paged, filtered by status, saying whom
// each alert is about; the attempt log, and replay of failed deliveries.
import { Fragment } from 'preact'
import { useRef, useState } from 'preact/hooks'
import { api, qs } from '../../lib/api.ts'
import { usePages } from '../../lib/use-pages.ts'
import { excerpt } from '../../lib/excerpt.ts'
import { navigate, withQuery } from '../../lib/router.ts'
import { dateTime, num } from '../../lib/format.ts'
import type { Delivery } from '../../lib/types.ts'
import { t } from '../../i18n/index.ts'
import { Empty, Show } from '../States.tsx'
import { Badge } from '../Badge.tsx'
import { Link } from '../Link.tsx'
import { PageFoot, useFocusPageStart } from '../PageFoot.tsx'
import { label, replayRefusal, resultParts, triggerText } from './labels.ts'

const STATUSES = ['', 'failed', 'dead', 'pending', 'delivered'] as const
const PAGE = 100

export function DeliveryList({ path, query }: { path: string; query: URLSearchParams }) {
  const status = query.get('status') ?? ''
  const list = '/v1/deliveries' + qs({ status, limit: PAGE })
  const pages = usePages<Delivery>(list)
  const rows = pages.state.data ?? []
  const [open, setOpen] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  // Replayed here: the row stays where it was (pending), its button says so and keeps focus.
  const [queued, setQueued] = useState<ReadonlySet<string>>(new Set())
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null)
  const table = useRef<HTMLTableElement>(null)
  useFocusPageStart(pages.pageStart, table)
  const replay = async (d: Delivery) => {
    if (busy) return
    setBusy(d.id)
    try {
      await api('POST', `/v1/deliveries/${encodeURIComponent(d.id)}/replay`)
      setNote({ ok: true, text: `${t('replayQueued')}: ${d.destinationName ?? d.destinationId}` })
      setQueued((q) => new Set(q).add(d.id))
      // What the API did (pending again, last result cleared); the other loaded pages stay.
      pages.update((all) => all.map((x) => (x.id === d.id ? { ...x, status: 'pending', lastStatus: null, lastError: null, problem: null } : x)))
    } catch (e) {
      setNote({ ok: false, text: replayRefusal(e) })
    } finally {
      setBusy(null)
    }
  }
  // After an outage: every delivery of this status that gave up, queued again in one call.
  const gaveUp = status === 'failed' || status === 'dead'
  const replayAll = async () => {
    if (busy || !gaveUp || !confirm(t('confirmReplayAll', { n: pages.total ?? rows.length }))) return
    setBusy('all')
    try {
      const done = await api<BulkReplay>('POST', '/v1/deliveries/replay', { status: [status] })
      setNote({ ok: true, text: bulkReplayText(done) })
      setQueued(new Set())
      pages.state.reload()
    } catch (e) {
      setNote({ ok: false, text: replayRefusal(e) })
    } finally {
      setBusy(null)
    }
  }
  const refresh = () => {
    setQueued(new Set())
    pages.state.reload()
  }
  return (
    <>
      <div class="seg" role="group" aria-label={t('status')}>
        {STATUSES.map((s) => (
          <button key={s} type="button" aria-pressed={status === s} onClick={() => navigate(withQuery(path, query, { status: s }), true)}>
            {s ? t(`v_${s}`) : t('allStatuses')}
          </button>
        ))}
        <button type="button" class="refresh" onClick={refresh} title={t('refresh')}>↻<span class="sr">{t('refresh')}</span></button>
      </div>
      {gaveUp && rows.length > 0 && (
        <p class="bulk-replay"><button type="button" class="btn small" aria-disabled={busy !== null} onClick={replayAll}>{t(status === 'dead' ? 'replayAllDead' : 'replayAllFailed')}</button></p>
      )}
      {/* Above the list, not in the row: a refresh takes a replayed delivery out of the "failed" list. */}
      {note && <p class={`replay-note ${note.ok ? 'ok-text' : 'bad-text'}`} role="status">{note.text}</p>}
      <Show state={pages.state} rows={5}>
        {(d) => d.length === 0 ? <Empty title={t('noDeliveries')}>{t('noDeliveriesHint')}</Empty> : (
          <section class="card flush">
            <div class="table-scroll"><table class="table deliveries" ref={table}>
              <thead>
                <tr>
                  <th scope="col">{t('destination')}</th>
                  <th scope="col">{t('customer')}</th>
                  <th scope="col">{t('status')}</th>
                  <th scope="col" class="num">{t('attempts')}</th>
                  <th scope="col">{t('lastResult')}</th>
                  <th scope="col">{t('created')}</th>
                  <th scope="col"><span class="sr">{t('actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {d.map((x, i) => (
                  <Fragment key={x.id}>
                    <tr data-delivery={x.id} data-status={x.status} {...(i === pages.pageStart ? { 'data-page-start': '', tabIndex: -1 } : {})}>
                      <td data-label={t('destination')}>
                        <b>{x.destinationName ?? x.destinationId}</b>
                        {x.destinationDeleted && <div class="small" data-destination-deleted>{t('destinationDeleted')}</div>}
                        <div class="muted small">{[x.destinationKind && label('dest_', x.destinationKind), label('alert_', x.kind)].filter(Boolean).join(' · ')}</div>
                      </td>
                      <td data-label={t('customer')}><About delivery={x} /></td>
                      <td data-label={t('status')}><Badge value={x.status} /></td>
                      <td data-label={t('attempts')} class="num">{num(x.attempts)}</td>
                      <td data-label={t('lastResult')} class="clip"><Result status={x.lastStatus} problem={x.problem} error={x.lastError} /></td>
                      <td data-label={t('created')} class="when">{dateTime(x.createdAt)}</td>
                      <td class="row-actions-cell"><div class="row-actions stacked">
                        {(x.attemptsLog?.length ?? 0) > 0 && (
                          <button type="button" class="btn ghost small" aria-expanded={open === x.id} onClick={() => setOpen(open === x.id ? null : x.id)}>{t('attemptLog')}</button>
                        )}
                        {queued.has(x.id) ? <button type="button" class="btn small" aria-disabled="true">{t('replayQueued')}</button>
                          // A deleted destination's delivery can never be replayed (the API answers 409).
                          : (x.status === 'failed' || x.status === 'dead') && !x.destinationDeleted && (
                            <button type="button" class="btn small" aria-disabled={busy === x.id} onClick={() => replay(x)}>{t('replay')}</button>
                          )}
                      </div></td>
                    </tr>
                    {open === x.id && (
                      <tr class="log-row">
                        <td colSpan={7}>
                          <ol class="attempts">
                            {(x.attemptsLog ?? []).map((l, j) => {
                              const said = resultParts(l.statusCode, l.problem, l.error)[1]
                              return (
                                <li key={j}>
                                  <time>{dateTime(l.at)}</time>
                                  <span>{l.statusCode ? `HTTP ${l.statusCode}` : t('noAnswer')}</span>
                                  {l.durationMs !== null && <span class="muted">{num(l.durationMs)} ms</span>}
                                  {said && <span class="bad-text">{said}</span>}
                                </li>
                              )
                            })}
                          </ol>
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table></div>
            <PageFoot pages={pages} shown={d.length} />
          </section>
        )}
      </Show>
    </>
  )
}

interface BulkReplay { queued: number; skipped: { destinationDisabled: number; destinationDeleted: number }; more: boolean }

/** "12 queued again; 3 left: their destination is paused", and whether to press again. */
function bulkReplayText(r: BulkReplay): string {
  const held = r.skipped.destinationDisabled + r.skipped.destinationDeleted
  return [t('bulkQueued', { n: r.queued }), held ? t('bulkHeld', { n: held }) : '', r.more ? t('bulkMore') : ''].filter(Boolean).join(' ')
}

/** Whom the delivery's alert is about: the customer (linked), why it fired, what they wrote. */
function About({ delivery }: { delivery: Delivery }) {
  if (delivery.kind === 'digest') return <span class="muted">{t('digestAbout')}</span>
  const a = delivery.about
  if (!a?.customerId && !a?.trigger) return <span class="muted">–</span>
  const said = excerpt(a.comment)
  const why = triggerText(delivery.kind, a)
  return (
    <>
      {a.customerId ? <Link to={`/customers/${encodeURIComponent(a.customerId)}`} class="strong">{a.customerName ?? a.customerId}</Link> : <span class="muted">–</span>}
      {a.customerName && a.customerId && <span class="muted small"> {a.customerId}</span>}
      {(why || said) && (
        <div class="muted small">
          {why}{why && said && ' · '}{said && <q>{said}</q>}
        </div>
      )}
    </>
  )
}

/** "HTTP 410" once, then what else went wrong, in the reader's words (dates in their locale). */
function Result({ status, problem, error }: { status: number | null; problem: Delivery['problem']; error: string | null }) {
  const [head, rest] = resultParts(status, problem, error)
  return <>{head}{head && rest && ' '}{rest && <span class="muted">{rest}</span>}</>
}
