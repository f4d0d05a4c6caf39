// Creates a destination or edits one: where it posts, which alerts it takes, digest, enabled.
import { useState } from 'preact/hooks'
import { api } from '../lib/api.ts'
import { refusalText } from '../lib/refusal.ts'
import { createBody, draftOf, emptyDraft, patchBody, type DestinationDraft } from '../lib/destination-form.ts'
import type { Destination } from '../lib/types.ts'
import { t, type Key } from '../i18n/index.ts'
import { DestinationFilters } from './DestinationFilters.tsx'

interface Props {
  /** Absent: a new destination. */
  destination?: Destination
  /** The workspace's topics, id → name, for the topic filter. */
  topicNames: Record<string, string>
  /** Called with what the API answered, or nothing when cancelled. */
  onDone(saved?: Destination): void
}

export function DestinationForm({ destination, topicNames, onDone }: Props) {
  const [draft, setDraft] = useState<DestinationDraft>(() => (destination ? draftOf(destination) : emptyDraft()))
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const set = (patch: Partial<DestinationDraft>) => setDraft((d) => ({ ...d, ...patch }))
  const zd = draft.kind === 'zendesk'
  const submit = async (e: Event) => {
    e.preventDefault()
    // The obvious mistake (ftp://, a bare host name) is said before sending; the server checks the rest.
    if (!zd && !webUrl(draft.url.trim())) return setError(t('urlScheme'))
    setBusy(true)
    setError(null)
    try {
      if (!destination) return onDone(await api<Destination>('POST', '/v1/destinations', createBody(draft)))
      const body = patchBody(destination, draft)
      onDone(Object.keys(body).length ? await api<Destination>('PATCH', `/v1/destinations/${encodeURIComponent(destination.id)}`, body) : destination)
    } catch (err) {
      setError(refusalText(err, (p) => (p.path === 'url' ? t('urlRefused', { m: p.message }) : null)))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form class="subform dest-form" onSubmit={submit} data-editing={destination?.id ?? 'new'}>
      <div class="form-grid">
        <label class="field">
          <span>{t('kind')}</span>
          <select value={draft.kind} disabled={!!destination} onChange={(e) => set({ kind: e.currentTarget.value as Destination['kind'] })}>
            {(['webhook', 'slack', 'zendesk'] as const).map((k) => <option key={k} value={k}>{t(`dest_${k}`)}</option>)}
          </select>
        </label>
        <label class="field">
          <span>{t('name')}</span>
          <input name="name" required maxLength={200} value={draft.name} onInput={(e) => set({ name: e.currentTarget.value })} />
        </label>
        {!zd && (
          <label class="field span2">
            <span>{t('url')}</span>
            <input name="url" required type="url" value={draft.url} placeholder="https://" onInput={(e) => set({ url: e.currentTarget.value })} />
          </label>
        )}
        {zd && (['subdomain', 'email', 'token'] as const).map((k) => (
          <label key={k} class="field">
            <span>{t(('zd_' + k) as Key)}</span>
            <input
              name={k}
              required={!destination || k !== 'token'}
              type={k === 'token' ? 'password' : k === 'email' ? 'email' : 'text'}
              value={draft.zendesk[k]}
              placeholder={destination && k === 'token' ? t('tokenKeep') : undefined}
              onInput={(e) => set({ zendesk: { ...draft.zendesk, [k]: e.currentTarget.value } })}
            />
          </label>
        ))}
      </div>
      <DestinationFilters draft={draft} set={set} topicNames={topicNames} />
      <div class="checks">
        <label class="check">
          <input type="checkbox" name="digest" checked={draft.digest} onChange={(e) => set({ digest: e.currentTarget.checked })} /> {t('digestInstead')}
        </label>
        {destination && (
          <label class="check">
            <input type="checkbox" name="enabled" checked={draft.enabled} onChange={(e) => set({ enabled: e.currentTarget.checked })} /> {t('destinationEnabled')}
          </label>
        )}
      </div>
      {error && <p class="note error" role="alert">{error}</p>}
      <div class="row-actions">
        <button type="submit" class="btn primary small" disabled={busy}>{destination ? t('saveChanges') : t('create')}</button>
        <button type="button" class="btn ghost small" onClick={() => onDone()}>{t('cancel')}</button>
      </div>
    </form>
  )
}

function webUrl(s: string): boolean {
  try {
    return /^https?:$/.test(new URL(s).protocol)
  } catch {
    return false
  }
}
