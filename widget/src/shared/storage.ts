// localStorage, or an in-memory stand-in when the browser refuses it (blocked site data,
// sandboxed frames): the widget still works on this page; throttling and unsent answers just
// do not outlive it.
export function pageStorage(): Storage {
  try {
    return localStorage
  } catch {
    const items: Record<string, string> = {}
    return { getItem: (k: string) => items[k] ?? null, setItem: (k: string, v: string) => (items[k] = v), removeItem: (k: string) => delete items[k] } as unknown as Storage
  }
}
