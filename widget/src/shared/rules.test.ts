import { describe, expect, it } from 'vitest'
import { traitsMatch, urlMatches } from './rules.ts'

const href = 'https://app.example.com/billing/plans?tab=pro'
const path = '/billing/plans'

describe('URL rules', () => {
  it('matches when there is no rule', () => expect(urlMatches(undefined, href, path)).toBe(true))
  it('exact matches the full URL or the path', () => {
    expect(urlMatches({ match: 'exact', value: '/billing/plans' }, href, path)).toBe(true)
    expect(urlMatches({ match: 'exact', value: href }, href, path)).toBe(true)
    expect(urlMatches({ match: 'exact', value: '/billing' }, href, path)).toBe(false)
  })
  it('contains, starts_with and regex', () => {
    expect(urlMatches({ match: 'contains', value: 'tab=pro' }, href, path)).toBe(true)
    expect(urlMatches({ match: 'contains', value: 'settings' }, href, path)).toBe(false)
    expect(urlMatches({ match: 'starts_with', value: '/billing' }, href, path)).toBe(true)
    expect(urlMatches({ match: 'starts_with', value: '/plans' }, href, path)).toBe(false)
    expect(urlMatches({ match: 'regex', value: '^/billing/(plans|invoices)$' }, href, path)).toBe(true)
    expect(urlMatches({ match: 'regex', value: '^/team' }, href, path)).toBe(false)
  })
  it('a broken regex fails the rule instead of throwing', () => {
    expect(urlMatches({ match: 'regex', value: '([' }, href, path)).toBe(false)
  })
})

describe('targeting by traits', () => {
  const traits = { plan: 'pro', seats: 12, beta: true }
  it('passes with no rules', () => {
    expect(traitsMatch(null, traits)).toBe(true)
    expect(traitsMatch({}, traits)).toBe(true)
  })
  it('applies every operator', () => {
    expect(traitsMatch({ traits: [{ key: 'plan', op: 'eq', value: 'pro' }] }, traits)).toBe(true)
    expect(traitsMatch({ traits: [{ key: 'plan', op: 'eq', value: 'free' }] }, traits)).toBe(false)
    expect(traitsMatch({ traits: [{ key: 'plan', op: 'neq', value: 'free' }] }, traits)).toBe(true)
    expect(traitsMatch({ traits: [{ key: 'plan', op: 'in', value: ['team', 'pro'] }] }, traits)).toBe(true)
    expect(traitsMatch({ traits: [{ key: 'seats', op: 'gt', value: 10 }] }, traits)).toBe(true)
    expect(traitsMatch({ traits: [{ key: 'seats', op: 'lt', value: 10 }] }, traits)).toBe(false)
    expect(traitsMatch({ traits: [{ key: 'beta', op: 'exists' }] }, traits)).toBe(true)
    expect(traitsMatch({ traits: [{ key: 'email', op: 'exists' }] }, traits)).toBe(false)
  })
  it('needs all rules, and an anonymous visitor has no traits', () => {
    const t = { traits: [{ key: 'plan', op: 'eq' as const, value: 'pro' }, { key: 'seats', op: 'gt' as const, value: 20 }] }
    expect(traitsMatch(t, traits)).toBe(false)
    expect(traitsMatch({ traits: [{ key: 'plan', op: 'eq', value: 'pro' }] })).toBe(false)
  })
})
