// Input the API must refuse with a clear 400 (or 409) rather than store: implausible times,
// and revoking the key that would leave nobody able to sign in.
import { describe, expect, it } from 'vitest'
import { api, createWorkspace, expectError } from './helpers.ts'

describe('implausible times (worker/domain/time-bounds.ts)', () => {
  it('refuses signals dated 1900 or 9999, naming the field; accepts now', async () => {
    const ws = await createWorkspace()
    for (const at of ['1900-01-01', '9999-12-31T00:00:00Z', 12, Date.now() + 2 * 86_400_000]) {
      const err = await expectError(await api(ws, 'POST', '/v1/signals', { signals: [{ customer: 'c', type: 'login', at }] }), 400, 'invalid_request')
      expect(err).toMatchObject({ details: [{ path: 'signals.0.at' }] })
    }
    expect((await api(ws, 'POST', '/v1/signals', { signals: [{ customer: 'c', type: 'login', at: Date.now() }] })).status).toBe(202)
  })

  it('refuses a churn at 12 ms after 1970 and a first-seen date in 1900; a renewal may be years ahead', async () => {
    const ws = await createWorkspace()
    await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'c-1' }] })
    const churn = await expectError(await api(ws, 'POST', '/v1/customers/c-1/churn', { at: 12 }), 400, 'invalid_request')
    expect(churn).toMatchObject({ details: [{ path: 'at' }] })
    expect(((await (await api(ws, 'GET', '/v1/customers/c-1')).json()) as { churnedAt: number | null }).churnedAt).toBeNull()
    const first = await expectError(await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'c-2', firstSeenAt: '1900-01-01' }] }), 400, 'invalid_request')
    expect(first).toMatchObject({ details: [{ path: 'customers.0.firstSeenAt' }] })
    expect((await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'c-3', renewalAt: '2030-01-01' }] })).status).toBe(200)
  })
})

describe('DELETE /v1/keys/:id', () => {
  it('refuses to revoke the last live key (409), and revokes it once another exists', async () => {
    const ws = await createWorkspace()
    const last = await expectError(await api(ws, 'DELETE', `/v1/keys/${ws.keyId}`), 409, 'conflict')
    expect(last.message).toMatch(/last live key/)
    expect((await api(ws, 'GET', '/v1/keys')).status).toBe(200)
    const second = (await (await api(ws, 'POST', '/v1/keys', { name: 'second' })).json()) as { id: string; secret: string }
    expect((await api({ secretKey: second.secret }, 'DELETE', `/v1/keys/${ws.keyId}`)).status).toBe(204)
    await expectError(await api({ secretKey: second.secret }, 'DELETE', `/v1/keys/${second.id}`), 409, 'conflict')
    await expectError(await api({ secretKey: second.secret }, 'DELETE', '/v1/keys/key_nope'), 404, 'not_found')
  })
})
