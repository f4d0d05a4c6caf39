// Identity verification for the whole workspace (its customers are the workspace's, whichever site
// names them): on, rotate, off. A new secret is shown once; the API never returns it again.
import { useState } from 'preact/hooks'
import { ApiError, api } from '../lib/api.ts'
import { useApi } from '../lib/use-api.ts'
import { t } from '../i18n/index.ts'
import { Show } from './States.tsx'
import { CopyButton } from './CopyButton.tsx'

type Made = { identitySecret: string; previousValidUntil: number | null }
const PATH = '/v1/workspace/identity-secret'

export function IdentityVerification() {
  const state = useApi<{ identityVerification: boolean }>('/v1/workspace')
  const [secret, setSecret] = useState<Made | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // One request at a time: a double click must not rotate twice.
  const act = async (ask: string, fn: () => Promise<unknown>) => {
    if (busy || !confirm(ask)) return
    setBusy(true)
    try {
      await fn()
      setError(null)
      state.reload()
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <section class="card">
      <h2>{t('identityTitle')}</h2>
      <p class="muted">{t('identityHint')}</p>
      <Show state={state}>
        {(w) => (
          <div class="identity">
            <span class={w.identityVerification ? 'badge ok' : 'chip'}>{t(w.identityVerification ? 'identityOn' : 'identityOff')}</span>
            <button type="button" class="btn small" disabled={busy} onClick={() => act(t(w.identityVerification ? 'confirmIdentityRotate' : 'confirmIdentityOn'), async () => setSecret(await api<Made>('POST', PATH)))}>
              {t(w.identityVerification ? 'rotateSecret' : 'turnOn')}
            </button>
            {w.identityVerification && <button type="button" class="link-btn danger" disabled={busy} onClick={() => act(t('confirmIdentityOff'), async () => { await api('DELETE', PATH); setSecret(null) })}>{t('turnOff')}</button>}
          </div>
        )}
      </Show>
      {secret && (
        <p class="note" role="status">
          <code>{secret.identitySecret}</code> <CopyButton text={secret.identitySecret} /> {t('secretOnce')}{secret.previousValidUntil !== null && ' ' + t('secretReplaced')}
        </p>
      )}
      {error && <p class="note error" role="alert">{error}</p>}
    </section>
  )
}
