import { describe, expect, it } from 'vitest'
import { Webhook } from 'standardwebhooks'
import { activeSecrets, generateSecret, isValidSecret, rotateSecret, sign, signatureHeader, signedRequest, webhookPayload, digestPayload } from './webhook.ts'
import { base64ToBytes } from './base64.ts'
import { buildDigest } from './digest.ts'
import { hostileAlert, sneakyAlert, T0 } from '../../../test/fixtures/alerts/samples.ts'

const nowS = () => Math.floor(Date.now() / 1000)

describe('generateSecret', () => {
  it('is whsec_ + base64 of 24-32 random bytes, different each time', () => {
    const a = generateSecret()
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/)
    expect(base64ToBytes(a.slice(6))).toHaveLength(32)
    expect(base64ToBytes(generateSecret(24).slice(6))).toHaveLength(24)
    expect(generateSecret()).not.toBe(a)
    expect(() => generateSecret(16)).toThrow(RangeError)
    expect(isValidSecret(a)).toBe(true)
    expect(isValidSecret('whsec_short')).toBe(false)
    expect(isValidSecret('secret_' + a.slice(6))).toBe(false)
  })
})

describe('sign (conformance with the standardwebhooks package)', () => {
  const body = JSON.stringify(webhookPayload(hostileAlert))
  it('produces the signature the reference library computes and verifies', async () => {
    const secret = generateSecret()
    const ts = nowS()
    const ours = await sign(secret, 'dlv_1', ts, body)
    expect(ours).toBe(new Webhook(secret).sign('dlv_1', new Date(ts * 1000), body))
    const headers = { 'webhook-id': 'dlv_1', 'webhook-timestamp': String(ts), 'webhook-signature': ours }
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body))
  })
  it('matches a fixed vector (computed once with the reference library)', async () => {
    const secret = 'whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8='
    const sig = await sign(secret, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}')
    expect(sig).toBe('v1,O4Gjv1HqPqsMrjmczoggs/sWA8gZD0VyHG+fLh4+ktI=')
  })
  it('fails verification when anything is tampered with', async () => {
    const secret = generateSecret()
    const req = await signedRequest([secret], 'dlv_2', body, Date.now())
    const wh = new Webhook(secret)
    expect(() => wh.verify(body, req.headers)).not.toThrow()
    expect(() => wh.verify(body.replace('cus_42', 'cus_43'), req.headers)).toThrow()
    expect(() => wh.verify(body, { ...req.headers, 'webhook-id': 'dlv_3' })).toThrow()
    expect(() => wh.verify(body, { ...req.headers, 'webhook-timestamp': String(Number(req.headers['webhook-timestamp']) + 1) })).toThrow()
    expect(() => new Webhook(generateSecret()).verify(body, req.headers)).toThrow()
  })
  it('during rotation signs with both secrets and either verifies', async () => {
    const old = generateSecret()
    const rotated = rotateSecret(old, T0, 24)
    expect(rotated.previousSecret).toBe(old)
    expect(rotated.previousSecretExpiresAt).toBe(T0 + 24 * 3_600_000)
    const secrets = activeSecrets(rotated, T0 + 1000)
    expect(secrets).toEqual([rotated.secret, old])
    const req = await signedRequest(secrets, 'dlv_4', body, Date.now())
    expect(req.headers['webhook-signature'].split(' ')).toHaveLength(2)
    expect(() => new Webhook(old).verify(body, req.headers)).not.toThrow()
    expect(() => new Webhook(rotated.secret).verify(body, req.headers)).not.toThrow()
    // After the overlap only the new secret signs, and the old one no longer verifies.
    expect(activeSecrets(rotated, T0 + 24 * 3_600_000)).toEqual([rotated.secret])
    const later = await signedRequest(activeSecrets(rotated, T0 + 25 * 3_600_000), 'dlv_4', body, Date.now())
    expect(() => new Webhook(old).verify(body, later.headers)).toThrow()
  })
  it('keeps webhook-id stable across attempts while the timestamp moves', async () => {
    const secret = generateSecret()
    const a = await signedRequest([secret], 'dlv_5', body, Date.now())
    const b = await signedRequest([secret], 'dlv_5', body, Date.now() + 30_000)
    expect(a.headers['webhook-id']).toBe(b.headers['webhook-id'])
    expect(a.headers['webhook-timestamp']).not.toBe(b.headers['webhook-timestamp'])
    expect(a.headers['content-type']).toBe('application/json')
  })
  it('dedupes identical secrets and refuses to sign with none', async () => {
    const s = generateSecret()
    expect((await signatureHeader([s, s], 'm', 1, 'b')).split(' ')).toHaveLength(1)
    await expect(signatureHeader([], 'm', 1, 'b')).rejects.toThrow()
  })
})

describe('webhookPayload', () => {
  it('has type alert.<kind>, an ISO timestamp and labelled questions, reasons and topics', () => {
    const p = webhookPayload(hostileAlert, { dashboardUrl: 'https://app.example.com' })
    expect(p.type).toBe('alert.detractor')
    expect(p.timestamp).toBe('2026-03-14T09:30:00.000Z')
    const data = p.data as any
    expect(data.alert).toMatchObject({ id: 'alt_01HOSTILE', kind: 'detractor', severity: 'high' })
    expect(data.customer).toMatchObject({ id: 'cus_42', plan: 'Pro', revenue: 120, url: 'https://app.example.com/app/customers/cus_42' })
    expect(data.response.questions).toEqual([{ id: 'q_nps', label: 'How likely are you to recommend Acme to a friend?', answer: 2 }])
    expect(data.response.topics[0]).toEqual({ id: 'pricing', label: 'pricing', confidence: 0.9 })
    expect(data.response.comment).toBe(hostileAlert.data.response?.comment)
    expect(data.risk.reasons).toHaveLength(2)
    expect(data.nextSteps.length).toBeGreaterThan(0)
  })
  it('labels exit reasons', () => {
    const exitAlert = { ...hostileAlert, kind: 'exit' as const, data: { ...hostileAlert.data, response: { ...hostileAlert.data.response!, surveyKind: 'exit' as const, reason: 'too_expensive', reasonLabel: 'Too expensive', offerKind: 'discount', offerAccepted: true } } }
    const data = webhookPayload(exitAlert).data as any
    expect(data.response.reason).toEqual({ id: 'too_expensive', label: 'Too expensive' })
    expect(data.response.offer).toEqual({ kind: 'discount', accepted: true })
  })
  it('a test send is type alert.test, otherwise shaped like the real alert', () => {
    const test = webhookPayload(hostileAlert, { test: true })
    const real = webhookPayload(hostileAlert)
    expect(test.type).toBe('alert.test')
    expect(test).toEqual({ ...real, type: 'alert.test' })
  })
  it('strips control and bidi-override characters from every string; the comment keeps its line breaks and tabs', () => {
    const data = webhookPayload(sneakyAlert).data as any
    expect(data.customer.name).toBe('Dana gnp.exe')
    expect(data.alert.trigger).toBe('NPS 2 (detractor: 0-6)')
    expect(data.response.comment).toBe('line one\nline\ttwo evil')
    expect(JSON.stringify(data)).not.toMatch(/\\u000|\\u0007|\u202E/)
    const digest = digestPayload(buildDigest([sneakyAlert]), T0).data as any
    expect(digest.items[0]).toMatchObject({ customerName: 'Dana gnp.exe', comment: 'line one\nline\ttwo evil' })
  })
  it('has a digest form', () => {
    const p = digestPayload(buildDigest([hostileAlert]), T0)
    expect(p.type).toBe('alert.digest')
    expect((p.data as any).items[0].createdAt).toBe('2026-03-14T09:30:00.000Z')
  })
})
