// History routing under /app/: the worker answers every /app/* path with index.html.
import { useEffect, useState } from 'preact/hooks'

export const BASE = '/app'
const EVENT = 'stayloop:navigate'

export interface Route {
  // Path inside the app, always starting with "/": "/", "/themes", "/customers/cust_1".
  path: string
  query: URLSearchParams
}

export function currentRoute(): Route {
  let path = location.pathname.startsWith(BASE) ? location.pathname.slice(BASE.length) : location.pathname
  if (!path.startsWith('/')) path = '/' + path
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1)
  return { path, query: new URLSearchParams(location.search) }
}

export function href(to: string): string {
  return BASE + (to.startsWith('/') ? to : '/' + to)
}

export function navigate(to: string, replace = false) {
  const url = href(to)
  if (url === location.pathname + location.search) return
  history[replace ? 'replaceState' : 'pushState'](null, '', url)
  dispatchEvent(new Event(EVENT))
  if (!replace) scrollTo(0, 0)
}

export function useRoute(): Route {
  const [route, setRoute] = useState(currentRoute)
  useEffect(() => {
    const update = () => setRoute(currentRoute())
    addEventListener('popstate', update)
    addEventListener(EVENT, update)
    return () => {
      removeEventListener('popstate', update)
      removeEventListener(EVENT, update)
    }
  }, [])
  return route
}

// Matches "/customers/:id" against a path; params are URI-decoded.
export function match(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/')
  const a = path.split('/')
  if (p.length !== a.length) return null
  const params: Record<string, string> = {}
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith(':')) {
      try {
        params[p[i].slice(1)] = decodeURIComponent(a[i])
      } catch {
        return null
      }
    } else if (p[i] !== a[i]) return null
  }
  return params
}

// The current path with some query parameters changed (empty values removed).
export function withQuery(path: string, query: URLSearchParams, patch: Record<string, string | undefined | null>): string {
  const q = new URLSearchParams(query)
  for (const [k, v] of Object.entries(patch)) v === undefined || v === null || v === '' ? q.delete(k) : q.set(k, v)
  const s = q.toString()
  return path + (s ? '?' + s : '')
}
