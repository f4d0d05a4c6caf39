// Loading, empty and error states, and a wrapper that picks one for a loaded API path.
import type { ComponentChildren } from 'preact'
import type { Loaded } from '../lib/use-api.ts'
import { t } from '../i18n/index.ts'

export function Loading({ rows = 3 }: { rows?: number }) {
  return (
    <div class="loading" role="status" aria-label={t('loading')}>
      {Array.from({ length: rows }, (_, i) => <div key={i} class="skeleton" style={{ width: `${92 - i * 14}%` }} />)}
    </div>
  )
}

export function Empty({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="empty">
      <svg viewBox="0 0 48 48" width="40" height="40" aria-hidden="true"><rect x="8" y="12" width="32" height="24" rx="4" fill="none" stroke="currentColor" stroke-width="2" /><path d="M8 28h10l3 4h6l3-4h10" fill="none" stroke="currentColor" stroke-width="2" /></svg>
      <p class="empty-title">{title}</p>
      {children && <p class="muted">{children}</p>}
    </div>
  )
}

export function ErrorNote({ message, requestId }: { message: string; requestId?: string }) {
  return (
    <div class="note error" role="alert">
      {message}
      {requestId && <span class="muted"> · {t('requestId')} {requestId}</span>}
    </div>
  )
}

// Renders children with the data once loaded; a route not deployed yet reads as "no data yet".
export function Show<T>({ state, empty, rows, children }: { state: Loaded<T>; empty?: (d?: T) => boolean; rows?: number; children: (data: T) => ComponentChildren }) {
  if (state.error) {
    if (state.error.missing) return <Empty title={t('notAvailable')}>{t('notAvailableHint')}</Empty>
    if (state.error.status === 401) return null
    return <ErrorNote message={state.error.message} requestId={state.error.requestId} />
  }
  if (state.data === undefined) return <Loading rows={rows} />
  if (empty && empty(state.data)) return <Empty title={t('nothingYet')} />
  return <>{children(state.data)}</>
}
