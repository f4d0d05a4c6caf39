import { describe, expect, it } from 'vitest'
import { Webhook } from 'standardwebhooks'
import { deliveryRequest, digestRequest } from './request.ts'
import { generateSecret } from './webhook.ts'
import { buildDigest } from './digest.ts'
import { sampleAlert } from './sample.ts'
import { hostileAlert } from '../../../test/fixtures/alerts/samples.ts'

const now = Date.now()
const zendesk = { kind: 'zendesk' as const, url: '', config: { subdomain: 'acme', email: 'a@acme.com', token: 't' } }

describe('deliveryRequest', () => {
  it('signs webhooks so the reference library verifies them', async () => {
    const secret = generateSecret()
    const r = await deliveryRequest({ kind: 'webhook', url: 'https://example.com/hook', secret }, hostileAlert, 'dlv_1', { now })
    expect(r.url).toBe('https://example.com/hook')
    const payload = new Webhook(secret).verify(r.body, r.headers) as { type: string }
    expect(payload.type).toBe('alert.detractor')
    expect(r.headers['webhook-id']).toBe('dlv_1')
  })
  it('posts Block Kit JSON to a Slack incoming webhook', async () => {
    const r = await deliveryRequest({ kind: 'slack', url: 'https://hooks.slack.com/services/T/B/X' }, hostileAlert, 'dlv_2', { now, dashboardUrl: 'https://app.example.com' })
    const body = JSON.parse(r.body)
    expect(r.url).toBe('https://hooks.slack.com/services/T/B/X')
    expect(body.blocks[0].type).toBe('header')
    expect(typeof body.text).toBe('string')
  })
  it('creates a Zendesk ticket with the delivery id as Idempotency-Key, and needs its config', async () => {
    const r = await deliveryRequest(zendesk, hostileAlert, 'dlv_3', { now })
    expect(r.url).toBe('https://acme.zendesk.com/api/v2/tickets.json')
    expect(r.headers['idempotency-key']).toBe('dlv_3')
    const local = await deliveryRequest({ ...zendesk, url: 'http://127.0.0.1:9/zendesk/api/v2/tickets.json' }, hostileAlert, 'dlv_3', { now })
    expect(local.url).toBe('http://127.0.0.1:9/zendesk/api/v2/tickets.json')
    await expect(deliveryRequest({ ...zendesk, config: {} }, hostileAlert, 'dlv_3', { now })).rejects.toThrow(/subdomain/)
  })
  it('renders the sample test alert for every kind', async () => {
    for (const dest of [{ kind: 'webhook' as const, url: 'https://e.com', secret: generateSecret() }, { kind: 'slack' as const, url: 'https://e.com' }, zendesk]) {
      const r = await deliveryRequest(dest, sampleAlert(now), 'dlv_t', { now })
      expect(r.body).toContain('Sample Customer')
    }
  })
})

describe('digestRequest', () => {
  it('builds one request per destination kind', async () => {
    const d = buildDigest([hostileAlert, sampleAlert(now)])
    const secret = generateSecret()
    const w = await digestRequest({ kind: 'webhook', url: 'https://e.com', secret }, d, 'dig_1', { now })
    expect((new Webhook(secret).verify(w.body, w.headers) as { type: string }).type).toBe('alert.digest')
    expect(JSON.parse((await digestRequest({ kind: 'slack', url: 'https://e.com' }, d, 'dig_1', { now })).body).blocks[0].type).toBe('header')
    expect(JSON.parse((await digestRequest(zendesk, d, 'dig_1', { now })).body).ticket.external_id).toBe('dig_1')
  })
})

describe("digestRequest: the team's language", () => {
  it('reaches the Slack message and the Zendesk ticket (QA: a zh-Hans digest was all English)', async () => {
    const d = buildDigest([hostileAlert])
    const slack = JSON.parse((await digestRequest({ kind: 'slack', url: 'https://e.com' }, d, 'dig_2', { now, teamLanguage: 'zh-Hans' })).body)
    expect(slack.blocks[0].text.text).toBe('Stayloop 每日摘要：2026-03-14')
    const ticket = JSON.parse((await digestRequest(zendesk, d, 'dig_2', { now, teamLanguage: 'zh-Hant' })).body).ticket
    expect(ticket.subject).toBe('[Stayloop] 每日摘要 2026-03-14')
    expect(ticket.comment.body.split('\n')[0]).toBe('共 1 則提醒：貶損者 1（高 1）')
  })
})
