// Settings: churn definition, risk tiers, retention, sites and origins, secret keys, destinations.
import { useEffect, useState } from 'preact/hooks'
import { ApiError, api } from '../lib/api.ts'
import { setWorkspaceZone } from '../lib/period.ts'
import { useApi } from '../lib/use-api.ts'
import { date } from '../lib/format.ts'
import type { ChurnOnSilence, List, Site, WorkspaceSettings } from '../lib/types.ts'
import { LANGS, isLang, t } from '../i18n/index.ts'
import { PageHead } from '../components/Layout.tsx'
import { Empty, Show } from '../components/States.tsx'
import { CopyButton } from '../components/CopyButton.tsx'
import { Destinations } from '../components/Destinations.tsx'
import { Text } from '../components/survey/LocaleFields.tsx'
import { Sites } from '../components/Sites.tsx'
import { IdentityVerification } from '../components/IdentityVerification.tsx'
import { Backtest } from '../components/Backtest.tsx'

export function Settings() {
  return (
    <>
      <PageHead title={t('navSettings')} sub={t('settingsSub')} />
      <WorkspaceForm />
      <Sites />
      <IdentityVerification />
      <Keys />
      <Destinations />
    </>
  )
}

const EDITABLE = ['churnInactiveDays', 'churnOnSilence', 'recontactDays', 'defaultLocale', 'timezone', 'riskThresholds', 'highValueRevenue', 'alertCooldownHours', 'retentionDays', 'weeklyCallCapacity'] as const

const SILENCE_LABEL = { auto: 'silenceAuto', always: 'silenceAlways', never: 'silenceNever' } as const

// Only what a person edits here goes back: the API refuses read-only keys (flags, secrets set).
export function editableSettings(settings: WorkspaceSettings): Record<string, unknown> {
  const s = settings as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const k of EDITABLE) if (s[k] !== undefined && !(typeof s[k] === 'number' && Number.isNaN(s[k]))) out[k] = s[k]
  return out
}

// The thresholds must order high above medium, both within 0–100.
export function thresholdsValid(th: { high: number; medium: number } | undefined): boolean {
  return !th || (th.medium >= 0 && th.high <= 100 && th.medium < th.high)
}

function WorkspaceForm() {
  const state = useApi<{ id: string; name: string; settings: WorkspaceSettings }>('/v1/workspace')
  const [s, setS] = useState<WorkspaceSettings | null>(null)
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null)
  useEffect(() => {
    if (state.data) setS(state.data.settings)
  }, [state.data])
  const n = (v: string) => (v.trim() === '' ? undefined : Number(v))
  const save = async (e: Event) => {
    e.preventDefault()
    try {
      const res = await api<{ settings: WorkspaceSettings }>('PATCH', '/v1/workspace', { settings: editableSettings(s ?? {}) })
      if (res?.settings) (setS(res.settings), setWorkspaceZone(res.settings.timezone))
      setMsg({ ok: true, text: t('settingsSaved') })
    } catch (err) {
      setMsg({ ok: false, text: err instanceof ApiError ? err.message : String(err) })
    }
  }
  const th = s?.riskThresholds
  return (
    <section class="card">
      <h2>{t('workspace')}</h2>
      <Show state={state}>
        {() => s && (
          <form onSubmit={save}>
            <div class="form-grid three">
              <Text type="number" label={t('churnInactiveDays')} value={s.churnInactiveDays} onInput={(v) => setS({ ...s, churnInactiveDays: n(v) })} />
              <label class="field">
                <span>{t('churnOnSilence')}</span>
                <select value={s.churnOnSilence ?? 'auto'} onChange={(e) => setS({ ...s, churnOnSilence: e.currentTarget.value as ChurnOnSilence })}>
                  {(['auto', 'always', 'never'] as const).map((v) => <option key={v} value={v}>{t(SILENCE_LABEL[v])}</option>)}
                </select>
              </label>
              <Text type="number" label={t('recontactDays')} value={s.recontactDays} onInput={(v) => setS({ ...s, recontactDays: n(v) })} />
              <Text type="number" label={t('retentionDays')} value={s.retentionDays ?? ''} onInput={(v) => setS({ ...s, retentionDays: v.trim() === '' ? null : Number(v) })} />
              <Text type="number" label={t('thresholdHigh')} value={th?.high} onInput={(v) => setS({ ...s, riskThresholds: { medium: th?.medium ?? 40, high: Number(v) } })} />
              <Text type="number" label={t('thresholdMedium')} value={th?.medium} onInput={(v) => setS({ ...s, riskThresholds: { high: th?.high ?? 70, medium: Number(v) } })} />
              <Text type="number" label={t('highValueRevenue')} value={s.highValueRevenue} onInput={(v) => setS({ ...s, highValueRevenue: n(v) })} />
              <Text type="number" label={t('alertCooldownHours')} value={s.alertCooldownHours} onInput={(v) => setS({ ...s, alertCooldownHours: n(v) })} />
              <Text type="number" label={t('weeklyCallCapacity')} value={s.weeklyCallCapacity} onInput={(v) => setS({ ...s, weeklyCallCapacity: n(v) })} />
              <label class="field">
                <span>{t('defaultLocale')}</span>
                <select value={s.defaultLocale} onChange={(e) => setS({ ...s, defaultLocale: e.currentTarget.value })}>
                  {[...LANGS.map((l): [string, string] => [l.id, l.label]), ...(s.defaultLocale && !isLang(s.defaultLocale) ? [[s.defaultLocale, s.defaultLocale] as [string, string]] : [])]
                    .map(([id, label]) => <option key={id} value={id}>{label}</option>)}
                </select>
              </label>
              <label class="field">
                <span>{t('timezone')}</span>
                <select value={s.timezone} onChange={(e) => setS({ ...s, timezone: e.currentTarget.value })}>
                  {timeZones(s.timezone).map((z) => <option key={z} value={z}>{z}</option>)}
                </select>
              </label>
            </div>
            <p class="muted small">{t('churnDefinitionHint')} {t('retentionHint')} {t('timezoneHint')}</p>
            {!thresholdsValid(th) && <p class="bad-text small">{t('thresholdsInvalid')}</p>}
            <Backtest />
            {msg && <p class={`note ${msg.ok ? 'ok' : 'error'}`} role="status">{msg.text}</p>}
            <button type="submit" class="btn primary" disabled={!thresholdsValid(th)}>{t('saveSettings')}</button>
          </form>
        )}
      </Show>
    </section>
  )
}

/** The zones this browser knows, UTC first, and the saved one even if it does not know it. */
function timeZones(current: string | undefined): string[] {
  const known = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? []
  return [...new Set(['UTC', ...(current ? [current] : []), ...known])]
}

function Keys() {
  const state = useApi<List<{ id: string; name: string; prefix: string; createdAt: number; revokedAt: number | null }>>('/v1/keys')
  const [name, setName] = useState('')
  const [secret, setSecret] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const create = async (e: Event) => {
    e.preventDefault()
    try {
      const res = await api<{ secret?: string; secretKey?: string; key?: string }>('POST', '/v1/keys', { name })
      setSecret(res.secret ?? res.secretKey ?? res.key ?? null)
      setName('')
      state.reload()
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    }
  }
  const revoke = async (id: string, label: string) => {
    if (!confirm(t('confirmRevoke', { name: label }))) return
    await api('DELETE', `/v1/keys/${encodeURIComponent(id)}`).catch((err: unknown) => setError(String(err)))
    state.reload()
  }
  return (
    <section class="card">
      <h2>{t('secretKeys')}</h2>
      <p class="muted">{t('secretKeysHint')}</p>
      {secret && (
        <div class="note ok">
          {t('keyOnce')} <code class="secret">{secret}</code> <CopyButton text={secret} />
          <button type="button" class="link-btn" onClick={() => setSecret(null)}>{t('done')}</button>
        </div>
      )}
      <Show state={state}>
        {(d) => d.data.length === 0 ? <Empty title={t('nothingYet')} /> : (
          <ul class="key-list">
            {d.data.map((k) => (
              <li key={k.id} class={k.revokedAt ? 'revoked' : ''}>
                <b>{k.name}</b> <code>{k.prefix}…</code>
                <span class="muted small">{t('createdOn', { d: date(k.createdAt) })}{k.revokedAt ? ' · ' + t('revokedOn', { d: date(k.revokedAt) }) : ''}</span>
                {!k.revokedAt && <button type="button" class="btn ghost small danger" onClick={() => revoke(k.id, k.name)}>{t('revoke')}</button>}
              </li>
            ))}
          </ul>
        )}
      </Show>
      <form class="inline-form" onSubmit={create}>
        <input aria-label={t('keyName')} placeholder={t('keyName')} value={name} required maxLength={100} onInput={(e) => setName(e.currentTarget.value)} />
        <button type="submit" class="btn small">{t('createKey')}</button>
      </form>
      {error && <p class="note error" role="alert">{error}</p>}
    </section>
  )
}

export type { Site }
