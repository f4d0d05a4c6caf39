import { describe, expect, it } from 'vitest'
import { SELF } from 'cloudflare:test'
import { BASE, api, createWorkspace } from './helpers.ts'

describe('static files and fallbacks', () => {
  it('answers asset requests through ASSETS without a 500, with a request id', async () => {
    const res = await SELF.fetch(`${BASE}/no-such-file.js`)
    expect(res.status).toBe(404)
    expect(res.headers.get('x-request-id')).toMatch(/^req_/)
  })

  it('unknown API routes answer the JSON error shape', async () => {
    const ws = await createWorkspace()
    const res = await api(ws, 'GET', '/v1/nothing-here')
    expect(res.status).toBe(404)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found')
  })

  it('the dashboard, its files and its client-side routes come with a CSP that keeps it out of other sites\' frames', async () => {
    for (const path of ['/app/', '/app/alerts', '/app/customers/cust_1']) {
      const res = await SELF.fetch(`${BASE}${path}`)
      expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'")
      expect(res.headers.get('content-security-policy'), path).toContain("script-src 'self'")
      expect(res.headers.get('x-frame-options'), path).toBe('DENY')
    }
  })

  it('the root sends people to the dashboard', async () => {
    const res = await SELF.fetch(`${BASE}/`, { redirect: 'manual' })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/app/')
  })
})
