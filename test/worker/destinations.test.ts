// /v1/destinations: create (secret once), read, change, rotate, delete, test send; Slack and
// Zendesk payloads as those services document them; private targets refused outside development.
import { describe, expect, it } from 'vitest'
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { Webhook } from 'standardwebhooks'
import { BASE, analyzed, api, createWorkspace, eventually, expectError, sitePost, uuid, type TestWorkspace } from './helpers.ts'
import { received, receiver, type ReceivedRequest } from '../receivers/client.ts'
import { createDestination, deliveriesOf, deliveryReaches, deliveryState, plantDelivery } from '../receivers/alert-fixtures.ts'
import { createApp } from '../../worker/app.ts'
import { attemptDelivery } from '../../worker/queue/deliver.ts'
import { DEFAULT_RETRY_POLICY } from '../../worker/domain/alerts/index.ts'

/** The API as deployed: STAYLOOP_DEV unset, so loopback is private like any other network. */
async function productionApi(ws: TestWorkspace, method: string, path: string, body?: unknown) {
  const ctx = createExecutionContext()
  const res = await createApp().fetch(new Request(`${BASE}${path}`, {
    method,
    headers: { authorization: `Bearer ${ws.secretKey}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  }), { ...env, STAYLOOP_DEV: '0' }, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

const SLACK_BLOCKS = new Set(['header', 'section', 'context', 'divider', 'actions', 'rich_text'])

function expectSlackShape(body: Record<string, any>) {
  expect(typeof body.text).toBe('string')
  expect(Array.isArray(body.blocks)).toBe(true)
  expect(body.blocks.length).toBeLessThanOrEqual(50)
  for (const block of body.blocks) {
    expect(SLACK_BLOCKS.has(block.type)).toBe(true)
    if (block.type === 'header') expect(block.text).toMatchObject({ type: 'plain_text' })
    if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(150)
    if (block.type === 'section') expect(block.text ?? block.fields).toBeTruthy()
    if (block.type === 'section' && block.text) expect(['mrkdwn', 'plain_text']).toContain(block.text.type)
    if (block.type === 'section' && block.text) expect(block.text.text.length).toBeLessThanOrEqual(3000)
  }
}

function expectZendeskShape(got: ReceivedRequest, idempotencyKey: string) {
  expect(got.method).toBe('POST')
  expect(got.path.endsWith('/api/v2/tickets.json')).toBe(true)
  expect(atob(got.headers.authorization.replace('Basic ', ''))).toBe('agent@acme.com/token:tok_123')
  expect(got.headers['idempotency-key']).toBe(idempotencyKey)
  const { ticket } = JSON.parse(got.body)
  expect(typeof ticket.subject).toBe('string')
  expect(ticket.comment).toMatchObject({ public: false })
  expect(typeof ticket.comment.body).toBe('string')
  expect(['urgent', 'high', 'normal', 'low']).toContain(ticket.priority)
  expect(ticket.tags).toContain('stayloop')
  for (const tag of ticket.tags) expect(tag).toMatch(/^[a-z0-9_-]+$/)
  return ticket
}

describe('destinations', () => {
  it('creates a webhook whose secret is shown once; reads, lists, changes and deletes it', async () => {
    const ws = await createWorkspace()
    const r = receiver()
    const created = await createDestination(ws, { name: 'CRM', url: r.url('ok'), filters: { kinds: ['detractor', 'exit'], minSeverity: 'medium' } })
    expect(created.secret).toMatch(/^whsec_/)
    expect(created).toMatchObject({ kind: 'webhook', name: 'CRM', enabled: true, digest: false, filters: { kinds: ['detractor', 'exit'], minSeverity: 'medium' } })
    const read = await (await api(ws, 'GET', `/v1/destinations/${created.id}`)).json()
    expect(JSON.stringify(read)).not.toContain('whsec_')
    const list = (await (await api(ws, 'GET', '/v1/destinations')).json()) as { data: unknown[]; total: number }
    expect(list.total).toBe(1)
    expect(JSON.stringify(list)).not.toContain('whsec_')
    const patched = await (await api(ws, 'PATCH', `/v1/destinations/${created.id}`, { name: 'CRM sync', digest: true, filters: {} })).json()
    expect(patched).toMatchObject({ name: 'CRM sync', digest: true, filters: {} })
    expect(patched).not.toHaveProperty('secret')
    expect((await api(ws, 'DELETE', `/v1/destinations/${created.id}`)).status).toBe(204)
    await expectError(await api(ws, 'GET', `/v1/destinations/${created.id}`), 404, 'not_found')
  })

  it('rotation returns the new secret once and signs with both during the overlap', async () => {
    const ws = await createWorkspace()
    const r = receiver()
    const created = await createDestination(ws, { url: r.url('ok') })
    const rotated = (await (await api(ws, 'PATCH', `/v1/destinations/${created.id}`, { rotateSecret: true })).json()) as { secret: string; previousSecretExpiresAt: number }
    expect(rotated.secret).toMatch(/^whsec_/)
    expect(rotated.secret).not.toBe(created.secret)
    expect(rotated.previousSecretExpiresAt).toBeGreaterThan(Date.now())
    const test = (await (await api(ws, 'POST', `/v1/destinations/${created.id}/test`)).json()) as { ok: boolean; status: number; body: string }
    expect(test).toEqual({ ok: true, status: 200, body: 'ok' })
    const [got] = await r.records()
    expect(got.headers['webhook-signature'].split(' ')).toHaveLength(2)
    for (const secret of [created.secret!, rotated.secret]) {
      expect((new Webhook(secret).verify(got.body, got.headers) as { type: string }).type).toBe('alert.test')
    }
    await expectError(await api(ws, 'PATCH', `/v1/destinations/${created.id}`, { rotateSecret: false }), 400, 'invalid_request')
  })

  it('the test send reports what the target answered', async () => {
    const ws = await createWorkspace()
    const r = receiver()
    const failing = await createDestination(ws, { url: r.url('gone') })
    const res = (await (await api(ws, 'POST', `/v1/destinations/${failing.id}/test`)).json()) as { ok: boolean; status: number; body: string }
    expect(res).toEqual({ ok: false, status: 410, body: 'gone' })
    // A test send is not a delivery: it disables nothing.
    expect(((await (await api(ws, 'GET', `/v1/destinations/${failing.id}`)).json()) as { enabled: boolean }).enabled).toBe(true)
  })

  it('Slack gets a Block Kit message as Slack documents it, from a real alert and from a test', async () => {
    const ws = await createWorkspace({ dashboardUrl: 'https://dash.example.com' })
    const r = receiver()
    const dest = await createDestination(ws, { kind: 'slack', url: r.url('slack') })
    expect(dest).not.toHaveProperty('secret')
    await sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.nps, customer: 'c-<!channel>', score: 0, comment: 'Pricing is a joke <@U123> & support is gone', finished: true })
    const [got] = await received(r, (g) => g.length >= 1)
    expect(got.status).toBe(200)
    const body = JSON.parse(got.body)
    expectSlackShape(body)
    // Slack's control characters are escaped wherever Slack parses mrkdwn: no live mentions from a
    // customer's words (plain_text is never parsed, so it may show them as typed).
    const mrkdwn = [body.text, ...JSON.stringify(body.blocks).match(/"type":"mrkdwn","text":"(?:[^"\\]|\\.)*"/g)!]
    expect(mrkdwn.length).toBeGreaterThan(3)
    for (const text of mrkdwn) expect(text).not.toMatch(/<[!@#]/)
    expect(body.text).toContain('&lt;@U123&gt; &amp; support')
    expect(got.body).toContain('https://dash.example.com/app/customers/')
    const [delivery] = await deliveriesOf(ws)
    await deliveryReaches(delivery.id, 'delivered')
    const test = (await (await api(ws, 'POST', `/v1/destinations/${dest.id}/test`)).json()) as { ok: boolean; body: string }
    expect(test).toMatchObject({ ok: true, body: 'ok' })
    const sample = JSON.parse((await r.records())[1].body)
    expectSlackShape(sample)
    // A test is unmistakable; the real alert above was not marked.
    expect(sample.blocks[0].text.text).toMatch(/^\[TEST\] /)
    expect(sample.text).toMatch(/^\[TEST\] /)
    expect(body.blocks[0].text.text).not.toMatch(/TEST/)
  })

  it('Zendesk gets a ticket as its API documents it, with the delivery id as Idempotency-Key', async () => {
    const ws = await createWorkspace()
    const r = receiver()
    const dest = await createDestination(ws, { kind: 'zendesk', url: r.url('zendesk/api/v2/tickets.json'), subdomain: 'acme', email: 'agent@acme.com', token: 'tok_123' })
    expect(dest).toMatchObject({ kind: 'zendesk', subdomain: 'acme', email: 'agent@acme.com' })
    expect(JSON.stringify(dest)).not.toContain('tok_123')
    await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'c-9', email: 'lee@example.com', traits: { name: 'Lee' } }] })
    await sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.csat, customer: 'c-9', score: 1, comment: 'Checkout keeps failing', finished: true })
    const [got] = await received(r, (g) => g.length >= 1)
    const [delivery] = await deliveriesOf(ws)
    const ticket = expectZendeskShape(got, delivery.id)
    expect(ticket.requester).toEqual({ name: 'Lee', email: 'lee@example.com' })
    expect(ticket.tags).toContain('stayloop_detractor')
    expect(ticket.tags).not.toContain('stayloop_test')
    expect(got.status).toBe(201)
    await deliveryReaches(delivery.id, 'delivered')
    // A test send: a ticket shaped like this one, marked as a test in its subject and tags.
    expect(((await (await api(ws, 'POST', `/v1/destinations/${dest.id}/test`)).json()) as { ok: boolean }).ok).toBe(true)
    const sample = JSON.parse((await r.records())[1].body).ticket
    expect(sample.subject).toMatch(/^\[Test\] /)
    expect(sample.tags).toEqual(expect.arrayContaining(['stayloop', 'stayloop_test']))
    expect(ticket.subject).not.toMatch(/test/i)
  })

  it('refuses private and loopback targets outside local development', async () => {
    const ws = await createWorkspace()
    for (const url of ['http://127.0.0.1:8787/hook', 'http://10.0.0.8/hook', 'http://[::1]/hook', 'http://169.254.169.254/latest', 'http://localhost/x', 'https://db.internal/x']) {
      await expectError(await productionApi(ws, 'POST', '/v1/destinations', { kind: 'webhook', name: 'x', url }), 400, 'invalid_request')
    }
    await expectError(await productionApi(ws, 'POST', '/v1/destinations', { kind: 'slack', name: 'x', url: 'http://hooks.slack.com/services/T/B/X' }), 400, 'invalid_request')
    await expectError(await productionApi(ws, 'POST', '/v1/destinations', { kind: 'zendesk', name: 'x', url: 'https://evil.example.com/api/v2/tickets.json', subdomain: 'acme', email: 'a@acme.com', token: 't' }), 400, 'invalid_request')
    const ok = await productionApi(ws, 'POST', '/v1/destinations', { kind: 'webhook', name: 'x', url: 'https://hooks.example.com/stayloop' })
    expect(ok.status).toBe(201)
    const zendesk = (await (await productionApi(ws, 'POST', '/v1/destinations', { kind: 'zendesk', name: 'z', subdomain: 'Acme', email: 'a@acme.com', token: 't' })).json()) as { url: string }
    expect(zendesk.url).toBe('https://acme.zendesk.com/api/v2/tickets.json')
    // Local development allows loopback, never other private ranges.
    await expectError(await api(ws, 'POST', '/v1/destinations', { kind: 'webhook', name: 'x', url: 'http://192.168.1.5/hook' }), 400, 'invalid_request')
    // A loopback target stored during development is refused by the production test send.
    const dev = await createDestination(ws, { url: receiver().url('ok') })
    await expectError(await productionApi(ws, 'POST', `/v1/destinations/${dev.id}/test`), 400, 'invalid_request')
  })

  it('validates bodies and keeps workspaces apart', async () => {
    const ws = await createWorkspace()
    const other = await createWorkspace()
    const r = receiver()
    const dest = await createDestination(ws, { url: r.url('ok') })
    await expectError(await api(ws, 'POST', '/v1/destinations', { kind: 'pager', name: 'x', url: r.url('ok') }), 400, 'invalid_request')
    await expectError(await api(ws, 'POST', '/v1/destinations', { kind: 'webhook', name: 'x' }), 400, 'invalid_request')
    await expectError(await api(ws, 'POST', '/v1/destinations', { kind: 'webhook', name: 'x', url: r.url('ok'), filters: { kinds: ['everything'] } }), 400, 'invalid_request')
    await expectError(await api(ws, 'POST', '/v1/destinations', { kind: 'webhook', name: 'x', url: r.url('ok'), token: 't' }), 400, 'invalid_request')
    await expectError(await api(ws, 'POST', '/v1/destinations', { kind: 'zendesk', name: 'x', subdomain: 'acme' }), 400, 'invalid_request')
    await expectError(await api(ws, 'POST', '/v1/destinations', { kind: 'webhook', name: 'x', url: 'ftp://example.com/x' }), 400, 'invalid_request')
    await expectError(await api(ws, 'POST', '/v1/destinations', { kind: 'webhook', name: 'x', url: r.url('ok'), extra: 1 }), 400, 'invalid_request')
    await expectError(await api(ws, 'POST', '/v1/destinations', '{nope'), 400, 'bad_request')
    for (const [method, path] of [['GET', ''], ['PATCH', ''], ['DELETE', ''], ['POST', '/test']] as const) {
      await expectError(await api(other, method, `/v1/destinations/${dest.id}${path}`, method === 'PATCH' ? { name: 'mine' } : undefined), 404, 'not_found')
    }
    expect(((await (await api(other, 'GET', '/v1/destinations')).json()) as { total: number }).total).toBe(0)
    expect(await r.records()).toHaveLength(0)
  })

  it('deleting a destination keeps its delivery history; it is no longer listed, gets nothing and cannot be replayed to', async () => {
    const ws = await createWorkspace()
    const r = receiver()
    const dest = await createDestination(ws, { url: r.url('ok'), name: 'CRM' })
    await sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.nps, customer: 'c-1', score: 2, finished: true })
    await received(r, (g) => g.length >= 1)
    const [delivered] = await deliveriesOf(ws)
    await deliveryReaches(delivered.id, 'delivered')
    const dead = await plantDelivery(ws, dest.id)
    await env.DB.prepare("UPDATE deliveries SET status = 'dead', attempts = ? WHERE id = ?").bind(DEFAULT_RETRY_POLICY.maxAttempts, dead).run()
    const waiting = await plantDelivery(ws, dest.id, { nextAttemptAt: Date.now() + 3_600_000 })
    const before = (await (await api(ws, 'GET', `/v1/deliveries?destination=${dest.id}`)).json()) as { data: any[] }
    expect(before.data.map((d) => d.destinationDeleted)).toEqual([false, false, false])

    expect((await api(ws, 'DELETE', `/v1/destinations/${dest.id}`)).status).toBe(204)
    expect(((await (await api(ws, 'GET', '/v1/destinations')).json()) as { total: number }).total).toBe(0)
    await expectError(await api(ws, 'DELETE', `/v1/destinations/${dest.id}`), 404, 'not_found')
    // The history stays, successful deliveries included, with every attempt.
    const alerts = (await (await api(ws, 'GET', '/v1/alerts?customer=c-1')).json()) as { data: { deliveries: unknown[] }[] }
    expect(alerts.data[0].deliveries).toEqual([{ id: delivered.id, destinationId: dest.id, status: 'delivered', attempts: 1 }])
    const list = (await (await api(ws, 'GET', `/v1/deliveries?destination=${dest.id}`)).json()) as { data: any[]; total: number }
    expect(list.total).toBe(3)
    const shown = list.data.find((d) => d.id === delivered.id)
    // Still under its name and kind, saying the destination is gone.
    expect(shown).toMatchObject({ status: 'delivered', destinationName: 'CRM', destinationKind: 'webhook', destinationDeleted: true, attempts: 1 })
    expect(list.data.map((d) => [d.destinationName, d.destinationDeleted])).toEqual([['CRM', true], ['CRM', true], ['CRM', true]])
    expect(shown.attemptsLog).toHaveLength(1)
    // What waited for it ends now, sends nothing, and cannot be replayed to the deleted destination.
    expect(await deliveryState(waiting)).toMatchObject({ status: 'failed', last_error: 'destination deleted' })
    expect(await attemptDelivery(env, waiting)).toBe('not_pending')
    for (const id of [dead, waiting]) {
      const refused = await expectError(await api(ws, 'POST', `/v1/deliveries/${id}/replay`), 409, 'conflict')
      expect(refused.message).toMatch(/destination .*deleted/)
    }
    // A new alert goes nowhere.
    const next = uuid()
    await sitePost(ws, 'responses', { id: next, surveyId: ws.surveys.nps, customer: 'c-2', score: 1, finished: true })
    await analyzed(ws, next)
    await eventually(async () => ((await (await api(ws, 'GET', '/v1/alerts?customer=c-2')).json()) as { total: number }).total === 1)
    expect(await deliveriesOf(ws)).toHaveLength(3)
    expect(await r.records()).toHaveLength(1)
  })

  it("an English team reads a Chinese customer's exit answer in English; only the comment is quoted as written", async () => {
    const ws = await createWorkspace()
    const r = receiver()
    await createDestination(ws, { kind: 'slack', url: r.url('slack') })
    await createDestination(ws, { kind: 'zendesk', url: r.url('zendesk/api/v2/tickets.json'), subdomain: 'acme', email: 'agent@acme.com', token: 'tok_123' })
    // A NUL, a BEL and a right-to-left override in the name reach neither tool.
    await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'c-zh', traits: { name: 'Wang\u0000 Fang\u0007\u202E' } }] })
    const answer = { surveyId: ws.surveys.exit, customer: 'c-zh', locale: 'zh-Hans', reason: 'too_expensive', offer: { kind: 'discount', accepted: false }, comment: '太贵了，用不起', finished: true }
    await sitePost(ws, 'responses', { id: uuid(), ...answer })
    const got = await received(r, (g) => g.length >= 2)
    const slack = JSON.parse(got.find((g) => g.path.endsWith('/slack'))!.body)
    const ticket = JSON.parse(got.find((g) => g.path.endsWith('/tickets.json'))!.body).ticket
    expect(slack.blocks[0].text.text).toBe('Exit survey: Wang Fang (c-zh)')
    expect(ticket.subject).toBe('[Stayloop] Exit survey: Wang Fang (c-zh)')
    const slackText = JSON.stringify(slack)
    expect(slackText).toContain('exit survey: It’s too expensive; offer declined')
    expect(slackText).toContain('*Exit reason*\\nIt’s too expensive')
    expect(slackText).toContain('Sorry to see you go. Why are you cancelling?')
    expect(ticket.comment.body).toContain('Exit reason: It’s too expensive')
    expect(ticket.comment.body).toContain('Question: Sorry to see you go. Why are you cancelling?')
    for (const text of [slackText, ticket.comment.body]) {
      expect(text).toContain('太贵了，用不起')
      expect(text.replaceAll('太贵了，用不起', '')).not.toMatch(/\p{Script=Han}/u)
      expect(text).not.toMatch(/[\u0000\u0007\u202E]|\\u0000|\\u0007/)
    }

    // A survey without the team's language: built-in reason words, the question in the survey's own language.
    const survey = (await (await api(ws, 'GET', `/v1/surveys/${ws.surveys.exit}`)).json()) as { content: { locales: Record<string, unknown> } }
    const { en: _en, 'zh-Hant': _hant, ...onlyHans } = survey.content.locales
    expect((await api(ws, 'PATCH', `/v1/surveys/${ws.surveys.exit}`, { content: { ...survey.content, locales: onlyHans } })).status).toBe(200)
    await sitePost(ws, 'responses', { id: uuid(), ...answer, customer: 'c-zh-2' })
    const [, , later] = await received(r, (g) => g.length >= 4)
    const laterText = JSON.stringify(JSON.parse(later.body))
    expect(laterText).toMatch(/too expensive/)
    expect(laterText).not.toContain('价格太贵')
    expect(laterText).toContain('很遗憾您要离开。请问取消的原因是什么？')
  })

  it('topic filters name topics of the workspace taxonomy, at most 100 values a filter', async () => {
    const ws = await createWorkspace()
    const url = receiver().url('ok')
    const typo = await expectError(await api(ws, 'POST', '/v1/destinations', { kind: 'webhook', name: 'x', url, filters: { topics: ['pricing', 'pricng', 'suport'] } }), 400, 'invalid_request')
    expect(typo.message).toMatch(/unknown topic "pricng", "suport"/)
    expect(typo.message).not.toMatch(/"pricing"/)
    const many = Array.from({ length: 5000 }, (_, i) => `topic_${i}`)
    expect((await expectError(await api(ws, 'POST', '/v1/destinations', { kind: 'webhook', name: 'x', url, filters: { topics: many } }), 400, 'invalid_request')).message).toMatch(/at most 100/)
    const ok = await createDestination(ws, { url, filters: { topics: ['pricing', 'Support'] } })
    expect(ok.filters).toEqual({ topics: ['pricing', 'Support'] })
    await expectError(await api(ws, 'PATCH', `/v1/destinations/${ok.id}`, { filters: { topics: ['biling'] } }), 400, 'invalid_request')
    // The workspace's own taxonomy decides.
    const taxonomy = { topics: [{ id: 'page_speed', name: 'Page speed', keywords: ['slow'] }] }
    expect((await api(ws, 'PUT', '/v1/taxonomy', taxonomy)).status).toBe(200)
    expect((await api(ws, 'PATCH', `/v1/destinations/${ok.id}`, { filters: { topics: ['page_speed'] } })).status).toBe(200)
    await expectError(await api(ws, 'PATCH', `/v1/destinations/${ok.id}`, { filters: { topics: ['pricing'] } }), 400, 'invalid_request')
  })
})
