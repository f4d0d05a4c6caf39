// The public (widget) routes name customers with self-reported traits: anyone holding the site key
// can send them, so they add traits but never delete one, never set the ids inbound webhooks match
// customers by, and only fill an email or plan the server has not set.
import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { api, createWorkspace, sitePost, uuid, type TestWorkspace } from './helpers.ts'

const stored = async (ws: TestWorkspace, id: string) => {
  const row = await env.DB.prepare('SELECT email, plan, traits FROM customers WHERE workspace_id = ? AND external_id = ?').bind(ws.workspaceId, id).first<{ email: string | null; plan: string | null; traits: string }>()
  return row && { email: row.email, plan: row.plan, traits: JSON.parse(row.traits) as Record<string, unknown> }
}
const forged = { email: 'evil@evil.example', plan: 'free', company: null, zendesk_user_id: '999', stripe_customer_id: 'cus_evil', seat_count: 12 }

describe('customers named by the widget', () => {
  it('cannot overwrite what the server set, delete traits or plant the ids inbound webhooks match by', async () => {
    const ws = await createWorkspace()
    const set = await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'c-1', email: 'real@acme.example', plan: 'pro', traits: { company: 'Acme', stripe_customer_id: 'cus_real' } }] })
    expect(set.status).toBe(200)
    for (const [route, body] of [
      ['events', { customer: { id: 'c-1', traits: forged }, events: [{ type: 'login' }] }],
      ['displays', { id: uuid(), surveyId: ws.surveys.nps, clientId: 'x', customer: { id: 'c-1', traits: forged } }],
      ['responses', { id: uuid(), surveyId: ws.surveys.nps, customer: { id: 'c-1', traits: forged }, score: 9, finished: true }],
    ] as const) expect((await sitePost(ws, route, body)).status, route).toBeLessThan(300)
    const after = await stored(ws, 'c-1')
    expect(after).toMatchObject({ email: 'real@acme.example', plan: 'pro' })
    expect(after!.traits).toMatchObject({ company: 'Acme', stripe_customer_id: 'cus_real', seat_count: 12 })
    expect(after!.traits).not.toHaveProperty('zendesk_user_id')
    // Nor restated in the traits the dashboard shows beside them.
    expect(after!.traits.email ?? 'real@acme.example').toBe('real@acme.example')
    expect(after!.traits.plan ?? 'pro').toBe('pro')
  })

  it('fills an email and plan nobody set, as identify() in the host page reports them', async () => {
    const ws = await createWorkspace()
    expect((await sitePost(ws, 'events', { customer: { id: 'c-2', traits: { email: 'c2@acme.example', plan: 'trial' } }, events: [{ type: 'login' }] })).status).toBeLessThan(300)
    expect(await stored(ws, 'c-2')).toMatchObject({ email: 'c2@acme.example', plan: 'trial' })
    // The server's word is final.
    await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'c-2', plan: 'pro' }] })
    expect(await stored(ws, 'c-2')).toMatchObject({ plan: 'pro' })
  })
})
