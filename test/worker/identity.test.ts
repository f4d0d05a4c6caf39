// Identity verification: where a site has an identity secret, widget requests that name a customer
// must carry the HMAC-SHA256 of its id under it; the public site key alone no longer speaks for anyone.
import { describe, expect, it } from 'vitest'
import { SELF, env } from 'cloudflare:test'
import { BASE, ORIGIN, api, createWorkspace, expectError, sitePost, uuid, type TestWorkspace } from './helpers.ts'
import { bytesHex, signHmac } from '../../worker/domain/import/hmac.ts'

const hashOf = async (secret: string, id: string) => bytesHex(await signHmac(secret, id))
const siteId = async (ws: TestWorkspace) => ((await (await api(ws, 'GET', '/v1/sites')).json()) as { data: { id: string }[] }).data[0].id
const rotate = async (ws: TestWorkspace) => {
  const res = await api(ws, 'POST', `/v1/sites/${await siteId(ws)}/identity-secret`)
  expect(res.status).toBe(201)
  return ((await res.json()) as { identitySecret: string }).identitySecret
}
const surveysFor = (ws: TestWorkspace, customer: string, hash?: string) =>
  SELF.fetch(`${BASE}/v1/sites/${ws.siteKey}/surveys?` + new URLSearchParams({ customer, ...(hash !== undefined && { hash }) }), { headers: { origin: ORIGIN } })
/** One request of each widget route naming `customer`, with `hash` where given. */
const everyRoute = (ws: TestWorkspace, id: string, hash?: string) => [
  surveysFor(ws, id, hash),
  sitePost(ws, 'displays', { id: uuid(), surveyId: ws.surveys.nps, clientId: 'x', customer: { id, hash } }),
  sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.nps, customer: { id, hash }, score: 2, finished: true }),
  sitePost(ws, 'events', { customer: id, hash, events: [{ type: 'login' }] }),
]
const customerRow = (ws: TestWorkspace, id: string) => env.DB.prepare('SELECT pk FROM customers WHERE workspace_id = ? AND external_id = ?').bind(ws.workspaceId, id).first()

describe('identity verification', () => {
  it('is off until a secret is made; then a customer needs the hash of its id under it', async () => {
    const ws = await createWorkspace()
    for (const res of await Promise.all(everyRoute(ws, 'c-open'))) expect(res.status).toBeLessThan(300)
    const secret = await rotate(ws)
    expect(secret).toMatch(/^idsec_\w{40}$/)
    // Reads say whether it is on, never the secret.
    const listed = await (await api(ws, 'GET', '/v1/sites')).text()
    expect(JSON.parse(listed).data[0].identityVerification).toBe(true)
    expect(listed).not.toContain(secret)

    for (const res of await Promise.all(everyRoute(ws, 'c-1', await hashOf(secret, 'c-1')))) expect(res.status).toBeLessThan(300)
    // An anonymous answer needs none.
    expect((await sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.nps, score: 9, finished: true })).status).toBe(201)
  })

  it('refuses a missing, malformed or wrong hash with 403 on every route, and writes nothing', async () => {
    const ws = await createWorkspace()
    const secret = await rotate(ws)
    const other = await hashOf(secret, 'someone-else')
    for (const hash of [undefined, '', 'zz', 'ab'.repeat(31), other, (await hashOf('idsec_guess', 'c-forged'))]) {
      for (const res of await Promise.all(everyRoute(ws, 'c-forged', hash))) {
        const error = await expectError(res, 403, 'forbidden')
        expect(error.message).toMatch(/^customer\.hash: /)
      }
    }
    expect(await customerRow(ws, 'c-forged')).toBeNull()
    const answers = await env.DB.prepare('SELECT COUNT(*) AS n FROM responses WHERE workspace_id = ?').bind(ws.workspaceId).first<{ n: number }>()
    expect(answers?.n).toBe(0)
    // A hash too long for any HMAC is a 400 like any other bad field.
    await expectError(await sitePost(ws, 'events', { customer: 'c-1', hash: 'a'.repeat(129), events: [{ type: 'login' }] }), 400, 'invalid_request')
  })

  it('keeps the replaced secret working for a day after a rotation, then only the new one', async () => {
    const ws = await createWorkspace()
    const first = await rotate(ws)
    const second = await rotate(ws)
    expect(second).not.toBe(first)
    for (const secret of [first, second]) {
      expect((await sitePost(ws, 'events', { customer: 'c-1', hash: await hashOf(secret, 'c-1'), events: [{ type: 'login' }] })).status).toBe(202)
    }
    // A day later (the grace period over), pages still holding the first secret's hashes are refused.
    await env.DB.prepare('UPDATE sites SET identity_previous_until = ? WHERE workspace_id = ?').bind(Date.now() - 1, ws.workspaceId).run()
    await api(ws, 'PATCH', `/v1/sites/${await siteId(ws)}`, { name: 'Web app' }) // forgets this isolate's cached site
    await expectError(await sitePost(ws, 'events', { customer: 'c-1', hash: await hashOf(first, 'c-1'), events: [{ type: 'login' }] }), 403, 'forbidden')
    expect((await sitePost(ws, 'events', { customer: 'c-1', hash: await hashOf(second, 'c-1'), events: [{ type: 'login' }] })).status).toBe(202)
  })

  it('turns off with DELETE; only the site’s own workspace can change it', async () => {
    const ws = await createWorkspace(), intruder = await createWorkspace()
    await rotate(ws)
    const id = await siteId(ws)
    await expectError(await api(intruder, 'POST', `/v1/sites/${id}/identity-secret`), 404, 'not_found')
    await expectError(await api(intruder, 'DELETE', `/v1/sites/${id}/identity-secret`), 404, 'not_found')
    await expectError(await sitePost(ws, 'events', { customer: 'c-1', events: [{ type: 'login' }] }), 403, 'forbidden')
    expect((await api(ws, 'DELETE', `/v1/sites/${id}/identity-secret`)).status).toBe(204)
    expect((await sitePost(ws, 'events', { customer: 'c-1', events: [{ type: 'login' }] })).status).toBe(202)
    expect(((await (await api(ws, 'GET', `/v1/sites/${id}`)).json()) as { identityVerification: boolean }).identityVerification).toBe(false)
  })
})
