import { describe, expect, it } from 'vitest'
import { mapZendeskEvent, verifyZendeskSignature, zendeskSignature } from './zendesk.ts'

const SECRET = 'zd_secret'
const NOW = Date.parse('2025-06-01T00:00:00Z')

describe('verifyZendeskSignature', () => {
  it('base64 HMAC of timestamp + body, within 5 minutes', async () => {
    const body = '{"type":"zen:event-type:ticket.created"}'
    const ts = '2025-06-01T00:00:00Z'
    const sig = await zendeskSignature(body, ts, SECRET)
    expect(await verifyZendeskSignature(sig, ts, body, SECRET, NOW)).toEqual({ ok: true })
    expect((await verifyZendeskSignature(sig, ts, body.replace('created', 'deleted'), SECRET, NOW)).ok).toBe(false)
    expect((await verifyZendeskSignature(sig, ts, body, SECRET, NOW + 10 * 60_000)).ok).toBe(false)
    expect((await verifyZendeskSignature('not base64!', ts, body, SECRET, NOW)).ok).toBe(false)
    expect((await verifyZendeskSignature(undefined, ts, body, SECRET, NOW)).ok).toBe(false)
  })
})

describe('mapZendeskEvent', () => {
  it('an event webhook ticket.created -> ticket_opened, matched by Zendesk requester id', () => {
    const payload = {
      type: 'zen:event-type:ticket.created', account_id: 1, id: 'e1', time: '2025-05-31T10:00:00Z', subject: 'zen:ticket:35436',
      detail: { id: '35436', requester_id: '20978392', status: 'NEW', created_at: '2025-05-31T10:00:00Z' }, event: {},
    }
    expect(mapZendeskEvent(payload, NOW)).toEqual({
      kind: 'apply', match: { externalId: null, email: null, zendeskUserId: '20978392' },
      signal: { type: 'ticket_opened', at: Date.parse('2025-05-31T10:00:00Z'), meta: { ticket: '35436', source: 'zendesk' } },
      key: 'ticket:35436:created',
    })
  })

  it('a trigger payload with a bad satisfaction rating -> complaint; solved -> nothing', () => {
    const bad = { event: 'satisfaction_rated', ticket: { id: 7, status: 'solved', satisfaction: 'BadWithComment' }, requester: { external_id: 'acct-1', email: 'a@example.com' } }
    expect(mapZendeskEvent(bad, NOW)).toMatchObject({ kind: 'apply', match: { externalId: 'acct-1', email: 'a@example.com' }, signal: { type: 'complaint', at: NOW } })
    const solved = { event: 'ticket_solved', ticket: { id: 7, status: 'solved' }, requester: { external_id: 'acct-1' } }
    expect(mapZendeskEvent(solved, NOW)).toEqual({ kind: 'ignored', reason: 'ticket solved (no signal)' })
    const created = { event: 'ticket_created', ticket: { id: 8 }, requester: { email: 'b@example.com' } }
    expect(mapZendeskEvent(created, NOW)).toMatchObject({ signal: { type: 'ticket_opened' }, match: { email: 'b@example.com' } })
    expect(mapZendeskEvent({ event: 'ticket_created', ticket: { id: 9 } }, NOW).kind).toBe('ignored')
  })
})
