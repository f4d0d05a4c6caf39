// An API refusal in the reader's words. A form names what it knows about a field (the topic by
// its name, the URL); anything else reads "Not saved:" with the server's text, never a bare
// field path such as `topics.10.keywords.0`.
import { ApiError } from './api.ts'
import { t } from '../i18n/index.ts'

/** One entry of an invalid_request's `details` (worker/lib/body.ts validate). */
export interface Problem { path: string; message: string }

export function refusalText(err: unknown, say: (p: Problem) => string | null): string {
  const raw = err instanceof Error ? err.message : String(err)
  const details = err instanceof ApiError && Array.isArray(err.details) ? (err.details as Partial<Problem>[]) : []
  const p = details.find((d) => typeof d?.path === 'string' && typeof d.message === 'string') as Problem | undefined
  return (p && say(p)) || t('notSaved', { m: p ? p.message : raw })
}
