// Where alerts go: signed webhooks, Slack, Zendesk. Create, filter, pause, test, remove.
import { useState } from 'preact/hooks'
import { ApiError, api } from '../lib/api.ts'
import { useApi } from '../lib/use-api.ts'
import type { Destination, List } from '../lib/types.ts'
import { t, type Key } from '../i18n/index.ts'
import { Empty, Show } from './States.tsx'
import { Badge } from './Badge.tsx'
import { CopyButton } from './CopyButton.tsx'

export const ALERT_KINDS = ['detractor', 'negative_feedback', 'risk_escalated', 'exit', 'high_value_at_risk']

export function Destinations() {
  const state = useApi<List<Destination>>('/v1/destinations')
  const [adding, setAdding] = useState(false)
  const [secret, setSecret] = useState<string | null>(null)
  const [results, setResults] = useState<Record<string, { ok: boolean; text: string }>>({})
  const act = async (d: Destination, what: 'test' | 'toggle' | 'delete') => {
    try {
      if (what === 'test') {
        const r = await api<{ ok: boolean; status: number | null; body?: string }>('POST', `/v1/destinations/${encodeURIComponent(d.id)}/test`)
        setResults({ ...results, [d.id]: { ok: r.ok, text: r.ok ? t('testOk', { s: r.status ?? '' }) : t('testFailed', { s: r.status ?? '–' }) } })
        return
      }
      if (what === 'delete' && !confirm(t('confirmDelete', { name: d.name }))) return
      if (what === 'delete') await api('DELETE', `/v1/destinations/${encodeURIComponent(d.id)}`)
      else await api('PATCH', `/v1/destinations/${encodeURIComponent(d.id)}`, { enabled: d.enabled === false })
      state.reload()
    } catch (e) {
      setResults({ ...results, [d.id]: { ok: false, text: e instanceof Error ? e.message : String(e) } })
    }
  }
  return (
    <section class="card" aria-labelledby="dest-h">
      <div class="card-head">
        <h2 id="dest-h">{t('destinations')}</h2>
        {!adding && <button type="button" class="btn small" onClick={() => setAdding(true)}>{t('addDestination')}</button>}
      </div>
      {secret && (
        <div class="note ok">
          {t('webhookSecretOnce')} <code class="secret">{secret}</code> <CopyButton text={secret} />
          <button type="button" class="link-btn" onClick={() => setSecret(null)}>{t('done')}</button>
        </div>
      )}
      {adding && <NewDestination onDone={(created) => (setAdding(false), created && (created.secret && setSecret(created.secret), state.reload()))} />}
      <Show state={state}>
        {(d) => d.data.length === 0 ? <Empty title={t('noDestinations')}>{t('noDestinationsHint')}</Empty> : (
          <ul class="dest-list">
            {d.data.map((x) => (
              <li key={x.id} data-destination={x.id}>
                <div class="dest-main">
                  <b>{x.name}</b> <span class="chip">{t(('dest_' + x.kind) as Key)}</span>
                  {x.enabled === false && <Badge value="paused" label={t('paused')} />}
                  {x.digest && <span class="chip">{t('dailyDigest')}</span>}
                  <div class="muted small clip">{x.url}</div>
                  {x.filters?.kinds?.length ? <div class="muted small">{x.filters.kinds.map((k) => t(('alert_' + k) as Key)).join(', ')}</div> : null}
                </div>
                <div class="row-actions">
                  <button type="button" class="btn small" onClick={() => act(x, 'test')}>{t('sendTest')}</button>
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

function NewDestination({ onDone }: { onDone(created?: Destination): void }) {
  const [kind, setKind] = useState<Destination['kind']>('webhook')
  const [name, setName] = useState('')
  const [url, setUrl] = useState('')
  const [kinds, setKinds] = useState<string[]>([])
  const [digest, setDigest] = useState(false)
  const [zd, setZd] = useState({ subdomain: '', email: '', token: '' })
  const [error, setError] = useState<string | null>(null)
  const submit = async (e: Event) => {
    e.preventDefault()
    const body: Record<string, unknown> = { kind, name, url, digest, ...(kinds.length ? { filters: { kinds } } : {}) }
    if (kind === 'zendesk') Object.assign(body, zd)
    try {
      onDone(await api<Destination>('POST', '/v1/destinations', body))
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err))
    }
  }
  return (
    <form class="subform" onSubmit={submit}>
      <div class="form-grid">
        <label class="field">
          <span>{t('kind')}</span>
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as Destination['kind'])}>
            {(['webhook', 'slack', 'zendesk'] as const).map((k) => <option key={k} value={k}>{t(`dest_${k}`)}</option>)}
          </select>
        </label>
        <label class="field">
          <span>{t('name')}</span>
          <input required value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <label class="field span2">
          <span>{t('url')}</span>
          <input required type="url" value={url} placeholder="https://" onInput={(e) => setUrl(e.currentTarget.value)} />
        </label>
        {kind === 'zendesk' && (['subdomain', 'email', 'token'] as const).map((k) => (
          <label key={k} class="field">
            <span>{t(('zd_' + k) as Key)}</span>
            <input required type={k === 'token' ? 'password' : 'text'} value={zd[k]} onInput={(e) => setZd({ ...zd, [k]: e.currentTarget.value })} />
          </label>
        ))}
      </div>
      <fieldset>
        <legend>{t('alertKinds')}</legend>
        {ALERT_KINDS.map((k) => (
          <label key={k} class="pill">
            <input type="checkbox" checked={kinds.includes(k)} onChange={(e) => setKinds(e.currentTarget.checked ? [...kinds, k] : kinds.filter((x) => x !== k))} />
            {t(('alert_' + k) as Key)}
          </label>
        ))}
        <p class="muted small">{t('alertKindsHint')}</p>
      </fieldset>
      <label class="check">
        <input type="checkbox" checked={digest} onChange={(e) => setDigest(e.currentTarget.checked)} /> {t('digestInstead')}
      </label>
      {error && <p class="note error" role="alert">{error}</p>}
      <div class="row-actions">
        <button type="submit" class="btn primary small">{t('create')}</button>
        <button type="button" class="btn ghost small" onClick={() => onDone()}>{t('cancel')}</button>
      </div>
    </form>
  )
}
