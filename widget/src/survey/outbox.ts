// Every send is written to localStorage first and retried with backoff until the server answers
// 2xx or a permanent 4xx, across page reloads. Sends with the same key (a response id or display
// id) merge into one item, so partial answer, comment and "finished" never become two rows.
import { outboxKey } from '../shared/keys.ts'
import { fitBody } from './payload.ts'
import { warnOnce } from '../shared/api-limits.ts'

export interface OutboxItem {
  key: string
  path: string
  body: Record<string, unknown>
  // Bumped on every merge: a reply only clears the item if nothing was added meanwhile.
  v: number
  tries: number
  due: number
}

export interface OutboxDeps {
  storage: Storage
  fetch: typeof fetch
  now: () => number
  setTimer: (fn: () => void, ms: number) => unknown
  beacon?: (url: string, body: string) => boolean
}

const MAX_DELAY = 5 * 60e3

// 1 s, 2 s, 4 s ... capped at 5 minutes; Retry-After (seconds) wins when the server sends it.
export function backoff(tries: number, retryAfter?: string | null): number {
  const s = Number(retryAfter)
  return retryAfter && s >= 0 ? s * 1e3 : Math.min(MAX_DELAY, 1e3 * 2 ** (tries - 1))
}

export const isPermanent = (status: number) => status >= 400 && status < 500 && status != 408 && status != 429

export class Outbox {
  private _inFlight = new Set<string>()
  private _timer = false

  constructor(private _host: string, private _site: string, private _deps: OutboxDeps) {}

  items(): OutboxItem[] {
    try {
      return JSON.parse(this._deps.storage.getItem(outboxKey(this._site))!) || []
    } catch {
      return []
    }
  }

  private _save(items: OutboxItem[]) {
    const key = outboxKey(this._site)
    try {
      // The loader only looks for the key, so an empty outbox leaves none.
      items.length ? this._deps.storage.setItem(key, JSON.stringify(items)) : this._deps.storage.removeItem(key)
    } catch {
      // Storage full or blocked: the in-memory send below still runs once.
    }
  }

  // Always re-read storage before changing it: another tab may have written meanwhile.
  private _update(fn: (items: OutboxItem[]) => OutboxItem[]) {
    const items = fn(this.items())
    this._save(items)
    return items
  }

  enqueue(key: string, path: string, body: Record<string, unknown>): void {
    this._update((items) => {
      const old = items.find((i) => i.key == key)
      // Fitted after merging: the merged body is what goes out.
      if (old) Object.assign(old, { body: fitBody({ ...old.body, ...body }), v: old.v + 1, due: this._deps.now() })
      else items.push({ key, path, body: fitBody(body), v: 0, tries: 0, due: this._deps.now() })
      return items
    })
    this.flush()
  }

  url(path: string) {
    return this._host + '/v1/sites/' + this._site + path
  }

  // Sends every due item not already in flight; resolves when those replies are handled.
  flush(): Promise<void> {
    const now = this._deps.now()
    const due = this.items().filter((i) => i.due <= now && !this._inFlight.has(i.key))
    return Promise.all(due.map((item) => this._send(item))).then(() => this._schedule())
  }

  private async _send(item: OutboxItem) {
    this._inFlight.add(item.key)
    let status = 0
    let retryAfter: string | null = null
    try {
      // text/plain JSON: no CORS preflight, same body sendBeacon would carry.
      const res = await this._deps.fetch(this.url(item.path), { method: 'POST', body: JSON.stringify(item.body), keepalive: true })
      status = res.status
      retryAfter = res.headers.get('retry-after')
    } catch {
      // Offline or blocked: retried below like a 5xx.
    }
    this._inFlight.delete(item.key)
    this._update((items) => {
      const cur = items.find((i) => i.key == item.key)
      if (!cur) return items
      // Identity not verified (a wrong or stale hash): the answer is kept, sent again without who gave it.
      if (status == 403 && cur.body.customer) {
        delete cur.body.customer
        delete cur.body.hash
        cur.due = this._deps.now()
        warnOnce('identity refused (403): answer sent anonymously')
        return items
      }
      if ((status >= 200 && status < 300) || isPermanent(status)) {
        // Done (or never acceptable); if more fields were merged meanwhile, send those next.
        if (cur.v == item.v) return items.filter((i) => i !== cur)
        cur.tries = 0
        cur.due = this._deps.now()
      } else {
        cur.tries++
        cur.due = this._deps.now() + backoff(cur.tries, retryAfter)
      }
      return items
    })
  }

  private _schedule() {
    const items = this.items().filter((i) => !this._inFlight.has(i.key))
    if (!items.length || this._timer) return
    const wait = Math.max(0, Math.min(...items.map((i) => i.due)) - this._deps.now())
    this._timer = true
    this._deps.setTimer(() => {
      this._timer = false
      this.flush()
    }, wait)
  }

  // On pagehide: hand everything to the browser. Items stay stored, so the next page re-sends
  // them once more; the server treats a repeat of the same id as the same row.
  beacon(): void {
    const send = this._deps.beacon
    if (send) for (const i of this.items()) send(this.url(i.path), JSON.stringify(i.body))
  }
}
