import { describe, expect, it } from 'vitest'
import { buildAlertContent, contentToText, customerUrl } from './content.ts'
import { languageFor } from './i18n.ts'
import { nextStepsFor, reasonCode, topicKey, topicLabel } from './next-steps.ts'
import { decideResponseAlerts, decideRiskAlerts } from './rules.ts'
import { customerEn, customerTopZhTw, exitResponse, hostileAlert, npsResponse, T0 } from '../../../test/fixtures/alerts/samples.ts'

const detractor = decideResponseAlerts({ response: npsResponse(2), customer: customerEn })[0]

describe('languageFor', () => {
  it('maps locales to English, Simplified or Traditional Chinese', () => {
    const cases: [string | null, string][] = [
      [null, 'en'], ['en-GB', 'en'], ['fr', 'en'], ['zh', 'zh-Hans'], ['zh-CN', 'zh-Hans'], ['zh_SG', 'zh-Hans'],
      ['zh-Hans-HK', 'zh-Hans'], ['zh-TW', 'zh-Hant'], ['zh-HK', 'zh-Hant'], ['zh-mo', 'zh-Hant'], ['zh-Hant', 'zh-Hant'], ['zhx', 'en'],
    ]
    for (const [locale, lang] of cases) expect(languageFor(locale), String(locale)).toBe(lang)
  })
})

describe('buildAlertContent', () => {
  it('says who: id, name, email, plan, revenue, value tier, traits', () => {
    const c = buildAlertContent(detractor)
    expect(c.title).toBe('Detractor: Dana Smith (cus_42)')
    expect(c.who).toEqual([
      { label: 'Customer', value: 'Dana Smith (cus_42)' },
      { label: 'Email', value: 'dana@example.com' },
      { label: 'Plan', value: 'Pro' },
      { label: 'Revenue', value: '120/mo' },
      { label: 'Value tier', value: 'mid' },
      { label: 'company', value: 'Acme & Sons' },
      { label: 'seats', value: '12' },
    ])
  })
  it('says what: score on its scale, question label, sentiment, topics, and quotes the comment untouched', () => {
    const c = buildAlertContent(detractor)
    expect(c.what).toEqual([
      { label: 'Score', value: 'NPS 2/10' },
      { label: 'Question', value: 'How likely are you to recommend Acme to a friend?' },
      { label: 'Sentiment', value: 'negative (0.92)' },
      { label: 'Topics', value: 'Pricing, Support' },
    ])
    expect(c.quote).toEqual({ text: 'Too expensive for what it does, and support never answered.', locale: 'en-US', language: 'en' })
  })
  it('names a mixed comment as mixed, in the team language asked for', () => {
    const mixed = decideResponseAlerts({ response: npsResponse(8, { sentiment: { label: 'mixed', score: -0.9, confidence: 0.72 }, locale: 'zh-CN' }), customer: customerEn })[0]
    expect(buildAlertContent(mixed).what).toContainEqual({ label: 'Sentiment', value: 'mixed (0.72)' })
    expect(buildAlertContent(mixed, { language: 'customer' }).what.map((w) => w.value)).toContain('褒贬不一 (0.72)')
  })
  it('suggests next steps from the topics: plan review for pricing, escalation for support', () => {
    const steps = buildAlertContent(detractor).nextSteps
    expect(steps.map((s) => s.key)).toEqual(['topic:pricing', 'topic:support'])
    expect(steps[0].text).toMatch(/plan review/)
    expect(steps[1].text).toMatch(/Escalate their open ticket/)
  })
  it('keeps team text English by default and quotes a Traditional Chinese customer verbatim', () => {
    const exit = decideResponseAlerts({ response: exitResponse(), customer: customerTopZhTw })[0]
    const c = buildAlertContent(exit)
    expect(c.language).toBe('en')
    expect(c.quote).toEqual({ text: '價格太貴了', locale: 'zh-TW', language: 'zh-Hant' })
    expect(c.what).toContainEqual({ label: 'Exit reason', value: '價格太高' })
    expect(c.what).toContainEqual({ label: 'Save offer', value: 'discount: declined' })
    expect(c.who).toContainEqual({ label: 'Value tier', value: 'high, top value' })
  })
  it("writes in the customer's language when asked: Traditional for zh-TW, Simplified for zh-CN", () => {
    const exit = decideResponseAlerts({ response: exitResponse(), customer: customerTopZhTw })[0]
    const hant = buildAlertContent(exit, { language: 'customer' })
    expect(hant.title).toBe('退訂調查: 李小龍 (cus_tw_7)')
    // They turned the discount down: act on the price reason, no second offer (next-steps.test.ts).
    expect(hant.nextSteps[0].text).toBe('把其對價格的回饋連同方案和使用情況轉給負責定價的人。')
    expect(hant.what).toContainEqual({ label: '話題', value: '價格' })
    const hans = buildAlertContent(decideResponseAlerts({ response: exitResponse({ locale: 'zh-CN' }), customer: customerEn })[0], { language: 'customer' })
    expect(hans.nextSteps[0].text).toBe('把其对价格的反馈连同套餐和使用情况转给负责定价的人。')
    expect(hans.what).toContainEqual({ label: '取消原因', value: '價格太高' })
  })
  it('explains risk: score, tier, previous tier and reasons with their steps', () => {
    const [a] = decideRiskAlerts({
      customer: customerTopZhTw,
      previous: { tier: 'medium' },
      current: { tier: 'high', score: 83.4, reasons: [{ code: 'payment_failures', text: '2 failed payments in 90 days' }, { text: 'logins down 72% vs. the 60 days before' }] },
      at: T0,
    })
    const c = buildAlertContent(a)
    expect(c.what).toContainEqual({ label: 'Churn risk', value: '83/100, high, was medium' })
    expect(c.reasons).toEqual(['2 failed payments in 90 days', 'logins down 72% vs. the 60 days before'])
    expect(c.nextSteps.map((s) => s.key)).toEqual(['kind:high_value_at_risk', 'reason:payment_failures', 'reason:usage_decline'])
    expect(buildAlertContent(a, { language: 'zh-Hans' }).what).toContainEqual({ label: '流失风险', value: '83/100, 高，之前为中' })
    // Reasons the engine wrote in Chinese too are read in the alert's language.
    const [zh] = decideRiskAlerts({
      customer: customerTopZhTw, previous: { tier: 'medium' }, at: T0,
      current: { tier: 'high', score: 83.4, reasons: [{ code: 'payment_failed', text: 'payment failed twice in 90 days', i18n: { 'zh-Hans': '90 天内付款失败 2 次', 'zh-Hant': '90 天內付款失敗 2 次' } }] },
    })
    expect(buildAlertContent(zh, { language: 'zh-Hant' }).reasons).toEqual(['90 天內付款失敗 2 次'])
    expect(buildAlertContent(zh, { language: 'en' }).reasons).toEqual(['payment failed twice in 90 days'])
  })
  it('links to the customer in the dashboard when the URL is known', () => {
    expect(buildAlertContent(detractor).customerUrl).toBeNull()
    expect(buildAlertContent(detractor, { dashboardUrl: 'https://app.example.com/' }).customerUrl).toBe('https://app.example.com/app/customers/cus_42')
    expect(customerUrl('https://x.io', 'a/b c')).toBe('https://x.io/app/customers/a%2Fb%20c')
    // An anonymous answer has no customer page to open.
    const anonymous = decideResponseAlerts({ response: npsResponse(2), customer: null })[0]
    expect(buildAlertContent(anonymous, { dashboardUrl: 'https://app.example.com' }).customerUrl).toBeNull()
  })
  it('renders plain text with every part', () => {
    const text = contentToText(buildAlertContent(hostileAlert, { dashboardUrl: 'https://app.example.com' }))
    expect(text).toContain('Severity: high · NPS 2 (detractor: 0-6)')
    expect(text).toContain('> Hey <!channel> & <b>team</b>')
    expect(text).toContain('- logins down 72% vs. the 60 days before')
    expect(text).toContain('Open customer: https://app.example.com/app/customers/cus_42')
  })
})

describe('next steps', () => {
  it('cover every exit reason and fall back to the kind', () => {
    for (const reason of ['too_expensive', 'missing_features', 'switched_competitor', 'poor_support', 'quality_issues', 'too_complicated', 'no_longer_needed', 'temporary', 'other']) {
      const a = decideResponseAlerts({ response: exitResponse({ reason, topics: [] }), customer: customerEn })[0]
      expect(nextStepsFor(a, 'en')[0].key, reason).toBe(`exit:${reason}`)
    }
    const bare = { kind: 'detractor' as const, data: { customer: customerEn, trigger: '' } }
    expect(nextStepsFor(bare, 'zh-Hant')).toEqual([{ key: 'kind:detractor', text: '在 48 小時內致電或寄信跟進。' }])
  })
  it('read risk reasons by code first, then by their words', () => {
    expect(reasonCode({ code: 'renewal_soon', text: 'whatever' })).toBe('renewal_soon')
    expect(reasonCode({ text: '3 complaints in 30 days' })).toBe('complaints')
    expect(reasonCode({ text: 'NPS 3, mentions pricing' })).toBe('low_nps')
    expect(reasonCode({ text: 'tenure 2 years' })).toBeNull()
    expect(topicKey('missing_features')).toBe('missing_feature')
  })
  it('do not repeat a step named by both an exit reason and a topic', () => {
    // No offer shown: the reason's step (a plan review) is the pricing topic's step too.
    const a = decideResponseAlerts({ response: exitResponse({ offerKind: null, offerAccepted: null }), customer: customerEn })[0]
    expect(nextStepsFor(a, 'en').map((s) => s.key)).toEqual(['exit:too_expensive'])
  })
  it("name a workspace's own topic or exit reason called like one of JavaScript's built-in names by its id", () => {
    for (const id of ['constructor', '__proto__', 'toString']) {
      const a = { kind: 'detractor' as const, data: { customer: customerEn, trigger: '', exit: { reason: id }, response: { topics: [{ id }] }, risk: { reasons: [{ code: id, text: id }] } } }
      expect(nextStepsFor(a as never, 'en').map((s) => s.key), id).toEqual(['kind:detractor'])
      expect(topicLabel(id, 'en')).toBe(id.replace(/_/g, ' '))
    }
  })
})

describe('alert wording (QA findings)', () => {
  it('shows each customer field once: traits repeating Email or Plan in any case are left out', () => {
    const customer = { ...customerEn, traits: { plan: 'pro', Email: 'dana@example.com', PLAN: 'x', company: 'Acme', Company: 'dup' } }
    const a = decideResponseAlerts({ response: npsResponse(2), customer })[0]
    const labels = buildAlertContent(a).who.map((f) => f.label.toLowerCase())
    expect(labels.filter((l) => l === 'plan')).toHaveLength(1)
    expect(labels.filter((l) => l === 'email')).toHaveLength(1)
    expect(labels.filter((l) => l === 'company')).toHaveLength(1)
    expect(buildAlertContent(a).who.find((f) => f.label === 'Plan')?.value).toBe('Pro')
  })
  it('says nothing about revenue when none is known, rather than "0/mo"', () => {
    const a = decideResponseAlerts({ response: npsResponse(2), customer: { ...customerEn, revenue: 0 } })[0]
    const text = contentToText(buildAlertContent(a))
    expect(text).not.toContain('0/mo')
    expect(text).not.toContain('Revenue')
  })
  it('names topics by their names (the workspace label first), never by their ids', () => {
    const response = npsResponse(2, { topics: [{ id: 'missing_feature' }, { id: 'billing' }, { id: 'speed_x', label: 'Page speed' }] })
    const a = decideResponseAlerts({ response, customer: customerEn })[0]
    expect(buildAlertContent(a).what.find((f) => f.label === 'Topics')?.value).toBe('Missing feature, Billing, Page speed')
    expect(buildAlertContent(a, { teamLanguage: 'zh-Hant' }).what.find((f) => f.label === '話題')?.value).toBe('缺少功能, 帳單, Page speed')
  })
  it('says a risk rise as a sentence', () => {
    const reasons = [{ code: 'complaints', text: '2 complaints in 30 days' }]
    const rise = (before: 'low' | null) => decideRiskAlerts({ customer: customerEn, previous: before ? { tier: before, score: 20 } : null, current: { tier: 'medium', score: 45, reasons }, at: T0 })[0]
    expect(rise('low').data.trigger).toBe('Risk rose from low to medium (45/100)')
    // A first score is no rise: it sets the baseline and says nothing (QA: "rose" with no score before).
    expect(rise(null)).toBeUndefined()
  })
})

describe('trigger in words (QA: an exit with no offer read "offer no offer")', () => {
  const noOffer = (lang?: 'zh-Hant') => {
    const response = exitResponse({ reason: 'switched_competitor', reasonLabel: "I'm switching to another product", offerKind: null, offerAccepted: null, locale: 'en-US' })
    const a = decideResponseAlerts({ response, customer: customerEn })[0]
    return { a, c: buildAlertContent(a, lang ? { teamLanguage: lang } : {}) }
  }
  it('says nothing about an offer when none was made, stored and delivered alike', () => {
    const { a, c } = noOffer()
    expect(a.data.trigger).toBe("exit survey: I'm switching to another product")
    expect(contentToText(c)).toContain("Severity: medium · exit survey: I'm switching to another product\n")
    expect(contentToText(c)).not.toMatch(/offer no offer|no offer/)
  })
  it('says a declined offer with its kind in the team language, and an unknown kind by its id', () => {
    const talk = decideResponseAlerts({ response: exitResponse({ offerKind: 'talk' }), customer: customerEn })[0]
    expect(talk.data.trigger).toBe('exit survey: 價格太高; offer declined')
    expect(buildAlertContent(talk, { teamLanguage: 'zh-Hant' }).trigger).toBe('退訂調查：價格太高；挽留優惠（和我們聊聊）：已拒絕')
    expect(buildAlertContent(talk, { teamLanguage: 'zh-Hant' }).what).toContainEqual({ label: '挽留優惠', value: '和我們聊聊: 已拒絕' })
    const custom = decideResponseAlerts({ response: exitResponse({ offerKind: 'free_month' }), customer: customerEn })[0]
    expect(buildAlertContent(custom).what).toContainEqual({ label: 'Save offer', value: 'free month: declined' })
    expect(noOffer('zh-Hant').c.trigger).toBe("退訂調查：I'm switching to another product")
  })
  it('falls back to the stored sentence for an alert stored without its facts', () => {
    const bare = { ...hostileAlert, data: { customer: customerEn, trigger: 'NPS 2 (detractor: 0-6)' } }
    expect(buildAlertContent(bare, { teamLanguage: 'zh-Hans' }).trigger).toBe('NPS 2 (detractor: 0-6)')
  })
})
