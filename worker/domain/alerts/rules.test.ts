import { describe, expect, it } from 'vitest'
import { decideResponseAlerts, decideRiskAlerts, isAlertableRise, isTopValueTier, withinCooldown } from './rules.ts'
import { responseDedupeKey, riskDedupeKey } from './dedupe.ts'
import { customerEn, customerTopZhTw, exitResponse, npsResponse, T0 } from '../../../test/fixtures/alerts/samples.ts'
import type { ResponseSnapshot } from './types.ts'

const neutral = { sentiment: { label: 'neutral', confidence: 0.9 } }
const kinds = (r: ResponseSnapshot, customer = customerEn) => decideResponseAlerts({ response: r, customer }).map((a) => a.kind)

describe('detractor rule', () => {
  it('fires on NPS 0-6 and not on 7-10', () => {
    for (let s = 0; s <= 10; s++) {
      expect(kinds(npsResponse(s, neutral)), `NPS ${s}`).toEqual(s <= 6 ? ['detractor'] : [])
    }
  })
  it('fires on CSAT 1-2 and CES 6-7 only', () => {
    const csat = (score: number) => kinds(npsResponse(score, { surveyKind: 'csat', ...neutral }))
    const ces = (score: number) => kinds(npsResponse(score, { surveyKind: 'ces', ...neutral }))
    expect([1, 2, 3, 4, 5].map((s) => csat(s).length)).toEqual([1, 1, 0, 0, 0])
    expect([1, 2, 3, 4, 5, 6, 7].map((s) => ces(s).length)).toEqual([0, 0, 0, 0, 0, 1, 1])
  })
  it('grades severity by band and comment and raises it one step for top-value customers', () => {
    const sev = (score: number, c = customerEn, over: Partial<ResponseSnapshot> = neutral) => decideResponseAlerts({ response: npsResponse(score, over), customer: c })[0].severity
    expect(sev(2)).toBe('high')
    expect(sev(5)).toBe('medium')
    expect(sev(5, customerEn, {})).toBe('high') // the fixture's comment is strongly negative
    expect(sev(2, customerTopZhTw)).toBe('critical')
    expect(sev(5, customerTopZhTw)).toBe('high')
  })
  it('waits for the response to finish unless partials are asked for', () => {
    const partial = npsResponse(3, { finished: false })
    expect(decideResponseAlerts({ response: partial, customer: customerEn })).toEqual([])
    expect(decideResponseAlerts({ response: partial, customer: customerEn }, { includePartial: true })).toHaveLength(1)
  })
  it('carries the response, customer, risk and a trigger in words', () => {
    const risk = { score: 55, tier: 'medium' as const, reasons: [{ text: 'x' }] }
    const [a] = decideResponseAlerts({ response: npsResponse(3), customer: customerEn, risk })
    expect(a).toMatchObject({ customerId: 'cus_42', responseId: 'resp_nps_3', data: { risk, trigger: 'NPS 3 (detractor: 0-6)' } })
    expect(a.data.response?.comment).toContain('Too expensive')
  })
  it('works for anonymous respondents', () => {
    const [a] = decideResponseAlerts({ response: npsResponse(1) })
    expect(a.customerId).toBe('anonymous')
    expect(a.dedupeKey).toBe('detractor:anonymous:resp_nps_1')
  })
})

describe('negative_feedback rule', () => {
  const passive = (sentiment: ResponseSnapshot['sentiment'], comment: string | null = 'slow and buggy') =>
    decideResponseAlerts({ response: npsResponse(8, { sentiment, comment }), customer: customerEn })
  it('fires at the confidence threshold (0.7) and not below it', () => {
    expect(passive({ label: 'negative', confidence: 0.7 })).toHaveLength(1)
    expect(passive({ label: 'negative', confidence: 0.69 })).toHaveLength(0)
    expect(passive({ label: 'neg', confidence: 0.95 })[0].severity).toBe('medium')
    expect(passive({ label: 'negative', confidence: 0.75 })[0].severity).toBe('low')
  })
  it('honours a workspace threshold', () => {
    const r = npsResponse(8, { sentiment: { label: 'negative', confidence: 0.6 } })
    expect(decideResponseAlerts({ response: r, customer: customerEn }, { negativeConfidence: 0.5 })).toHaveLength(1)
  })
  it('needs a negative label and a non-empty comment', () => {
    expect(passive({ label: 'positive', confidence: 0.99 })).toHaveLength(0)
    expect(passive({ label: 'neutral', confidence: 0.99 })).toHaveLength(0)
    expect(passive({ label: 'negative', confidence: 0.99 }, '   ')).toHaveLength(0)
    expect(passive(null)).toHaveLength(0)
  })
  it('fires for a mixed comment leaning negative, not for one leaning positive', () => {
    const [a] = passive({ label: 'mixed', score: -0.9, confidence: 0.72 }, 'Support is friendly but never actually fixes anything')
    expect(a.kind).toBe('negative_feedback')
    expect(a.data.trigger).toContain('mixed comment leaning negative')
    expect(passive({ label: 'mixed', score: 0.9, confidence: 0.72 })).toHaveLength(0)
    expect(passive({ label: 'mixed', confidence: 0.72 })).toHaveLength(0)
  })
  it('works on any survey kind, and stays quiet when a detractor or exit alert already carries it', () => {
    expect(kinds(npsResponse(3, { surveyKind: 'csat' }))).toEqual(['negative_feedback'])
    expect(kinds(npsResponse(5, { surveyKind: 'custom' }))).toEqual(['negative_feedback'])
    expect(kinds(npsResponse(2))).toEqual(['detractor'])
    expect(kinds(exitResponse())).toEqual(['exit'])
  })
})

describe('severity order (responseSeverity)', () => {
  const SEVERITY = ['low', 'medium', 'high', 'critical']
  const TONES: ResponseSnapshot['sentiment'][] = [
    { label: 'neutral', confidence: 0.9 },
    { label: 'mixed', score: -0.6, confidence: 0.95 },
    { label: 'negative', score: -0.5, confidence: 0.75 },
    { label: 'negative', score: -0.9, confidence: 0.95 },
  ]
  const rank = (score: number, sentiment: ResponseSnapshot['sentiment'], customer = customerEn) => {
    const [a] = decideResponseAlerts({ response: npsResponse(score, { sentiment }), customer })
    return a ? SEVERITY.indexOf(a.severity) : -1
  }
  it('never falls as the NPS score falls or as the comment gets more negative', () => {
    for (const customer of [customerEn, customerTopZhTw]) {
      for (let tone = 0; tone < TONES.length; tone++) {
        for (let score = 0; score <= 10; score++) {
          if (score < 10) expect(rank(score, TONES[tone], customer), `NPS ${score} vs ${score + 1}`).toBeGreaterThanOrEqual(rank(score + 1, TONES[tone], customer))
          if (tone > 0) expect(rank(score, TONES[tone], customer), `NPS ${score} tone ${tone}`).toBeGreaterThanOrEqual(rank(score, TONES[tone - 1], customer))
        }
      }
    }
  })
  it('ranks a detractor above a passive with the same strongly negative comment (QA: NPS 6 medium, NPS 8 high)', () => {
    const strong = TONES[3]
    expect(rank(6, strong)).toBeGreaterThan(rank(8, strong))
    expect(rank(5, strong, customerTopZhTw)).toBeGreaterThan(rank(7, strong, customerTopZhTw))
  })
  it('never makes a passive\'s mixed "ok but" comment critical, even for a top-value customer', () => {
    const mixed = { label: 'mixed', score: -0.6, confidence: 0.99 }
    expect(decideResponseAlerts({ response: npsResponse(7, { sentiment: mixed, comment: 'The price is ok but support is slow.' }), customer: customerTopZhTw })[0].severity).toBe('medium')
  })
})

describe('exit rule', () => {
  it('reports reason, offer and outcome', () => {
    const [a] = decideResponseAlerts({ response: exitResponse(), customer: customerEn })
    expect(a.kind).toBe('exit')
    expect(a.data.exit).toEqual({ reason: 'too_expensive', reasonLabel: '價格太高', offer: 'discount', outcome: 'declined' })
    expect(a.severity).toBe('medium')
  })
  it('grades a saved customer low and a customer offered nothing as no_offer', () => {
    const saved = decideResponseAlerts({ response: exitResponse({ offerAccepted: true }), customer: customerEn })[0]
    expect([saved.data.exit?.outcome, saved.severity]).toEqual(['saved', 'low'])
    const none = decideResponseAlerts({ response: exitResponse({ offerKind: null, offerAccepted: null }), customer: customerEn })[0]
    expect(none.data.exit?.outcome).toBe('no_offer')
  })
  it('an abandoned exit survey alerts once its reason is in, unless a save offer still awaited an answer', () => {
    const partial = (over: Partial<ResponseSnapshot>, offerPending = false, includePartial = true) =>
      decideResponseAlerts({ response: exitResponse({ finished: false, ...over }), customer: customerEn, offerPending }, { includePartial }).map((a) => a.kind)
    // Left at the optional comment (the host moved on when exit() resolved): the team still hears of it.
    expect(partial({ ...neutral, offerKind: null, offerAccepted: null })).toEqual(['exit'])
    expect(partial({ ...neutral, offerAccepted: false })).toEqual(['exit'])
    // Not before it counts as abandoned, and not without a reason.
    expect(partial({ ...neutral, offerKind: null, offerAccepted: null }, false, false)).toEqual([])
    expect(partial({ ...neutral, reason: null, offerKind: null, offerAccepted: null })).toEqual([])
    // Closed while the offer was open: they may have stayed. Only a confidently negative comment speaks.
    expect(partial({ ...neutral, offerKind: null, offerAccepted: null }, true)).toEqual([])
    expect(partial({ offerKind: null, offerAccepted: null }, true)).toEqual(['negative_feedback'])
  })
})

describe('risk rules', () => {
  const reasons = [{ code: 'payment_failures', text: '2 failed payments' }]
  const change = (prev: 'low' | 'medium' | 'high' | null, tier: 'low' | 'medium' | 'high', customer = customerEn) =>
    decideRiskAlerts({ customer, previous: prev ? { tier: prev, score: 10 } : null, current: { tier, score: 75, reasons }, at: T0 })

  it('fires risk_escalated when the tier rises to medium or high', () => {
    expect(change('low', 'medium').map((a) => [a.kind, a.severity])).toEqual([['risk_escalated', 'medium']])
    expect(change('medium', 'high').map((a) => [a.kind, a.severity])).toEqual([['risk_escalated', 'high']])
    expect(change('low', 'high')).toHaveLength(1)
  })
  it("sets a baseline with a customer's first score: no previous score pages nobody", () => {
    expect(change(null, 'low')).toEqual([])
    expect(change(null, 'medium')).toEqual([])
    expect(change(null, 'high')).toEqual([])
    expect(change(null, 'high', customerTopZhTw)).toEqual([])
  })
  it('pages nobody for a rise resting only on tenure, similar customers or a renewal date', () => {
    const rise = (codes: string[], customer = customerEn) => decideRiskAlerts({
      customer, previous: { tier: 'low', score: 30 }, at: T0,
      current: { tier: 'high', score: 72, reasons: codes.map((code) => ({ code, text: code })) },
    }).map((a) => a.kind)
    expect(rise(['new_customer'])).toEqual([])
    expect(rise(['new_customer', 'segment_churn', 'renewal_soon'])).toEqual([])
    expect(rise([])).toEqual([])
    // Behaviour counts, alongside context or alone.
    for (const code of ['payment_failed', 'complaints', 'logins_down', 'nps', 'csat_low', 'inactive', 'exit_intent']) {
      expect(rise(['new_customer', code]), code).toEqual(['risk_escalated'])
    }
    expect(rise(['segment_churn', 'payment_failed'], customerTopZhTw)).toEqual(['high_value_at_risk'])
    // An older score's reason without a code cannot be told apart: it counts.
    expect(decideRiskAlerts({ customer: customerEn, previous: { tier: 'low' }, current: { tier: 'medium', score: 50, reasons: [{ text: '2 complaints' }] }, at: T0 })).toHaveLength(1)
  })
  it('isAlertableRise needs a previous score, a higher tier and a behaviour reason', () => {
    const behaviour = [{ code: 'complaints' }]
    expect(isAlertableRise(null, { tier: 'high', reasons: behaviour })).toBe(false)
    expect(isAlertableRise({ tier: 'medium' }, { tier: 'medium', reasons: behaviour })).toBe(false)
    expect(isAlertableRise({ tier: 'medium' }, { tier: 'high', reasons: behaviour })).toBe(true)
    expect(isAlertableRise({ tier: 'low' }, { tier: 'medium', reasons: [{ code: 'new_customer' }] })).toBe(false)
  })
  it('stays quiet when the tier holds or falls', () => {
    for (const [p, c] of [['high', 'high'], ['medium', 'medium'], ['high', 'medium'], ['medium', 'low'], ['low', 'low']] as const) {
      expect(change(p, c), `${p}->${c}`).toEqual([])
    }
  })
  it('gives top-value customers entering high a critical high_value_at_risk instead', () => {
    const [a, more] = change('medium', 'high', customerTopZhTw)
    expect(more).toBeUndefined()
    expect([a.kind, a.severity]).toEqual(['high_value_at_risk', 'critical'])
    expect(a.data.risk).toMatchObject({ tier: 'high', previousTier: 'medium', reasons })
    // A top-value customer rising only to medium is an ordinary (raised) escalation.
    expect(change('low', 'medium', customerTopZhTw).map((x) => [x.kind, x.severity])).toEqual([['risk_escalated', 'high']])
  })
  it('keys risk alerts by kind, customer, tier and UTC day', () => {
    const [a] = change('low', 'medium')
    expect(a.dedupeKey).toBe('risk_escalated:cus_42:medium:2026-03-14')
  })
})

describe('dedupe keys and cool-down', () => {
  it('are stable for the same thing and distinct otherwise', () => {
    const a = decideResponseAlerts({ response: npsResponse(2), customer: customerEn })[0].dedupeKey
    const b = decideResponseAlerts({ response: npsResponse(2), customer: customerEn })[0].dedupeKey
    expect(a).toBe(b)
    const keys = [
      a,
      responseDedupeKey('detractor', 'cus_43', 'resp_nps_2'),
      responseDedupeKey('negative_feedback', 'cus_42', 'resp_nps_2'),
      responseDedupeKey('detractor', 'cus_42', 'resp_other'),
      riskDedupeKey('risk_escalated', 'cus_42', 'medium', T0),
      riskDedupeKey('risk_escalated', 'cus_42', 'high', T0),
      riskDedupeKey('risk_escalated', 'cus_42', 'medium', T0 + 86_400_000),
      riskDedupeKey('high_value_at_risk', 'cus_42', 'high', T0),
    ]
    expect(new Set(keys).size).toBe(keys.length)
  })
  it('cannot be forged by ids containing the separator', () => {
    expect(responseDedupeKey('detractor', 'a:b', 'c')).not.toBe(responseDedupeKey('detractor', 'a', 'b:c'))
  })
  it('same UTC day gives the same risk key, across local midnights', () => {
    const morning = Date.UTC(2026, 2, 14, 0, 0, 1)
    const night = Date.UTC(2026, 2, 14, 23, 59, 59)
    expect(riskDedupeKey('risk_escalated', 'c', 'high', morning)).toBe(riskDedupeKey('risk_escalated', 'c', 'high', night))
  })
  it('withinCooldown blocks inside the window only', () => {
    const h = 3_600_000
    expect(withinCooldown(T0, T0 + 23 * h, 24)).toBe(true)
    expect(withinCooldown(T0, T0 + 24 * h, 24)).toBe(false)
    expect(withinCooldown(null, T0, 24)).toBe(false)
    expect(withinCooldown(T0, T0 + 1, 0)).toBe(false)
    expect(withinCooldown(new Date(T0), new Date(T0 - h), 24)).toBe(true)
  })
})

describe('isTopValueTier', () => {
  it('recognises named top tiers and revenue at the workspace threshold', () => {
    expect(isTopValueTier({ valueTier: 'Enterprise', revenue: 0 })).toBe(true)
    expect(isTopValueTier({ valueTier: 'mid', revenue: 499 }, { highValueRevenue: 500 })).toBe(false)
    expect(isTopValueTier({ valueTier: 'mid', revenue: 500 }, { highValueRevenue: 500 })).toBe(true)
    expect(isTopValueTier({ valueTier: 'gold' }, { topValueTiers: ['gold'] })).toBe(true)
    expect(isTopValueTier({ valueTier: null, revenue: null }, { highValueRevenue: 500 })).toBe(false)
  })
})
