// Where alerts go: signed webhooks, Slack, Zendesk. Create, edit filters, pause, test, rotate a
// webhook's secret, remove. A secret is shown once, in the answer that made it, and never again.
import { useState } from 'preact/hooks'
import { api } from '../lib/api.ts'
import { useApi } from '../lib/use-api.ts'
import { useTopicNames } from '../lib/topics.ts'
import { dateTime } from '../lib/format.ts'
import { valueTierText } from '../lib/value-tier.ts'
import type { DeliveryProblem, Destination, List } from '../lib/types.ts'
import { t, type Key } from '../i18n/index.ts'
import { Empty, Show } from './States.tsx'
import { Badge } from './Badge.tsx'
import { DestinationForm } from './DestinationForm.tsx'
import { SecretOnce } from './SecretOnce.tsx'
import { problemText } from './alerts/labels.ts'

type Action = 'test' | 'toggle' | 'delete' | 'rotate'

export function Destinations() {
  const state = useApi<List<Destination>>('/v1/destinations')
  // 'new', a destination id being edited, or nothing.
  const [editing, setEditing] = useState<string | null>(null)
  const [secret, setSecret] = useState<{ id: string; secret: string; previousUntil: number | null } | null>(null)
  const [results, setResults] = useState<Record<string, { ok: boolean; text: string }>>({})
  const topicNames = useTopicNames()
  const say = (id: string, ok: boolean, text: string) => setResults((r) => ({ ...r, [id]: { ok, text } }))
  const act = async (d: Destination, what: Action) => {
    const path = `/v1/destinations/${encodeURIComponent(d.id)}`
    try {
      if (what === 'test') {
        const r = await api<{ ok: boolean; status: number | null; problem?: DeliveryProblem }>('POST', `${path}/test`)
        // No answer at all: why (a timeout, a network error) in the reader's words.
        return say(d.id, r.ok, r.ok ? t('testOk', { s: r.status ?? '' }) : r.status === null && r.problem ? problemText(r.problem) : t('testFailed', { s: r.status ?? '–' }))
      }
      if (what === 'delete') {
        if (!confirm(t('confirmDelete', { name: d.name }))) return
        await api('DELETE', path)
      } else if (what === 'rotate') {
        if (!confirm(t('confirmRotate', { name: d.name }))) return
        const r = await api<Destination>('PATCH', path, { rotateSecret: true })
        if (r.secret) setSecret({ id: d.id, secret: r.secret, previousUntil: r.previousSecretExpiresAt ?? null })
      } else await api('PATCH', path, { enabled: d.enabled === false })
      state.reload()
    } catch (e) {
      say(d.id, false, e instanceof Error ? e.message : String(e))
    }
  }
  const saved = (created?: Destination) => {
    setEditing(null)
    if (!created) return
    if (created.secret) setSecret({ id: created.id, secret: created.secret, previousUntil: null })
    state.reload()
  }
  return (
    <section class="card" aria-labelledby="dest-h">
      <div class="card-head">
        <h2 id="dest-h">{t('destinations')}</h2>
        {editing !== 'new' && <button type="button" class="btn small" onClick={() => setEditing('new')}>{t('addDestination')}</button>}
      </div>
      {secret && <SecretOnce {...secret} onDone={() => setSecret(null)} />}
      {editing === 'new' && <DestinationForm topicNames={topicNames} onDone={saved} />}
      <Show state={state}>
        {(d) => d.data.length === 0 ? <Empty title={t('noDestinations')}>{t('noDestinationsHint')}</Empty> : (
          <ul class="dest-list">
            {d.data.map((x) => editing === x.id ? (
              <li key={x.id} data-destination={x.id} class="editing"><DestinationForm destination={x} topicNames={topicNames} onDone={saved} /></li>
            ) : (
              <li key={x.id} data-destination={x.id}>
                <div class="dest-main">
                  <b>{x.name}</b> <span class="chip">{t(('dest_' + x.kind) as Key)}</span>
                  {x.enabled === false && <Badge value="paused" label={t('paused')} />}
                  {x.digest && <span class="chip">{t('dailyDigest')}</span>}
                  <div class="muted small clip">{x.url}</div>
                  <FilterSummary d={x} topicNames={topicNames} />
                  {x.enabled === false && (x.disabled || x.disabledReason) && <div class="bad-text small">{x.disabled ? problemText(x.disabled) : x.disabledReason}</div>}
                  {x.previousSecretExpiresAt && x.previousSecretExpiresAt > Date.now() && (
                    <div class="muted small">{t('previousSecretUntil', { d: dateTime(x.previousSecretExpiresAt) })}</div>
                  )}
                </div>
                <div class="row-actions">
                  <button type="button" class="btn small" onClick={() => act(x, 'test')}>{t('sendTest')}</button>
                  <button type="button" class="btn ghost small" onClick={() => setEditing(x.id)}>{t('edit')}</button>
                  {x.kind === 'webhook' && <button type="button" class="btn ghost small" onClick={() => act(x, 'rotate')}>{t('rotateSecret')}</button>}
                  <button type="button" class="btn ghost small" onClick={() => act(x, 'toggle')}>{x.enabled === false ? t('enable') : t('pause')}</button>
                  <button type="button" class="btn ghost small danger" onClick={() => act(x, 'delete')}>{t('delete')}</button>
                </div>
                {results[x.id] && <p class={`note ${results[x.id].ok ? 'ok' : 'error'}`} role="status">{results[x.id].text}</p>}
              </li>
            ))}
          </ul>
        )}
      </Show>
    </section>
  )
}

// The filters in words: "every alert" when none is set.
function FilterSummary({ d, topicNames }: { d: Destination; topicNames: Record<string, string> }) {
  const f = d.filters ?? {}
  const parts = [
    ...(f.kinds ?? []).map((k) => t(('alert_' + k) as Key)),
    ...(f.minSeverity ? [t('severityAtLeast', { s: t(('sev_' + f.minSeverity) as Key) })] : []),
    ...(f.tiers ?? []).map((k) => t('tierN', { t: t(('v_' + k) as Key) })),
    ...(f.topics ?? []).map((k) => topicNames[k] ?? k),
    ...(f.valueTiers ?? []).map(valueTierText),
  ]
  return <div class="muted small dest-filters-line" data-filters>{parts.length ? parts.join(' · ') : t('everyAlert')}</div>
}
