import { describe, expect, it } from 'vitest'
import { SELF, env } from 'cloudflare:test'
import { BASE, api, createWorkspace, expectError, type TestWorkspace } from './helpers.ts'
import { serverErrors } from '../../cli/import/report.ts'
import { MAX_AMOUNT } from '../../worker/domain/amount-bounds.ts'

function postCsv(ws: TestWorkspace, kind: string, csv: string, contentType = 'text/csv') {
  return SELF.fetch(`${BASE}/v1/import/${kind}`, { method: 'POST', headers: { authorization: `Bearer ${ws.secretKey}`, 'content-type': contentType }, body: csv })
}

const count = async (sql: string, ...args: unknown[]) => (await env.DB.prepare(sql).bind(...args).first<{ n: number }>())!.n

describe('POST /v1/import/customers', () => {
  it('imports good rows with traits, dates and churn outcomes', async () => {
    const ws = await createWorkspace()
    const csv = 'id,plan,mrr,email,first_seen,last_seen,churned_at,churn_reason,industry\n' +
      'c-1,pro,49.5,a@example.com,2025-01-02,2025-03-01,,,retail\n' +
      'c-2,basic,10,,2025-01-05,2025-02-01,2025-02-20,too expensive,\n'
    const res = await postCsv(ws, 'customers', csv)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ imported: 2 })
    const c1 = await (await api(ws, 'GET', '/v1/customers/c-1')).json()
    expect(c1).toMatchObject({ plan: 'pro', revenue: 49.5, email: 'a@example.com', traits: { industry: 'retail' }, firstSeenAt: Date.parse('2025-01-02'), lastSeenAt: Date.parse('2025-03-01') })
    const c2 = await (await api(ws, 'GET', '/v1/customers/c-2')).json()
    expect(c2).toMatchObject({ churnedAt: Date.parse('2025-02-20'), churnReason: 'too expensive' })
  })

  it('a churn with no first seen (a backfill of history) moves first seen back to it, so the churn counts in its month', async () => {
    const ws = await createWorkspace()
    const res = await postCsv(ws, 'customers', 'id,churned_at\nold-1,2025-02-20\n')
    expect(res.status).toBe(200)
    const c = await (await api(ws, 'GET', '/v1/customers/old-1')).json() as { firstSeenAt: number; churnedAt: number }
    expect(c.churnedAt).toBe(Date.parse('2025-02-20'))
    expect(c.firstSeenAt).toBeLessThanOrEqual(c.churnedAt)
  })

  it('any bad row: 400 with line, column and message for each, nothing written', async () => {
    const ws = await createWorkspace()
    const csv = 'id,revenue,email\nok-1,10,a@example.com\n,5,\nbad,ten,not-an-email\nok-1,1,\n'
    const res = await postCsv(ws, 'customers', csv)
    const error = await expectError(res.clone(), 400, 'invalid_request')
    expect(error.message).toMatch(/nothing imported/)
    const body = await res.json()
    expect(serverErrors(body)).toEqual([
      { line: 3, column: 'id', message: 'id is required' },
      { line: 4, column: 'revenue', message: 'revenue "ten" is not a number' },
      { line: 4, column: 'email', message: '"not-an-email" is not an email address' },
      { line: 5, column: 'id', message: 'duplicate id ok-1 (first on line 2)' },
    ])
    expect(await count('SELECT COUNT(*) n FROM customers WHERE workspace_id = ?', ws.workspaceId)).toBe(0)
  })

  it('revenue past the bound POST /v1/customers keeps (or 1e400): 400 per row, nothing written', async () => {
    const ws = await createWorkspace()
    const res = await postCsv(ws, 'customers', 'id,revenue\nk01,10\nk03,99999999999999999999\nk09,1e400\n')
    await expectError(res.clone(), 400, 'invalid_request')
    expect(serverErrors(await res.json())).toEqual([
      { line: 3, column: 'revenue', message: `revenue must be at most ${MAX_AMOUNT}` },
      { line: 4, column: 'revenue', message: `revenue must be at most ${MAX_AMOUNT}` },
    ])
    expect(await count('SELECT COUNT(*) n FROM customers WHERE workspace_id = ?', ws.workspaceId)).toBe(0)
    // The JSON route refuses the same amount.
    await expectError(await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'k03', revenue: MAX_AMOUNT * 10 }] }), 400, 'invalid_request')
  })

  it('wants text/csv, and a secret key', async () => {
    const ws = await createWorkspace()
    await expectError(await postCsv(ws, 'customers', 'id\nx\n', 'application/json'), 415, 'unsupported_media_type')
    await expectError(await postCsv({ ...ws, secretKey: 'sk_wrong' }, 'customers', 'id\nx\n'), 401, 'unauthorized')
    await expectError(await postCsv(ws, 'customers', 'id\n'), 400, 'invalid_request')
  })
})

describe('POST /v1/import/signals', () => {
  it('folds good rows into daily counters and creates customers', async () => {
    const ws = await createWorkspace()
    const csv = 'customer,type,at,value\nc1,purchase,2025-05-01,19.99\nc1,login,2025-05-01T10:00:00Z,\nc1,login,2025-05-01T11:00:00Z,\nc2,complaint,2025-05-03,\n'
    const res = await postCsv(ws, 'signals', csv)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ imported: 4, customers: 2 })
    const day = await env.DB.prepare(`SELECT d.logins, d.purchases, d.revenue FROM customer_days d JOIN customers c ON c.pk = d.customer_pk
      WHERE c.workspace_id = ? AND c.external_id = 'c1' AND d.day = '2025-05-01'`).bind(ws.workspaceId).first()
    expect(day).toEqual({ logins: 2, purchases: 1, revenue: 19.99 })
    // Another workspace sees none of it.
    const other = await createWorkspace()
    await expectError(await api(other, 'GET', '/v1/customers/c1'), 404, 'not_found')
  })

  it('a value too big for a daily counter (1e400, or two of 1e308) is a 400 naming row and column, not a 500', async () => {
    const ws = await createWorkspace()
    for (const [csv, lines] of [
      ['customer,type,at,value\nk01,purchase,2025-05-02T10:00:00Z,1e400\n', [2]],
      ['customer,type,at,value\nk01,purchase,2025-05-02T10:00:00Z,1e308\nk01,purchase,2025-05-02T11:00:00Z,1e308\n', [2, 3]],
    ] as const) {
      const res = await postCsv(ws, 'signals', csv)
      await expectError(res.clone(), 400, 'invalid_request')
      expect(serverErrors(await res.json())).toEqual(lines.map((line) => ({ line, column: 'value', message: `value must be at most ${MAX_AMOUNT}` })))
    }
    expect(await count('SELECT COUNT(*) n FROM customer_days WHERE workspace_id = ?', ws.workspaceId)).toBe(0)
    // The JSON route's bound is the same one.
    const at = '2025-05-02T10:00:00Z'
    expect((await api(ws, 'POST', '/v1/signals', { signals: [{ customer: 'k01', type: 'purchase', at, value: MAX_AMOUNT }] })).status).toBe(202)
    await expectError(await api(ws, 'POST', '/v1/signals', { signals: [{ customer: 'k01', type: 'purchase', at, value: MAX_AMOUNT * 10 }] }), 400, 'invalid_request')
    expect((await postCsv(ws, 'signals', `customer,type,at,value\nk01,purchase,${at},${MAX_AMOUNT}\n`)).status).toBe(200)
  })

  it('a bad row rejects the whole file', async () => {
    const ws = await createWorkspace()
    const res = await postCsv(ws, 'signals', 'customer,type,at,value\nc1,login,2025-05-01,\nc1,logout,2025-05-01,\n')
    const body = await res.json() as { error: { details: { line: number; column: string }[] } }
    expect(res.status).toBe(400)
    expect(body.error.details).toEqual([{ line: 3, column: 'type', message: expect.stringContaining('unknown type "logout"') }])
    expect(await count('SELECT COUNT(*) n FROM customer_days WHERE workspace_id = ?', ws.workspaceId)).toBe(0)
  })
})
