// Sites where the widget runs: public key and the origins allowed to use it.
import { useState } from 'preact/hooks'
import { ApiError, api } from '../lib/api.ts'
import { useApi } from '../lib/use-api.ts'
import { parseList } from '../lib/taxonomy.ts'
import type { List, Site } from '../lib/types.ts'
import { t } from '../i18n/index.ts'
import { Empty, Show } from './States.tsx'
import { CopyButton } from './CopyButton.tsx'

export function Sites() {
  const state = useApi<List<Site>>('/v1/sites')
  const [editing, setEditing] = useState<string | null>(null)
  const [origins, setOrigins] = useState('')
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn()
      setError(null)
      setEditing(null)
      state.reload()
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err))
    }
  }
  return (
    <section class="card">
      <h2>{t('sites')}</h2>
      <p class="muted">{t('sitesHint')}</p>
      <Show state={state}>
        {(d) => d.data.length === 0 ? <Empty title={t('nothingYet')} /> : (
          <ul class="site-list">
            {d.data.map((s) => (
              <li key={s.id}>
                <div class="site-head">
                  <b>{s.name}</b> <code>{s.siteKey}</code> <CopyButton text={s.siteKey} />
                </div>
                {editing === s.id ? (
                  <form class="inline-form" onSubmit={(e) => (e.preventDefault(), run(() => api('PATCH', `/v1/sites/${encodeURIComponent(s.id)}`, { allowedOrigins: parseList(origins, 'comma') })))}>
                    <textarea aria-label={t('allowedOrigins')} rows={3} value={origins} onInput={(e) => setOrigins(e.currentTarget.value)} />
                    <button type="submit" class="btn small primary">{t('save')}</button>
                    <button type="button" class="btn small ghost" onClick={() => setEditing(null)}>{t('cancel')}</button>
                  </form>
                ) : (
                  <div class="origins">
                    {s.allowedOrigins.map((o) => <span key={o} class="chip">{o}</span>)}
                    <button type="button" class="link-btn" onClick={() => (setEditing(s.id), setOrigins(s.allowedOrigins.join('\n')))}>{t('editOrigins')}</button>
                    <button type="button" class="link-btn danger" onClick={() => confirm(t('confirmDelete', { name: s.name })) && run(() => api('DELETE', `/v1/sites/${encodeURIComponent(s.id)}`))}>{t('delete')}</button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </Show>
      <form class="inline-form" onSubmit={(e) => (e.preventDefault(), run(() => api('POST', '/v1/sites', { name, allowedOrigins: parseList(origins, 'comma') })).then(() => setName('')))}>
        <input aria-label={t('siteName')} placeholder={t('siteName')} required value={name} onInput={(e) => setName(e.currentTarget.value)} />
        <input aria-label={t('allowedOrigins')} placeholder="https://app.example.com" required value={editing ? '' : origins} onInput={(e) => setOrigins(e.currentTarget.value)} />
        <button type="submit" class="btn small">{t('addSite')}</button>
      </form>
      {error && <p class="note error" role="alert">{error}</p>}
    </section>
  )
}
