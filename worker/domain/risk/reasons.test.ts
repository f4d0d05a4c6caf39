import { describe, expect, it } from 'vitest'
import { reasonsFor } from './reasons.ts'
import { riskFeatures } from './features.ts'
import { DAY_MS } from './facts.ts'
import { NOW, dailyRows, steadyCustomer } from './test-helpers.ts'
import { defaultRiskModel, scoreRisk } from './model.ts'

const joined = (days: number) => riskFeatures({ customer: { id: 'c', revenue: 0, firstSeenAt: NOW - days * DAY_MS, lastSeenAt: NOW }, days: [], responses: [] }, NOW)

describe('new_customer reason', () => {
  it('says a customer who joined today is new, not "customer for only 0 days"', () => {
    const [r] = reasonsFor(joined(0), { tenureDays: 1 })
    expect(r.text).toBe('new customer (joined today)')
    expect(r.i18n).toEqual({ 'zh-Hans': '新客户（今天加入）', 'zh-Hant': '新客戶（今天加入）' })
  })
  it('counts days, with a proper plural, once they have been here a while', () => {
    expect(reasonsFor(joined(1), { tenureDays: 1 })[0].text).toBe('new customer (joined 1 day ago)')
    expect(reasonsFor(joined(5), { tenureDays: 1 })[0].i18n['zh-Hans']).toBe('新客户（5 天前加入）')
  })
})

describe('reasons say what happened, whatever a refit weighs', () => {
  // Baseline 1 session a day; the last 30 days 6.75 a day: sessions up 575%.
  const rising = () => {
    const facts = steadyCustomer()
    facts.days = dailyRows(NOW, 90, (ago) => ({ logins: 2, sessions: ago <= 30 ? (ago % 4 === 0 ? 6 : 7) : 1, featureUses: 5 }))
    return riskFeatures(facts, NOW)
  }

  it('never calls a rise "down": a refit that gives rising use risk gives it no reason', () => {
    const f = rising()
    expect(f.values.sessionsChangePct).toBeGreaterThan(500)
    const reasons = reasonsFor(f, { sessionsChangePct: 1.5 })
    expect(reasons.map((r) => r.text).join(' | ')).not.toMatch(/down/)
    expect(reasons).toEqual([])
    // The same through a whole (learned-looking) model: the rise still raises the score.
    const learned = defaultRiskModel()
    learned.weights.sessionsChangePct = [0, 0, 0, 0, 1.5]
    const scored = scoreRisk(f, learned, { maxReasons: 10 })
    expect(scored.score).toBeGreaterThan(scoreRisk(f, defaultRiskModel()).score)
    expect(scored.reasons.map((r) => r.code)).not.toContain('sessions_down')
  })

  it('a fall is given with its size, never more than 100%', () => {
    const facts = steadyCustomer()
    facts.days = dailyRows(NOW, 90, (ago) => ({ logins: 2, sessions: ago <= 30 ? 0 : 3, featureUses: 5 }))
    const [r] = reasonsFor(riskFeatures(facts, NOW), { sessionsChangePct: 0.8 })
    expect(r).toMatchObject({ code: 'sessions_down', text: 'sessions down 100% vs. the 60 days before' })
  })

  it('gives no reason that names the absence of a warning sign', () => {
    // No complaints, no failed payments, a promoter's 10, a customer of 400 days, seen yesterday.
    const facts = steadyCustomer()
    facts.responses = [{ at: NOW - 3 * DAY_MS, kind: 'nps', score: 10 }]
    const f = riskFeatures(facts, NOW)
    const parts = { complaints30: 1, paymentFailures90: 1, npsLatest: 1, tenureDays: 1, exitIntent: 1, daysSinceLastSeen: 1 }
    expect(reasonsFor(f, parts)).toEqual([])
  })
})
