// Identity verification: where a site has an identity secret, widget requests that name a customer
// must carry the HMAC-SHA256 of its id under it; the public site key alone no longer speaks for anyone.
import { describe, expect, it } from 'vitest'
import { SELF, env } from 'cloudflare:test'
import { BASE, ORIGIN, api, createWorkspace, expectError, sitePost, uuid, type TestWorkspace } from './helpers.ts'
import { bytesHex, signHmac } from '../../worker/domain/import/hmac.ts'

const hashOf = async (secret: string, id: string) => bytesHex(await signHmac(secret, id))
const rotate = async (ws: TestWorkspace) => {
  const res = await api(ws, 'POST', '/v1/workspace/identity-secret')
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
    const read = await (await api(ws, 'GET', '/v1/workspace')).text()
    expect(JSON.parse(read).identityVerification).toBe(true)
    expect(read).not.toContain(secret)
    expect(await (await api(ws, 'GET', '/v1/sites')).text()).not.toContain(secret)

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
    await env.DB.prepare('UPDATE workspaces SET identity_previous_until = ? WHERE id = ?').bind(Date.now() - 1, ws.workspaceId).run()
    const site = ((await (await api(ws, 'GET', '/v1/sites')).json()) as { data: { id: string }[] }).data[0].id
    await api(ws, 'PATCH', `/v1/sites/${site}`, { name: 'Web app' }) // forgets this isolate's cached site
    await expectError(await sitePost(ws, 'events', { customer: 'c-1', hash: await hashOf(first, 'c-1'), events: [{ type: 'login' }] }), 403, 'forbidden')
    expect((await sitePost(ws, 'events', { customer: 'c-1', hash: await hashOf(second, 'c-1'), events: [{ type: 'login' }] })).status).toBe(202)
  })

  it('turns off with DELETE, for its own workspace only', async () => {
    const ws = await createWorkspace(), other = await createWorkspace()
    await rotate(ws)
    await rotate(other)
    expect((await api(other, 'DELETE', '/v1/workspace/identity-secret')).status).toBe(204)
    await expectError(await sitePost(ws, 'events', { customer: 'c-1', events: [{ type: 'login' }] }), 403, 'forbidden')
    expect((await api(ws, 'DELETE', '/v1/workspace/identity-secret')).status).toBe(204)
    expect((await sitePost(ws, 'events', { customer: 'c-1', events: [{ type: 'login' }] })).status).toBe(202)
    expect(((await (await api(ws, 'GET', '/v1/workspace')).json()) as { identityVerification: boolean }).identityVerification).toBe(false)
  })

  it('covers every site of the workspace: a second site cannot speak for a customer either', async () => {
    const ws = await createWorkspace()
    const second = (await (await api(ws, 'POST', '/v1/sites', { name: 'Docs', allowedOrigins: [ORIGIN] })).json()) as { siteKey: string }
    const secret = await rotate(ws)
    const viaSecond = { ...ws, siteKey: second.siteKey }
    for (const res of await Promise.all(everyRoute(viaSecond, 'c-2'))) await expectError(res, 403, 'forbidden')
    for (const res of await Promise.all(everyRoute(viaSecond, 'c-2', await hashOf(secret, 'c-2')))) expect(res.status).toBeLessThan(300)
  })

  it('rotations at once lose no secret, and a secret replaced minutes after it was made leaves the one in use working', async () => {
    const ws = await createWorkspace()
    const deployed = await rotate(ws)
    await env.DB.prepare('UPDATE workspaces SET identity_secret_at = ? WHERE id = ?').bind(Date.now() - 3_600_000, ws.workspaceId).run()
    // A double click: two rotations together, then a third.
    const made = await Promise.all([rotate(ws), rotate(ws)])
    const last = await rotate(ws)
    await api(ws, 'PATCH', `/v1/sites/${((await (await api(ws, 'GET', '/v1/sites')).json()) as { data: { id: string }[] }).data[0].id}`, { name: 'Web app' })
    const accepted = async (secret: string) => (await sitePost(ws, 'events', { customer: 'c-1', hash: await hashOf(secret, 'c-1'), events: [{ type: 'login' }] })).status
    expect(await accepted(deployed)).toBe(202)
    expect(await accepted(last)).toBe(202)
    // The ones made and replaced within minutes were never deployed.
    for (const secret of made) expect(await accepted(secret)).toBe(403)
  })

  it('takes a null hash as none: it costs no answer where verification is off', async () => {
    const ws = await createWorkspace()
    expect((await sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.nps, customer: { id: 'c-1', hash: null }, score: 9, finished: true })).status).toBe(201)
    expect((await sitePost(ws, 'displays', { id: uuid(), surveyId: ws.surveys.nps, clientId: 'x', customer: 'c-1', hash: null })).status).toBe(201)
    // A top-level hash is read on every route, beside a customer named by id alone.
    const secret = await rotate(ws)
    expect((await sitePost(ws, 'displays', { id: uuid(), surveyId: ws.surveys.nps, clientId: 'x', customer: 'c-1', hash: await hashOf(secret, 'c-1') })).status).toBe(201)
    expect((await sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.nps, customer: 'c-1', hash: await hashOf(secret, 'c-1'), score: 9, finished: true })).status).toBe(201)
  })
})
