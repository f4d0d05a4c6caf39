// Test fixtures: a fresh workspace per test (tests share one D1, isolated by workspace), and a
// fetch against the real worker.
import { SELF, env } from 'cloudflare:test'
import { workspaceStatements } from '../../db/seed/workspace.ts'
import { randomToken, sha256Hex } from '../../worker/lib/ids.ts'

export const ORIGIN = 'https://app.example.com'
export const BASE = 'https://stayloop.test'

export interface TestWorkspace {
  workspaceId: string
  siteKey: string
  secretKey: string
  keyId: string
  surveys: Record<'nps' | 'csat' | 'ces' | 'exit', string>
}

export async function createWorkspace(settings: Record<string, unknown> = {}): Promise<TestWorkspace> {
  const id = randomToken(10)
  const secretKey = `sk_${randomToken(32)}`
  const w = {
    workspaceId: `ws_${id}`,
    name: `Test ${id}`,
    siteId: `site_${id}`,
    siteKey: `pk_${randomToken(24)}`,
    allowedOrigins: [ORIGIN],
    keyId: `key_${id}`,
    secretKeyHash: await sha256Hex(secretKey),
    secretKeyPrefix: secretKey.slice(0, 7),
    surveyIds: { nps: `srv_nps_${id}`, csat: `srv_csat_${id}`, ces: `srv_ces_${id}`, exit: `srv_exit_${id}` },
    settings,
    now: Date.now(),
  }
  await env.DB.batch(workspaceStatements(w).map((s) => env.DB.prepare(s.sql).bind(...s.args)))
  return { workspaceId: w.workspaceId, siteKey: w.siteKey, secretKey, keyId: w.keyId, surveys: w.surveyIds }
}

/** A widget call: site key in the path, the page's Origin, text/plain JSON like sendBeacon. */
export function sitePost(ws: TestWorkspace, route: string, body: unknown, init: { origin?: string; contentType?: string } = {}) {
  return SELF.fetch(`${BASE}/v1/sites/${ws.siteKey}/${route}`, {
    method: 'POST',
    headers: { origin: init.origin ?? ORIGIN, 'content-type': init.contentType ?? 'text/plain' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

export function siteGet(ws: TestWorkspace, route: string, origin = ORIGIN) {
  return SELF.fetch(`${BASE}/v1/sites/${ws.siteKey}/${route}`, { headers: { origin } })
}

/** A server call with the workspace's secret key. */
export function api(ws: TestWorkspace | { secretKey: string }, method: string, path: string, body?: unknown) {
  return SELF.fetch(`${BASE}${path}`, {
    method,
    headers: { authorization: `Bearer ${ws.secretKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
}

export async function expectError(res: Response, status: number, code: string) {
  const body = (await res.json()) as { error: { code: string; message: string; requestId: string } }
  if (res.status !== status || body.error?.code !== code || !body.error.message || !body.error.requestId?.startsWith('req_')) {
    throw new Error(`expected ${status} ${code}, got ${res.status} ${JSON.stringify(body)}`)
  }
  return body.error
}

export const uuid = () => crypto.randomUUID()

/** Waits for the real queue consumer to finish something (polls D1). */
export async function eventually<T>(probe: () => Promise<T | null | undefined | false>, ms = 15_000): Promise<T> {
  const until = Date.now() + ms
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() > until) throw new Error('timed out waiting for the queue')
    await new Promise((r) => setTimeout(r, 50))
  }
}

export async function analyzed(ws: TestWorkspace, id: string) {
  return eventually(() => env.DB.prepare('SELECT * FROM responses WHERE workspace_id = ? AND id = ? AND analyzed_at IS NOT NULL').bind(ws.workspaceId, id).first<Record<string, unknown>>())
}

/**
 * `db` with every batch() passed through `around`: `n` counts batches from 1 and `run` performs the
 * real one, so a test can land a concurrent write just before or just after a given batch.
 */
export function withBatchHook(db: D1Database, around: (n: number, run: () => Promise<D1Result[]>) => Promise<D1Result[]>): D1Database {
  let n = 0
  return new Proxy(db, {
    get(target, key) {
      if (key === 'batch') return (statements: D1PreparedStatement[]) => around(++n, () => target.batch(statements))
      const value = Reflect.get(target, key)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}
