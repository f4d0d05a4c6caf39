// Same-origin calls to the Stayloop API, authorised by the session cookie. A 401 anywhere sends
// the app back to sign-in; other errors carry the API's { error: { code, message, requestId } }.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
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

export async function api<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  let res: Response
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch {
    throw new ApiError(0, 'network', 'The server could not be reached')
  }
  if (res.status === 204) return null as T
  const json = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string; requestId?: string } } | null
  if (!res.ok) {
    const e = json?.error ?? {}
    const err = new ApiError(res.status, e.code ?? 'http_' + res.status, e.message ?? res.statusText, e.requestId)
    if (res.status === 401 && !path.startsWith('/v1/sessions')) onUnauthorized()
    throw err
  }
  return json as T
}

export const get = <T>(path: string) => api<T>('GET', path)

// Query string from a filter object, leaving out empty values.
export function qs(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v))
  const s = q.toString()
  return s ? '?' + s : ''
}
