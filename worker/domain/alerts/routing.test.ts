import { describe, expect, it } from 'vitest'
import { buildDigest, groupByDay, matches, parseFilters } from './routing.ts'
import { digestSeverity } from './digest.ts'
import { decideResponseAlerts, decideRiskAlerts } from './rules.ts'
import type { Alert, StoredAlert } from './types.ts'
import { customerEn, customerTopZhTw, exitResponse, npsResponse, T0 } from '../../../test/fixtures/alerts/samples.ts'

// A mildly negative comment keeps an NPS 5 at medium (a strongly negative one makes it high).
const detractor = decideResponseAlerts({ response: npsResponse(5, { sentiment: { label: 'negative', score: -0.5, confidence: 0.75 } }), customer: customerEn })[0] // medium, pricing+support
const exitTop = decideResponseAlerts({ response: exitResponse(), customer: customerTopZhTw })[0] // high, pricing
const riskHigh = decideRiskAlerts({ customer: customerTopZhTw, previous: { tier: 'low' }, current: { tier: 'high', score: 90, reasons: [{ code: 'complaints', text: '2 complaints in 30 days' }] }, at: T0 })[0]
const riskMedium = decideRiskAlerts({ customer: customerEn, previous: { tier: 'low' }, current: { tier: 'medium', score: 50, reasons: [{ code: 'complaints', text: '2 complaints in 30 days' }] }, at: T0 })[0]

describe('matches', () => {
  it('passes everything without filters', () => {
    for (const a of [detractor, exitTop, riskHigh]) {
      expect(matches(undefined, a)).toBe(true)
      expect(matches({}, a)).toBe(true)
      expect(matches({ kinds: [], topics: [] }, a)).toBe(true)
    }
  })
  it('filters by kind and minimum severity', () => {
    expect(matches({ kinds: ['detractor', 'exit'] }, detractor)).toBe(true)
    expect(matches({ kinds: ['exit'] }, detractor)).toBe(false)
    expect(matches({ minSeverity: 'medium' }, detractor)).toBe(true)
    expect(matches({ minSeverity: 'high' }, detractor)).toBe(false)
    expect(matches({ minSeverity: 'critical' }, riskHigh)).toBe(true)
  })
  it('filters by risk tier; alerts without a risk score do not match a tier filter', () => {
    expect(matches({ tiers: ['high'] }, riskHigh)).toBe(true)
    expect(matches({ tiers: ['high'] }, riskMedium)).toBe(false)
    expect(matches({ tiers: ['medium', 'high'] }, riskMedium)).toBe(true)
    expect(matches({ tiers: ['high'] }, detractor)).toBe(false)
  })
  it('filters by topic, with aliases', () => {
    expect(matches({ topics: ['support'] }, detractor)).toBe(true)
    expect(matches({ topics: ['support'] }, exitTop)).toBe(false)
    expect(matches({ topics: ['price'] }, exitTop)).toBe(true)
    expect(matches({ topics: ['pricing'] }, riskHigh)).toBe(false)
  })
  it('filters by value tier, "top" meaning the top value tier', () => {
    expect(matches({ valueTiers: ['HIGH'] }, exitTop)).toBe(true)
    expect(matches({ valueTiers: ['top'] }, exitTop)).toBe(true)
    expect(matches({ valueTiers: ['top'] }, detractor)).toBe(false)
    expect(matches({ valueTiers: ['mid'] }, detractor)).toBe(true)
  })
  it('requires every filter to hold', () => {
    expect(matches({ kinds: ['exit'], minSeverity: 'high', topics: ['pricing'], valueTiers: ['top'] }, exitTop)).toBe(true)
    expect(matches({ kinds: ['exit'], minSeverity: 'critical', topics: ['pricing'] }, exitTop)).toBe(false)
  })
})

describe('parseFilters', () => {
  it('accepts valid filters and nothing', () => {
    expect(parseFilters(null)).toEqual({ ok: true, filters: {} })
    const f = { kinds: ['detractor'], minSeverity: 'high', tiers: ['high'], topics: ['pricing'], valueTiers: ['top'] }
    expect(parseFilters(f)).toEqual({ ok: true, filters: f })
  })
  it('refuses unknown keys, kinds, tiers and severities', () => {
    expect(parseFilters({ kind: ['detractor'] })).toMatchObject({ ok: false, error: 'unknown filter "kind"' })
    expect(parseFilters({ kinds: ['promoter'] })).toMatchObject({ ok: false })
    expect(parseFilters({ tiers: ['extreme'] })).toMatchObject({ ok: false })
    expect(parseFilters({ minSeverity: 'urgent' })).toMatchObject({ ok: false })
    expect(parseFilters({ topics: 'pricing' })).toMatchObject({ ok: false })
    expect(parseFilters([1])).toMatchObject({ ok: false })
  })
})

const stored = (a: Alert, i: number, at = T0 + i * 60_000): StoredAlert => ({ ...a, id: `alt_${i}`, createdAt: at })

describe('digest', () => {
  const day = [stored(detractor, 1), stored(riskMedium, 2), stored(exitTop, 3), stored(riskHigh, 4), stored(detractor, 5)]
  it('names a topic the workspace named by its own name', () => {
    const renamed = { ...stored(detractor, 1), data: { ...stored(detractor, 1).data, response: { ...stored(detractor, 1).data.response!, topics: [{ id: 'speed_x', label: 'Page speed' }, { id: 'missing_feature' }] } } }
    expect(buildDigest([renamed]).topTopics.map((t) => t.label)).toEqual(['Missing feature', 'Page speed'])
  })
  it('counts by kind and severity and lists the most severe first', () => {
    const d = buildDigest(day, { dashboardUrl: 'https://app.example.com' })
    expect(d.day).toBe('2026-03-14')
    expect(d.total).toBe(5)
    expect(d.byKind).toEqual({ detractor: 2, risk_escalated: 1, exit: 1, high_value_at_risk: 1 })
    expect(d.bySeverity).toEqual({ medium: 3, high: 1, critical: 1 })
    expect(d.items.map((i) => i.alertId)).toEqual(['alt_4', 'alt_3', 'alt_1', 'alt_2', 'alt_5'])
    expect(d.items[0].customerUrl).toBe('https://app.example.com/app/customers/cus_tw_7')
    // Topics by their names, as the taxonomy writes them, not lower-case ids.
    expect(d.topTopics).toEqual([{ id: 'pricing', label: 'Pricing', named: false, count: 3 }, { id: 'support', label: 'Support', named: false, count: 2 }])
    expect(d.summary).toBe('5 alerts: 2 detractor, 1 exit, 1 high value at risk, 1 risk escalated (1 critical, 1 high, 3 medium)')
    expect(digestSeverity(d)).toBe('critical')
    expect(digestSeverity(buildDigest([stored(riskMedium, 2)]))).toBe('medium')
  })
  it('caps the listed items and says how many were left out', () => {
    const d = buildDigest(day, { maxItems: 2 })
    expect([d.items.length, d.omitted]).toEqual([2, 3])
  })
  it('handles an empty day', () => {
    expect(buildDigest([])).toMatchObject({ day: null, total: 0, items: [], summary: 'No alerts.' })
    expect(digestSeverity(buildDigest([]))).toBe('low')
  })
  it('groups alerts by UTC day', () => {
    const next = stored(detractor, 9, Date.UTC(2026, 2, 15, 0, 0, 0))
    const groups = groupByDay([...day, next])
    expect([...groups.keys()]).toEqual(['2026-03-14', '2026-03-15'])
    expect(groups.get('2026-03-15')).toEqual([next])
  })
})
