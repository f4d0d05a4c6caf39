// Sign-in: the workspace's secret key is exchanged for an HttpOnly session cookie; the key itself
// is never stored by the app.
import { useState } from 'preact/hooks'
import { ApiError, api } from '../lib/api.ts'
import { t } from '../i18n/index.ts'
import { Brand } from '../components/Layout.tsx'

export interface Workspace {
  id: string
  name: string
}

export function SignIn({ onSignedIn }: { onSignedIn(w: Workspace): void }) {
  const [key, setKey] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async (e: Event) => {
    e.preventDefault()
    if (!key.trim()) return
    setBusy(true)
    setError(null)
    try {
      const res = await api<{ workspace: Workspace }>('POST', '/v1/sessions', { secretKey: key.trim() })
      setKey('')
      onSignedIn(res.workspace)
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? t('signInRefused') : err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <main class="signin">
      <form class="card signin-card" onSubmit={submit}>
        <Brand />
        <h1>{t('signInTitle')}</h1>
        <p class="muted">{t('signInHint')}</p>
        <label class="field">
          <span>{t('secretKey')}</span>
          <input name="secretKey" type="password" autoComplete="off" spellcheck={false} placeholder="sk_…" value={key} onInput={(e) => setKey(e.currentTarget.value)} required />
        </label>
        {error && <p class="note error" role="alert">{error}</p>}
        <button class="btn primary wide" type="submit" disabled={busy}>{busy ? t('signingIn') : t('signIn')}</button>
      </form>
    </main>
  )
}
