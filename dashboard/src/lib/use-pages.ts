// Keyset pages of one API list: the first page, then "Load more" appends the next until
// nextCursor runs out. Another path (a new filter) starts again from its first page.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks'
import { ApiError, get } from './api.ts'
import type { List } from './types.ts'
import type { Loaded } from './use-api.ts'

export interface Pages<T> {
  /** The rows so far, as a Loaded for <Show>. */
  state: Loaded<T[]>
  total: number | undefined
  more: boolean
  busy: boolean
  /** A failed "Load more"; the rows loaded before it stay. */
  moreError: ApiError | undefined
  /** Index of the first row "Load more" added last, where keyboard focus goes next. */
  pageStart: number | null
  loadMore(): void
  /** Rows changed here (a replay), without reading every page again. */
  update(fn: (rows: T[]) => T[]): void
}

interface State<T> {
  rows?: T[]
  total?: number
  cursor: string | null
  error?: ApiError
  moreError?: ApiError
  busy: boolean
  pageStart: number | null
}

const asApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'client', String(e)))
const withCursor = (path: string, cursor: string) => `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`

export function usePages<T>(path: string): Pages<T> {
  const [s, setS] = useState<State<T>>({ cursor: null, busy: true, pageStart: null })
  const [tick, setTick] = useState(0)
  // Answers for an earlier path or reload are dropped when they land late.
  const live = useRef('')
  const shownPath = useRef(path)
  useEffect(() => {
    const token = (live.current = `${path}#${tick}`)
    // A refresh keeps the rows on screen until the new first page is in; a new filter does not.
    const same = shownPath.current === path
    shownPath.current = path
    setS((x) => ({ ...(same ? x : { cursor: null, pageStart: null }), error: undefined, moreError: undefined, busy: true }))
    get<List<T>>(path).then(
      (page) => live.current === token && setS({ rows: page.data, total: page.total, cursor: page.nextCursor ?? null, busy: false, pageStart: null }),
      (e: unknown) => live.current === token && setS({ cursor: null, busy: false, pageStart: null, error: asApiError(e) }),
    )
  }, [path, tick])
  const reload = useCallback(() => setTick((n) => n + 1), [])
  const loadMore = () => {
    if (s.busy || !s.cursor) return
    const token = live.current
    setS((x) => ({ ...x, busy: true, moreError: undefined }))
    get<List<T>>(withCursor(path, s.cursor)).then(
      (page) => live.current === token && setS((x) => ({
        rows: [...(x.rows ?? []), ...page.data], total: page.total ?? x.total, cursor: page.nextCursor ?? null, busy: false, pageStart: x.rows?.length ?? 0,
      })),
      (e: unknown) => live.current === token && setS((x) => ({ ...x, busy: false, moreError: asApiError(e) })),
    )
  }
  const update = (fn: (rows: T[]) => T[]) => setS((x) => (x.rows ? { ...x, rows: fn(x.rows) } : x))
  return {
    state: { data: s.rows, error: s.error, loading: s.busy, reload },
    total: s.total, more: !!s.cursor, busy: s.busy, moreError: s.moreError, pageStart: s.pageStart, loadMore, update,
  }
}
