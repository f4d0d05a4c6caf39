// Requests no route answers: the wrong method on a path the API has is a 405 with Allow; an
// unknown path a 404. Both in the one error shape.
import { describe, expect, it } from 'vitest'
import { SELF } from 'cloudflare:test'
import { BASE, api, createWorkspace, expectError } from './helpers.ts'

describe('unmatched requests', () => {
  it('PUT on /v1/customers is a 405 naming POST; DELETE on a survey list names GET and POST', async () => {
    const ws = await createWorkspace()
    const put = await api(ws, 'PUT', '/v1/customers', { customers: [] })
    expect(put.headers.get('allow')).toBe('POST')
    expect((await expectError(put, 405, 'method_not_allowed')).message).toMatch(/PUT is not allowed on \/v1\/customers; it takes POST/)
    const del = await api(ws, 'DELETE', '/v1/surveys')
    expect(del.headers.get('allow')?.split(', ').sort()).toEqual(['GET', 'POST'])
    await expectError(del, 405, 'method_not_allowed')
    // A parameter segment matches: PUT /v1/customers/c-1 (GET and DELETE exist there).
    expect((await api(ws, 'PUT', '/v1/customers/c-1')).status).toBe(405)
  })

  it('an unknown path stays a 404; without a key, a server path is still a 401 first', async () => {
    const ws = await createWorkspace()
    await expectError(await api(ws, 'GET', '/v1/nothing-here'), 404, 'not_found')
    await expectError(await SELF.fetch(`${BASE}/v1/customers`, { method: 'PUT' }), 401, 'unauthorized')
  })
})
