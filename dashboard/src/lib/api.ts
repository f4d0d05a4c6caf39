// Same-origin calls to the Stayloop API, authorised by the session cookie. A 401 anywhere sends
// the app back to sign-in; other errors carry the API's { error: { code, message, requestId } }.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
    /** Seconds, from a Retry-After header. */
    readonly retryAfter?: number,
    /** The API's `error.details`, e.g. each bad row of an uploaded file. */
    readonly details?: unknown,
  ) {
    super(message)
  }
  // The route is not deployed yet (a part still being built): pages show an empty state.
  get missing(): boolean {
    return this.status === 404 && this.code === 'not_found' && this.message.startsWith('No route')
  }
}

let onUnauthorized: () => void = () => {}
export function setUnauthorizedHandler(fn: () => void) {
  onUnauthorized = fn
}

// A body is sent as JSON, or as written when it is a Blob (a file, with the Blob's type).
export async function api<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  let res: Response
  const raw = body instanceof Blob
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': raw ? body.type : 'application/json' },
      body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
    })
  } catch {
    throw new ApiError(0, 'network', 'The server could not be reached')
  }
  if (res.status === 204) return null as T
  const json = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string; requestId?: string; details?: unknown } } | null
  if (!res.ok) {
    const e = json?.error ?? {}
    const retryAfter = Number(res.headers.get('retry-after')) || undefined
    const err = new ApiError(res.status, e.code ?? 'http_' + res.status, e.message ?? res.statusText, e.requestId, retryAfter, e.details)
    if (res.status === 401 && !path.startsWith('/v1/sessions')) onUnauthorized()
    throw err
  }
  return json as T
}

// Reads are retried when the server says it is briefly unavailable (503, e.g. storage busy while
// a large import is analysed) or the connection drops: a few tries, waiting as told, at most 10 s.
export const RETRY_DELAYS_MS = [1000, 2000, 4000]

export async function get<T>(path: string, delays: readonly number[] = RETRY_DELAYS_MS): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await api<T>('GET', path)
    } catch (err) {
      const retryable = err instanceof ApiError && (err.status === 503 || err.code === 'network')
      if (!retryable || attempt >= delays.length) throw err
      const wait = Math.min(10_000, Math.max(delays[attempt], (err.retryAfter ?? 0) * 1000))
      await new Promise((r) => setTimeout(r, wait))
    }
  }
}

// Query string from a filter object, leaving out empty values.
export function qs(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v))
  const s = q.toString()
  return s ? '?' + s : ''
}
