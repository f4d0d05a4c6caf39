// Authorisation matrix: every server route × (no key, site key, another workspace's key,
// revoked key, valid key). Only the right key passes, and another workspace never sees or
// changes this one's data.
import { describe, expect, it } from 'vitest'
import { SELF, env } from 'cloudflare:test'
import { BASE, api, createWorkspace, expectError, sitePost, uuid } from './helpers.ts'

describe('authorisation matrix', async () => {
  const owner = await createWorkspace()
  const other = await createWorkspace()
  const responseId = uuid()
  await sitePost(owner, 'responses', { id: responseId, surveyId: owner.surveys.nps, customer: 'owner-cust', score: 4, comment: 'secret words', finished: true })
  await api(owner, 'POST', '/v1/customers', { customers: [{ id: 'owner-cust2' }] })
  const revoked = await (await api(owner, 'POST', '/v1/keys', { name: 'old' })).json() as { id: string; secret: string }
  await api(owner, 'DELETE', `/v1/keys/${revoked.id}`)
  const site = (await (await api(owner, 'GET', '/v1/sites')).json() as { data: { id: string }[] }).data[0]
  const taught = await SELF.fetch(`${BASE}/v1/text-model/examples`, {
    method: 'POST', headers: { authorization: `Bearer ${owner.secretKey}`, 'content-type': 'text/csv' },
    body: 'text,sentiment\nsecret words are lovely,pos\nsecret words are awful,neg\n',
  })
  expect(taught.status).toBe(200)

  // [method, path, body, what another workspace's key must get]
  const routes: [string, string, unknown, 'not_found' | 'own_data'][] = [
    ['GET', '/v1/customers/owner-cust', undefined, 'not_found'],
    ['DELETE', '/v1/customers/owner-cust2', undefined, 'not_found'],
    ['POST', '/v1/customers/owner-cust/churn', { at: Date.now() }, 'not_found'],
    ['GET', `/v1/responses/${responseId}`, undefined, 'not_found'],
    ['PATCH', `/v1/responses/${responseId}/analysis`, { sentiment: 'positive' }, 'not_found'],
    ['GET', `/v1/surveys/${owner.surveys.nps}`, undefined, 'not_found'],
    ['PATCH', `/v1/surveys/${owner.surveys.nps}`, { name: 'hijacked' }, 'not_found'],
    ['DELETE', `/v1/surveys/${owner.surveys.csat}`, undefined, 'not_found'],
    ['GET', `/v1/sites/${site.id}`, undefined, 'not_found'],
    ['PATCH', `/v1/sites/${site.id}`, { name: 'hijacked' }, 'not_found'],
    ['DELETE', `/v1/keys/${revoked.id}`, undefined, 'not_found'],
    ['GET', '/v1/responses', undefined, 'own_data'],
    ['GET', '/v1/export/responses.csv', undefined, 'own_data'],
    ['GET', '/v1/surveys', undefined, 'own_data'],
    ['GET', '/v1/sites', undefined, 'own_data'],
    ['GET', '/v1/keys', undefined, 'own_data'],
    ['GET', '/v1/taxonomy', undefined, 'own_data'],
    ['GET', '/v1/text-model', undefined, 'own_data'],
    ['DELETE', '/v1/text-model/examples', undefined, 'own_data'],
    ['GET', '/v1/workspace', undefined, 'own_data'],
    ['GET', '/v1/insights/themes', undefined, 'own_data'],
  ]

  for (const [method, path, body, otherGets] of routes) {
    it(`${method} ${path.replace(/[A-Za-z0-9_-]{16,}/g, ':id')}`, async () => {
      await expectError(await SELF.fetch(`${BASE}${path}`, { method, headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined }), 401, 'unauthorized')
      await expectError(await api({ secretKey: owner.siteKey }, method, path, body), 403, 'forbidden')
      await expectError(await api({ secretKey: revoked.secret }, method, path, body), 401, 'unauthorized')
      await expectError(await api({ secretKey: 'sk_made_up_key' }, method, path, body), 401, 'unauthorized')
      const foreign = await api(other, method, path, body)
      if (otherGets === 'not_found') await expectError(foreign, 404, 'not_found')
      else {
        expect(foreign.status).toBe(200)
        const text = await foreign.text()
        for (const secret of [owner.workspaceId, 'owner-cust', responseId, 'secret words', owner.siteKey]) expect(text).not.toContain(secret)
      }
    })
  }

  it('nothing was changed by the other workspace', async () => {
    const survey = await (await api(owner, 'GET', `/v1/surveys/${owner.surveys.nps}`)).json() as { name: string }
    expect(survey.name).toBe('Quarterly NPS')
    expect((await api(owner, 'GET', '/v1/customers/owner-cust2')).status).toBe(200)
    const row = await env.DB.prepare('SELECT churned_at FROM customers WHERE workspace_id = ? AND external_id = ?').bind(owner.workspaceId, 'owner-cust').first<{ churned_at: number | null }>()
    expect(row?.churned_at).toBeNull()
    const model = await (await api(owner, 'GET', '/v1/text-model')).json() as { examples: number }
    expect(model.examples).toBe(2)
  })
})

describe('dashboard sessions', () => {
  it('a secret key becomes an HttpOnly SameSite=Strict cookie that authorises like the key; sign-out revokes it', async () => {
    const ws = await createWorkspace()
    await expectError(await SELF.fetch(`${BASE}/v1/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ secretKey: 'sk_wrong' }) }), 401, 'unauthorized')
    const signIn = await SELF.fetch(`${BASE}/v1/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ secretKey: ws.secretKey }) })
    expect(signIn.status).toBe(201)
    const setCookie = signIn.headers.get('set-cookie')!
    expect(setCookie).toMatch(/HttpOnly/i)
    expect(setCookie).toMatch(/SameSite=Strict/i)
    const cookie = setCookie.split(';')[0]
    const withCookie = (path: string, method = 'GET') => SELF.fetch(`${BASE}${path}`, { method, headers: { cookie } })
    expect((await withCookie('/v1/surveys')).status).toBe(200)
    expect(await (await withCookie('/v1/sessions/current')).json()).toMatchObject({ signedIn: true, workspace: { id: ws.workspaceId } })
    expect((await withCookie('/v1/sessions/current', 'DELETE')).status).toBe(204)
    expect(await (await withCookie('/v1/sessions/current')).json()).toEqual({ signedIn: false })
    await expectError(await withCookie('/v1/surveys'), 401, 'unauthorized')
  })

  it('revoking the key ends its sessions', async () => {
    const ws = await createWorkspace()
    const signIn = await SELF.fetch(`${BASE}/v1/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ secretKey: ws.secretKey }) })
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]
    const second = await (await api(ws, 'POST', '/v1/keys', { name: 'second' })).json() as { secret: string }
    expect((await api({ secretKey: second.secret }, 'DELETE', `/v1/keys/${ws.keyId}`)).status).toBe(204)
    await expectError(await SELF.fetch(`${BASE}/v1/surveys`, { headers: { cookie } }), 401, 'unauthorized')
  })
})
