import { describe, expect, it } from 'vitest'
import { lookupVerdict, ticketLookup } from './zendesk-lookup.ts'
import { zendeskRequest, zendeskTicket } from './zendesk.ts'
import { sampleAlert } from './sample.ts'

const config = { subdomain: 'acme', email: 'agent@acme.com', token: 'tok' }

describe('ticketLookup', () => {
  it('asks List Tickets for the create request\'s external_id, with the same credentials', () => {
    const alert = { ...sampleAlert(0), id: 'alt_a&b c' }
    const create = zendeskRequest(zendeskTicket(alert), config, 'dlv_1')
    const lookup = ticketLookup(create)!
    expect(lookup.method).toBe('GET')
    expect(new URL(lookup.url).searchParams.get('external_id')).toBe('alt_a&b c')
    expect(lookup.url.startsWith('https://acme.zendesk.com/api/v2/tickets.json?')).toBe(true)
    expect(lookup.headers.authorization).toBe(create.headers.authorization)
    expect(lookup.externalId).toBe('alt_a&b c')
  })

  it('has nothing to look for without an external_id', () => {
    expect(ticketLookup({ url: 'https://acme.zendesk.com/api/v2/tickets.json', method: 'POST', headers: {}, body: '{"ticket":{}}' })).toBeNull()
    expect(ticketLookup({ url: 'https://acme.zendesk.com/api/v2/tickets.json', method: 'POST', headers: {}, body: 'not json' })).toBeNull()
  })
})

describe('lookupVerdict', () => {
  const ticket = (externalId: string, description = 'x') => ({ url: 'https://acme.zendesk.com/api/v2/tickets/7.json', id: 7, external_id: externalId, description })

  it('reads a whole answer', () => {
    expect(lookupVerdict(JSON.stringify({ tickets: [ticket('alt_1')], count: 1 }), 'alt_1')).toBe('exists')
    expect(lookupVerdict(JSON.stringify({ tickets: [], next_page: null, count: 0 }), 'alt_1')).toBe('none')
    expect(lookupVerdict(JSON.stringify({ tickets: [ticket('alt_2')], count: 1 }), 'alt_1')).toBe('none')
  })

  it('reads the start of an answer cut short by a long first comment', () => {
    const whole = JSON.stringify({ tickets: [ticket('alt_1', 'y'.repeat(5000))], count: 1 })
    expect(lookupVerdict(whole.slice(0, 300), 'alt_1')).toBe('exists')
    expect(lookupVerdict('{"tickets": [ ', 'alt_1')).toBe('unknown')
    expect(lookupVerdict('<html>maintenance</html>', 'alt_1')).toBe('unknown')
  })

  it('is not fooled by the id quoted inside a comment', () => {
    const whole = JSON.stringify({ tickets: [ticket('alt_2', `see "external_id":"alt_1" in the log ${'z'.repeat(500)}`)], count: 1 })
    expect(lookupVerdict(whole.slice(0, 200), 'alt_1')).toBe('unknown')
    expect(lookupVerdict(whole, 'alt_1')).toBe('none')
  })
})
