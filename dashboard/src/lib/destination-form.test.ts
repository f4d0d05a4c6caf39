import { describe, expect, it } from 'vitest'
import { createBody, draftOf, emptyDraft, filtersOf, patchBody } from './destination-form.ts'
import type { Destination } from './types.ts'

const hook: Destination = {
  id: 'dst_1', kind: 'webhook', name: 'Ops', url: 'https://example.com/hook',
  filters: { kinds: ['detractor'], minSeverity: 'high', tiers: ['high'], topics: ['pricing'], valueTiers: ['top', 'Enterprise'] },
  digest: false, enabled: true,
}

describe('filtersOf', () => {
  it('leaves out every filter set to any, and keeps the API order of kinds and tiers', () => {
    expect(filtersOf(emptyDraft())).toEqual({})
    const draft = { ...emptyDraft(), kinds: ['exit', 'detractor'], tiers: ['low', 'high'], minSeverity: 'medium', topics: ['billing', 'billing'], valueTiers: ' top ,vip,， ,top' }
    expect(filtersOf(draft)).toEqual({ kinds: ['detractor', 'exit'], minSeverity: 'medium', tiers: ['high', 'low'], topics: ['billing'], valueTiers: ['top', 'vip'] })
  })

  it('round-trips a stored destination', () => {
    expect(filtersOf(draftOf(hook))).toEqual({ kinds: ['detractor'], minSeverity: 'high', tiers: ['high'], topics: ['pricing'], valueTiers: ['top', 'Enterprise'] })
  })
})

describe('createBody', () => {
  it('sends kind, name, url, filters and digest for a webhook', () => {
    const body = createBody({ ...emptyDraft(), name: ' Ops ', url: ' https://x.test/h ', kinds: ['exit'], digest: true })
    expect(body).toEqual({ kind: 'webhook', name: 'Ops', url: 'https://x.test/h', filters: { kinds: ['exit'] }, digest: true })
  })

  it('sends Zendesk credentials and no URL, which follows from the subdomain', () => {
    const body = createBody({ ...emptyDraft(), kind: 'zendesk', name: 'Desk', zendesk: { subdomain: 'acme ', email: 'a@acme.test', token: 'tok' } })
    expect(body).toEqual({ kind: 'zendesk', name: 'Desk', filters: {}, digest: false, subdomain: 'acme', email: 'a@acme.test', token: 'tok' })
  })
})

describe('patchBody', () => {
  it('sends nothing when nothing changed', () => {
    expect(patchBody(hook, draftOf(hook))).toEqual({})
    // Same filters typed in another order are no change.
    expect(patchBody(hook, { ...draftOf(hook), valueTiers: 'Enterprise, top' })).toEqual({})
  })

  it('sends the whole filter object when one filter changes, since the API replaces it', () => {
    const body = patchBody(hook, { ...draftOf(hook), minSeverity: '', topics: ['pricing', 'support'] })
    expect(body).toEqual({ filters: { kinds: ['detractor'], tiers: ['high'], topics: ['pricing', 'support'], valueTiers: ['top', 'Enterprise'] } })
  })

  it('clears every filter with an empty object', () => {
    expect(patchBody(hook, { ...draftOf(hook), kinds: [], minSeverity: '', tiers: [], topics: [], valueTiers: '' })).toEqual({ filters: {} })
  })

  it('sends digest, enabled and name only when changed', () => {
    expect(patchBody(hook, { ...draftOf(hook), digest: true, enabled: false, name: 'Ops 2' })).toEqual({ name: 'Ops 2', digest: true, enabled: false })
  })

  it('keeps a Zendesk token unless a new one is typed', () => {
    const desk: Destination = { id: 'dst_2', kind: 'zendesk', name: 'Desk', url: 'https://acme.zendesk.com/api/v2/tickets.json', subdomain: 'acme', email: 'a@acme.test', filters: {}, digest: false, enabled: true }
    expect(draftOf(desk).zendesk).toEqual({ subdomain: 'acme', email: 'a@acme.test', token: '' })
    expect(patchBody(desk, draftOf(desk))).toEqual({})
    expect(patchBody(desk, { ...draftOf(desk), zendesk: { subdomain: 'acme2', email: 'a@acme.test', token: 'new' } })).toEqual({ subdomain: 'acme2', token: 'new' })
  })
})
