import { describe, expect, it } from 'vitest'
import { applyCooldown, cooldownBar, isEscalation } from './dedupe.ts'
import { decideRiskAlerts } from './rules.ts'
import { customerEn, T0 } from '../../../test/fixtures/alerts/samples.ts'

const h = 3_600_000
const reasons = [{ code: 'payment_failures', text: 'payment failed 3 times in 90 days' }]
const rise = (from: 'low' | 'medium', to: 'medium' | 'high') =>
  decideRiskAlerts({ customer: customerEn, previous: { tier: from }, current: { tier: to, score: to === 'high' ? 73 : 51, reasons }, at: T0 })[0]

describe('escalation through the cool-down', () => {
  it('a higher severity or a higher risk tier is an escalation; the same or lower is a repeat', () => {
    expect(isEscalation({ severity: 'medium' }, { severity: 'high' })).toBe(true)
    expect(isEscalation({ severity: 'medium' }, { severity: 'medium' })).toBe(false)
    expect(isEscalation({ severity: 'critical' }, { severity: 'high' })).toBe(false)
    expect(isEscalation({ severity: 'high', tier: 'medium' }, { severity: 'high', tier: 'high' })).toBe(true)
    expect(isEscalation({ severity: 'high', tier: 'high' }, { severity: 'high', tier: 'medium' })).toBe(false)
  })

  it('lets a rise from medium to high risk through within the window, but not medium again', () => {
    const last = { at: T0 - 2 * h, severity: 'medium' as const, tier: 'medium' as const }
    expect(applyCooldown([rise('medium', 'high')], () => last, T0, 24)).toHaveLength(1)
    expect(applyCooldown([rise('low', 'medium')], () => last, T0, 24)).toHaveLength(0)
    // Outside the window anything goes; with only a time known, a repeat waits as before.
    expect(applyCooldown([rise('low', 'medium')], () => ({ ...last, at: T0 - 25 * h }), T0, 24)).toHaveLength(1)
    expect(applyCooldown([rise('medium', 'high')], () => T0 - 2 * h, T0, 24)).toHaveLength(0)
  })

  it('names the earlier levels that hold an alert back, for the store to match rows against', () => {
    expect(cooldownBar(rise('low', 'medium'))).toEqual({ severities: ['medium', 'high', 'critical'], tiers: ['medium', 'high'] })
    expect(cooldownBar(rise('medium', 'high'))).toEqual({ severities: ['high', 'critical'], tiers: ['high'] })
    // A detractor's risk is context, not its news: severity alone decides.
    expect(cooldownBar({ kind: 'detractor', severity: 'low', data: { risk: { tier: 'high' } } })).toEqual({ severities: ['low', 'medium', 'high', 'critical'], tiers: null })
  })
})
