// Storage failures: the API answers 503 with the error shape (retryable), and a failed write
// leaves no half-written answer behind.
import { describe, expect, it } from 'vitest'
import { env, createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { createApp } from '../../worker/app.ts'
import { BASE, ORIGIN, createWorkspace, uuid } from './helpers.ts'

/** A D1 binding whose writes fail mid-request, as when D1 is overloaded or a connection drops. */
function failingWrites(db: D1Database): D1Database {
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'batch') return async () => { throw new Error('D1_ERROR: Network connection lost.') }
      const value = Reflect.get(target, prop)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

describe('storage faults', () => {
  it('a D1 failure during an answer is a 503 with Retry-After, and nothing is stored', async () => {
    const ws = await createWorkspace()
    const app = createApp()
    const id = uuid()
    const ctx = createExecutionContext()
    const res = await app.fetch(new Request(`${BASE}/v1/sites/${ws.siteKey}/responses`, {
      method: 'POST', headers: { origin: ORIGIN, 'content-type': 'text/plain' },
      body: JSON.stringify({ id, surveyId: ws.surveys.nps, customer: 'c-1', score: 3, comment: 'hello', finished: true }),
    }), { ...env, DB: failingWrites(env.DB) }, ctx)
    await waitOnExecutionContext(ctx)
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('5')
    const body = (await res.json()) as { error: { code: string; requestId: string } }
    expect(body.error.code).toBe('unavailable')
    const rows = await env.DB.prepare('SELECT (SELECT COUNT(*) FROM responses WHERE workspace_id = ?1) + (SELECT COUNT(*) FROM customers WHERE workspace_id = ?1) n').bind(ws.workspaceId).first<{ n: number }>()
    expect(rows!.n).toBe(0)
    // The widget retries the same id once storage is back: exactly one row.
    const retry = await app.fetch(new Request(`${BASE}/v1/sites/${ws.siteKey}/responses`, {
      method: 'POST', headers: { origin: ORIGIN, 'content-type': 'text/plain' },
      body: JSON.stringify({ id, surveyId: ws.surveys.nps, customer: 'c-1', score: 3, comment: 'hello', finished: true }),
    }), env, createExecutionContext())
    expect(retry.status).toBe(201)
  })

  it('an unexpected error is a 500 that reveals nothing internal', async () => {
    const ws = await createWorkspace()
    const broken = new Proxy(env.DB, { get: (t, p) => (p === 'prepare' ? () => { throw new TypeError('secret internal detail') } : Reflect.get(t, p)) })
    const res = await createApp().fetch(new Request(`${BASE}/v1/surveys`, { headers: { authorization: `Bearer ${ws.secretKey}` } }), { ...env, DB: broken as D1Database }, createExecutionContext())
    expect(res.status).toBe(500)
    const text = await res.text()
    expect(text).not.toContain('secret internal detail')
    expect(JSON.parse(text).error.code).toBe('internal')
  })
  it('a statement D1 rejects is a 500, not a retryable 503', async () => {
    const ws = await createWorkspace()
    const rejecting = new Proxy(env.DB, { get: (t, p) => (p === 'prepare' ? () => { throw new Error('D1_ERROR: no such column: survey_knd at offset 42: SQLITE_ERROR') } : Reflect.get(t, p)) })
    const res = await createApp().fetch(new Request(`${BASE}/v1/surveys`, { headers: { authorization: `Bearer ${ws.secretKey}` } }), { ...env, DB: rejecting as D1Database }, createExecutionContext())
    expect(res.status).toBe(500)
    expect(res.headers.get('retry-after')).toBeNull()
    const text = await res.text()
    expect(text).not.toContain('survey_knd')
    expect(JSON.parse(text).error.code).toBe('internal')
  })
})
