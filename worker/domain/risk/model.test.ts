import { describe, expect, it } from 'vitest'
import { riskFeatures } from './features.ts'
import { binOf, defaultRiskModel, scoreRisk, tierOf } from './model.ts'
import { DAY_MS } from './facts.ts'
import { NOW, dailyRows, steadyCustomer } from './test-helpers.ts'

describe('scoreRisk with the default model', () => {
  it('a steady, long-standing customer is low risk', () => {
    const result = scoreRisk(riskFeatures(steadyCustomer(), NOW), defaultRiskModel())
    expect(result.tier).toBe('low')
    expect(result.score).toBeLessThan(15)
  })

  it('logins collapsing plus two complaints rises to high, with those reasons in words', () => {
    const facts = steadyCustomer()
    const before = scoreRisk(riskFeatures(facts, NOW), defaultRiskModel())
    // Baseline 2 logins/day; the last 30 days only 17 logins in total (-72%), and two complaints.
    facts.days = dailyRows(NOW, 120, (ago) => ({
      logins: ago > 30 ? 2 : ago <= 17 ? 0 : ago === 18 ? 5 : 1,
      sessions: 3,
      complaints: ago === 4 || ago === 9 ? 1 : 0,
    }))
    const after = scoreRisk(riskFeatures(facts, NOW), defaultRiskModel())
    expect(after.tier).toBe('high')
    expect(after.score).toBeGreaterThan(before.score)
    const texts = after.reasons.map((r) => r.text)
    expect(texts).toContain('logins down 72% vs. the 60 days before')
    expect(texts).toContain('2 complaints in 30 days')
    expect(after.reasons.slice(0, 2).map((r) => r.code).sort()).toEqual(['complaints', 'logins_down'])
  })

  it('explains NPS drops, payment failures and renewals with their numbers', () => {
    const facts = steadyCustomer()
    facts.customer.renewalAt = NOW + 12 * DAY_MS
    facts.days.push({ day: '2025-05-10', paymentFailures: 1 }, { day: '2025-04-01', paymentFailures: 1 })
    facts.responses = [
      { at: NOW - 60 * DAY_MS, kind: 'nps', score: 9 },
      { at: NOW - 2 * DAY_MS, kind: 'nps', score: 3, topics: ['missing_feature', 'pricing'] },
    ]
    const result = scoreRisk(riskFeatures(facts, NOW), defaultRiskModel(), { maxReasons: 5 })
    const texts = result.reasons.map((r) => r.text)
    // Topics by their names, not their ids.
    expect(texts).toContain('NPS fell from 9 to 3, comment mentions missing feature and pricing')
    expect(texts).toContain('payment failed twice in 90 days')
    expect(texts).toContain('renewal in 12 days')
    // The same sentences in Simplified and Traditional Chinese, numbers and all.
    const nps = result.reasons.find((r) => r.code === 'nps')!
    expect(nps.i18n).toEqual({ 'zh-Hans': 'NPS 从 9 降到 3，评论提到缺少功能、价格', 'zh-Hant': 'NPS 從 9 降到 3，評論提到缺少功能、價格' })
    expect(result.reasons.find((r) => r.code === 'payment_failed')!.i18n['zh-Hans']).toBe('90 天内付款失败 2 次')
    expect(result.reasons.find((r) => r.code === 'renewal_soon')!.i18n['zh-Hant']).toBe('12 天後續約')
    expect(result.tier).toBe('high')
    for (let i = 1; i < result.reasons.length; i++) expect(result.reasons[i - 1].impact).toBeGreaterThanOrEqual(result.reasons[i].impact)
  })

  it('describes the exit survey by how it ended, with the reason in words in each language', () => {
    const exitReason = (exit: { finished: boolean; offerAccepted: boolean }) => {
      const facts = steadyCustomer()
      facts.responses = [{ at: NOW - 3 * DAY_MS, kind: 'exit', reason: 'too_expensive', ...exit }]
      const reason = scoreRisk(riskFeatures(facts, NOW), defaultRiskModel(), { maxReasons: 10 }).reasons.find((r) => r.code === 'exit_intent')!
      return [reason.text, reason.i18n['zh-Hans'], reason.i18n['zh-Hant'], reason.exitOutcome]
    }
    expect(exitReason({ finished: true, offerAccepted: true })).toEqual([
      'saved by an offer in the exit survey (reason: too expensive)', '在退订问卷中接受了挽留优惠（原因：太贵了）', '在退訂問卷中接受了挽留優惠（原因：太貴了）', 'saved',
    ])
    expect(exitReason({ finished: true, offerAccepted: false })).toEqual(['finished the exit survey: too expensive', '已完成退订问卷：太贵了', '已完成退訂問卷：太貴了', 'finished'])
    expect(exitReason({ finished: false, offerAccepted: false })[0]).toBe('started the exit survey: too expensive')
  })

  it('CES reads 1 = very easy, 7 = very difficult: high effort and a rise in effort add risk', () => {
    const steady = scoreRisk(riskFeatures(steadyCustomer(), NOW), defaultRiskModel())
    const hard = steadyCustomer()
    hard.responses = [
      { at: NOW - 50 * DAY_MS, kind: 'ces', score: 2 },
      { at: NOW - 3 * DAY_MS, kind: 'ces', score: 7 },
    ]
    const hardResult = scoreRisk(riskFeatures(hard, NOW), defaultRiskModel())
    expect(hardResult.score).toBeGreaterThan(steady.score)
    expect(hardResult.reasons[0]).toMatchObject({ code: 'effort_high', text: 'effort score rose from 2 to 7 of 7 (7 = very difficult)' })
    const easy = steadyCustomer()
    easy.responses = [{ at: NOW - 3 * DAY_MS, kind: 'ces', score: 1 }]
    const easyResult = scoreRisk(riskFeatures(easy, NOW), defaultRiskModel())
    expect(easyResult.score).toBeLessThanOrEqual(steady.score)
    expect(easyResult.reasons.map((r) => r.code)).not.toContain('effort_high')
  })

  it('tiers follow configurable thresholds and bins are lower-inclusive', () => {
    expect(tierOf(70)).toBe('high')
    expect(tierOf(69)).toBe('medium')
    expect(tierOf(39)).toBe('low')
    expect(tierOf(55, { high: 50, medium: 20 })).toBe('high')
    expect(binOf(2, [0.5, 1.5, 2.5])).toBe(2)
    expect(binOf(-70, [-70, -40])).toBe(1)
    expect(binOf(-71, [-70, -40])).toBe(0)
  })

  it('the model round-trips through JSON', () => {
    const model = defaultRiskModel()
    const copy = JSON.parse(JSON.stringify(model))
    expect(copy).toEqual(model)
    expect(Object.keys(copy).sort()).toEqual(['bins', 'intercept', 'kind', 'metrics', 'trainedAt', 'version', 'weights'])
  })
})
