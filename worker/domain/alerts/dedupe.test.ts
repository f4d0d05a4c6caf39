import { describe, expect, it } from 'vitest'
import { cooldownBar } from './dedupe.ts'
import { decideRiskAlerts } from './rules.ts'
import { customerEn, T0 } from '../../../test/fixtures/alerts/samples.ts'

const reasons = [{ code: 'payment_failures', text: 'payment failed 3 times in 90 days' }]
const rise = (from: 'low' | 'medium', to: 'medium' | 'high') =>
  decideRiskAlerts({ customer: customerEn, previous: { tier: from }, current: { tier: to, score: to === 'high' ? 73 : 51, reasons }, at: T0 })[0]

describe('escalation through the cool-down', () => {
  it('names the earlier levels that hold an alert back, for the store to match rows against', () => {
    expect(cooldownBar(rise('low', 'medium'))).toEqual({ severities: ['medium', 'high', 'critical'], tiers: ['medium', 'high'] })
    expect(cooldownBar(rise('medium', 'high'))).toEqual({ severities: ['high', 'critical'], tiers: ['high'] })
    // A detractor's risk is context, not its news: severity alone decides.
    expect(cooldownBar({ kind: 'detractor', severity: 'low', data: { risk: { tier: 'high' } } })).toEqual({ severities: ['low', 'medium', 'high', 'critical'], tiers: null })
  })
})
