// Property-based bad input over the public and server routes: random and malformed JSON, wrong
// types, huge strings, deep nesting, unicode edge cases, wrong content types. Always a 4xx with
// the error shape (or a 2xx for input that happens to be valid), never a 500, and a rejected
// request stores nothing.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { SELF, env } from 'cloudflare:test'
import { BASE, ORIGIN, createWorkspace } from './helpers.ts'

const deep = (n: number): unknown => (n === 0 ? 1 : { a: deep(n - 1) })
const nastyStrings = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('\u0000', '\ud800', '💥'.repeat(5000), 'x'.repeat(20_000), '"; DROP TABLE responses; --', '<script>alert(1)</script>', '=cmd|"/c calc"!A1', '\u202e'),
  // Names every plain object answers to: keys, headers and words people type can be these.
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'),
)
/** A CSV or TSV file: a header of known and odd column names, then rows of odd cells. */
const table = (sep: string) => fc.tuple(
  // It opens with a column each import needs, so most files get past the header to the rows.
  fc.constantFrom('id', 'customer_id', 'text'),
  fc.uniqueArray(fc.oneof(fc.constantFrom('id', 'email', 'plan', 'revenue', 'text', 'label', 'sentiment', 'topics', 'type', 'at', 'customer_id', '__proto__', 'constructor'), fc.string()), { maxLength: 5 }),
  fc.array(fc.array(fc.oneof(nastyStrings, fc.constantFrom('pos', 'neg', 'pricing', 'c1', '2026-01-01', '12.5', 'constructor')), { maxLength: 6 }), { maxLength: 5 }),
).map(([first, rest, rows]) => [[first, ...rest.filter((h) => h !== first)], ...rows].map((r) => r.map((cell) => cell.replaceAll(sep, ' ').replace(/[\r\n]/g, ' ')).join(sep)).join('\n'))
const anyBody = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  nastyStrings,
  fc.constantFrom('{', '[1,2', 'null', '""', '{"id":', JSON.stringify(deep(200)), JSON.stringify({ id: deep(50) })),
  // Plausible bodies with one field wrong.
  fc.record({ id: fc.oneof(fc.uuid(), nastyStrings), surveyId: nastyStrings, score: fc.oneof(fc.integer(), fc.double(), fc.string()), finished: fc.anything(), extra: fc.option(fc.anything(), { nil: undefined }) })
    .map((v) => JSON.stringify(v)),
)
const contentType = fc.constantFrom('text/plain', 'application/json', 'application/xml', 'multipart/form-data', '', 'text/plain; charset=utf-8')

async function countRows(workspaceId: string) {
  const row = await env.DB.prepare(
    `SELECT (SELECT COUNT(*) FROM responses WHERE workspace_id = ?1) + (SELECT COUNT(*) FROM displays WHERE workspace_id = ?1)
       + (SELECT COUNT(*) FROM customers WHERE workspace_id = ?1) + (SELECT COUNT(*) FROM customer_days WHERE workspace_id = ?1)
       + (SELECT COUNT(*) FROM surveys WHERE workspace_id = ?1) + (SELECT COUNT(*) FROM sites WHERE workspace_id = ?1) AS n`,
  ).bind(workspaceId).first<{ n: number }>()
  return row!.n
}

async function checkResponse(res: Response, before: number, workspaceId: string) {
  expect(res.status, await res.clone().text()).toBeLessThan(500)
  if (res.status >= 400) {
    const body = (await res.json()) as { error: { code: string; message: string; requestId: string } }
    expect(typeof body.error.code).toBe('string')
    expect(typeof body.error.message).toBe('string')
    expect(body.error.requestId).toMatch(/^req_/)
    expect(await countRows(workspaceId)).toBe(before)
  }
}

describe('bad input never yields a 500 or a stored row', async () => {
  const ws = await createWorkspace()
  const publicRoutes = ['responses', 'displays', 'events']
  for (const route of publicRoutes) {
    it(`POST /v1/sites/{siteKey}/${route}`, async () => {
      await fc.assert(fc.asyncProperty(anyBody, contentType, async (body, type) => {
        const before = await countRows(ws.workspaceId)
        const res = await SELF.fetch(`${BASE}/v1/sites/${ws.siteKey}/${route}`, { method: 'POST', headers: { origin: ORIGIN, ...(type ? { 'content-type': type } : {}) }, body })
        await checkResponse(res, before, ws.workspaceId)
      }), { numRuns: 35 })
    })
  }

  it('GET /v1/sites/{siteKey}/surveys with random query strings', async () => {
    await fc.assert(fc.asyncProperty(fc.dictionary(fc.constantFrom('customer', 'locale', 'url', 'clientId', 'survey', 'x'), nastyStrings), async (q) => {
      const res = await SELF.fetch(`${BASE}/v1/sites/${ws.siteKey}/surveys?${new URLSearchParams(q)}`, { headers: { origin: ORIGIN } })
      expect(res.status).toBeLessThan(500)
    }), { numRuns: 25 })
  })

  const serverRoutes: [string, string][] = [
    ['POST', '/v1/customers'], ['POST', '/v1/signals'], ['POST', '/v1/surveys'], ['POST', '/v1/sites'], ['POST', '/v1/keys'],
    ['PATCH', '/v1/workspace'], ['PUT', '/v1/taxonomy'], ['POST', `/v1/customers/x/churn`], ['PATCH', `/v1/surveys/${ws.surveys.nps}`],
  ]
  for (const [method, path] of serverRoutes) {
    it(`${method} ${path}`, async () => {
      await fc.assert(fc.asyncProperty(anyBody, fc.constantFrom('application/json', 'text/plain', ''), async (body, type) => {
        const before = await countRows(ws.workspaceId)
        const res = await SELF.fetch(`${BASE}${path}`, { method, headers: { authorization: `Bearer ${ws.secretKey}`, ...(type ? { 'content-type': type } : {}) }, body })
        await checkResponse(res, before, ws.workspaceId)
      }), { numRuns: 25 })
    })
  }

  const fileRoutes: [string, string, string][] = [
    ['/v1/import/customers', 'text/csv', ','], ['/v1/import/signals', 'text/csv', ','], ['/v1/text-model/examples', 'text/csv', ','], ['/v1/text-model/examples', 'text/tab-separated-values', '\t'],
  ]
  for (const [path, type, sep] of fileRoutes) {
    it(`POST ${path} (${type})`, async () => {
      await fc.assert(fc.asyncProperty(fc.oneof(table(sep), nastyStrings), async (body) => {
        const before = await countRows(ws.workspaceId)
        const res = await SELF.fetch(`${BASE}${path}`, { method: 'POST', headers: { authorization: `Bearer ${ws.secretKey}`, 'content-type': type }, body })
        expect(res.status, await res.clone().text()).toBeLessThan(500)
        if (res.status >= 400) await checkResponse(res, before, ws.workspaceId)
      }), { numRuns: 30 })
    })
  }

  it('GET /v1/responses with random filters', async () => {
    await fc.assert(fc.asyncProperty(fc.dictionary(fc.constantFrom('survey', 'from', 'to', 'minScore', 'maxScore', 'q', 'limit', 'cursor', 'topic', 'bogus'), nastyStrings), async (q) => {
      const res = await SELF.fetch(`${BASE}/v1/responses?${new URLSearchParams(q)}`, { headers: { authorization: `Bearer ${ws.secretKey}` } })
      expect(res.status).toBeLessThan(500)
    }), { numRuns: 35 })
  })
})
