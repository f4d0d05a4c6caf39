// Loads one API path for a component: loading, data, error, and a reload.
import { useCallback, useEffect, useState } from 'preact/hooks'
import { ApiError, get } from './api.ts'

export interface Loaded<T> {
  data: T | undefined
  error: ApiError | undefined
  loading: boolean
  reload(): void
}

export function useApi<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<{ path: string | null; data?: T; error?: ApiError; loading: boolean }>({ path, loading: !!path })
  const [tick, setTick] = useState(0)
  useEffect(() => {
    if (!path) return
    let live = true
    setState((s) => ({ path, data: s.path === path ? s.data : undefined, loading: true }))
    get<T>(path).then(
      (data) => live && setState({ path, data, loading: false }),
      (error: unknown) => live && setState({ path, error: error instanceof ApiError ? error : new ApiError(0, 'client', String(error)), loading: false }),
    )
    return () => {
      live = false
    }
  }, [path, tick])
  const reload = useCallback(() => setTick((t) => t + 1), [])
  return { data: state.path === path ? state.data : undefined, error: state.error, loading: state.loading, reload }
}
