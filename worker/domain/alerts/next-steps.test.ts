// Next steps follow what happened (QA: a saved customer told to make a save offer, a paused one
// told to offer a pause, an anonymous answer told to call someone).
import { describe, expect, it } from 'vitest'
import { nextStepsFor } from './next-steps.ts'
import { decideResponseAlerts } from './rules.ts'
import type { Lang } from './i18n.ts'
import { customerEn, exitResponse, npsResponse } from '../../../test/fixtures/alerts/samples.ts'

const LANGS: Lang[] = ['en', 'zh-Hans', 'zh-Hant']
const exitIntent = { code: 'exit_intent', text: 'finished the exit survey: Too expensive' }
const risk = { score: 74, tier: 'high' as const, reasons: [exitIntent, { code: 'payment_failures', text: 'payment failed 3 times in 90 days' }] }

function exitAlert(reason: string, offer: { kind: string; accepted: boolean } | null) {
  const response = exitResponse({ reason, offerKind: offer?.kind ?? null, offerAccepted: offer ? offer.accepted : null, locale: 'en-US' })
  return decideResponseAlerts({ response, customer: customerEn, risk })[0]
}
const texts = (a: Parameters<typeof nextStepsFor>[0], lang: Lang = 'en') => nextStepsFor(a, lang).map((s) => s.text).join('\n')

describe('next steps for an exit answer, by its outcome', () => {
  it('saved by a discount: confirm it is applied and check in before it ends; no save offer, no plan review', () => {
    const a = exitAlert('too_expensive', { kind: 'discount', accepted: true })
    expect(a.data.exit?.outcome).toBe('saved')
    const steps = nextStepsFor(a, 'en')
    expect(steps[0]).toEqual({ key: 'exit:saved', text: expect.stringMatching(/confirm it is applied.*check in before it ends/) })
    expect(texts(a)).not.toMatch(/save offer|plan review|offer/i)
    expect(nextStepsFor(a, 'zh-Hans')[0].text).toBe('客户接受了折扣：确认折扣已在其账户生效，并在折扣结束前回访。')
  })

  it('saved by a pause: never "offer to pause" again', () => {
    const a = exitAlert('temporary', { kind: 'pause', accepted: true })
    expect(nextStepsFor(a, 'en')[0].text).toMatch(/paused instead of cancelling: confirm the pause is set up/)
    for (const lang of LANGS) expect(texts(a, lang)).not.toMatch(/Offer to pause|建议暂停账户|建議暫停帳戶|save offer before/)
  })

  it('declined: no repeat of the offer, act on the reason, ask for a final call or feedback', () => {
    const price = exitAlert('too_expensive', { kind: 'discount', accepted: false })
    expect(nextStepsFor(price, 'en').map((s) => s.key)).toEqual(['exit:too_expensive', 'exit:declined', 'reason:payment_failures'])
    expect(texts(price)).not.toMatch(/reach out with a save offer|plan review/)
    expect(texts(price)).toMatch(/final call, or written feedback/)
    const support = exitAlert('poor_support', { kind: 'talk', accepted: false })
    expect(nextStepsFor(support, 'en')[0].text).toMatch(/support lead/)
    const features = exitAlert('missing_features', { kind: 'discount', accepted: false })
    expect(nextStepsFor(features, 'en')[0].text).toMatch(/missing feature with product as feedback/)
  })

  it('no offer shown: suggest the offer that fits the reason', () => {
    expect(nextStepsFor(exitAlert('temporary', null), 'zh-Hans')[0]).toEqual({ key: 'exit:temporary', text: '建议暂停账户而不是取消。' })
    expect(nextStepsFor(exitAlert('too_expensive', null), 'en')[0].text).toMatch(/plan review/)
  })

  it('a risk reason saying the customer was saved does not ask for a save offer', () => {
    const saved = { code: 'exit_intent', text: 'saved by an offer in the exit survey (reason: Too expensive)' }
    const a = decideResponseAlerts({ response: npsResponse(5, { comment: null, topics: [] }), customer: customerEn, risk: { ...risk, reasons: [saved] } })[0]
    expect(texts(a)).toMatch(/accepted the save offer: confirm it is applied/)
    const started = { code: 'exit_intent', text: 'started the exit survey' }
    const b = decideResponseAlerts({ response: npsResponse(5, { comment: null, topics: [] }), customer: customerEn, risk: { ...risk, reasons: [started] } })[0]
    expect(texts(b)).toMatch(/reach out with a save offer/)
    // The risk engine's fact decides, whatever its sentence says.
    const savedFact = { code: 'exit_intent', text: '在退订问卷中接受了挽留优惠', exitOutcome: 'saved' as const }
    const c = decideResponseAlerts({ response: npsResponse(5, { comment: null, topics: [] }), customer: customerEn, risk: { ...risk, reasons: [savedFact] } })[0]
    expect(texts(c)).toMatch(/accepted the save offer: confirm it is applied/)
  })

  it('every outcome step exists in all three languages', () => {
    const offers = [null, { kind: 'discount', accepted: true }, { kind: 'pause', accepted: true }, { kind: 'downgrade', accepted: true }, { kind: 'talk', accepted: true }, { kind: 'discount', accepted: false }]
    for (const reason of ['too_expensive', 'missing_features', 'switched_competitor', 'poor_support', 'quality_issues', 'too_complicated', 'no_longer_needed', 'temporary', 'other']) {
      for (const offer of offers) {
        const [en, hans, hant] = LANGS.map((lang) => nextStepsFor(exitAlert(reason, offer), lang))
        expect(en.length, `${reason} ${JSON.stringify(offer)}`).toBeGreaterThan(0)
        expect(hans.map((s) => s.key)).toEqual(en.map((s) => s.key))
        for (const s of [...hans, ...hant]) expect(s.text, s.key).toMatch(/[\u4e00-\u9fff]/)
      }
    }
  })
})

describe('next steps for an anonymous answer', () => {
  it('say there is nobody to contact and what to do instead, never "call or email them"', () => {
    const a = decideResponseAlerts({ response: npsResponse(0), customer: null })[0]
    expect(nextStepsFor(a, 'en').map((s) => s.key)).toEqual(['anonymous:no_contact', 'anonymous:theme', 'anonymous:link'])
    expect(texts(a)).toMatch(/nobody to call or email: read the comment/)
    expect(texts(a)).toMatch(/Look for pricing and support in other answers/)
    expect(texts(a)).toMatch(/Link the response/)
    expect(texts(a)).not.toMatch(/within 48 hours|their open ticket|Offer a plan review/)
    expect(nextStepsFor(a, 'zh-Hant')[1].text).toBe('在其他回答中查找「價格、客服」（在「回答」頁按主題篩選）：是個別情況還是普遍問題？')
    expect(nextStepsFor(a, 'zh-Hans')[0].text).toMatch(/^这是匿名回答/)
  })

  it('with no comment, say only that there is nobody to contact and to watch the trend', () => {
    const a = decideResponseAlerts({ response: npsResponse(0, { comment: null, topics: [], sentiment: null }), customer: null })[0]
    expect(nextStepsFor(a, 'en')).toEqual([{ key: 'anonymous:no_contact', text: expect.stringMatching(/no comment, so there is nobody to contact/) }])
  })

  it('are not raised in severity by a customer value they cannot have', () => {
    const anonymous = decideResponseAlerts({ response: npsResponse(5, { comment: null, sentiment: null }), customer: null })[0]
    const ordinary = decideResponseAlerts({ response: npsResponse(5, { comment: null, sentiment: null }), customer: { id: 'c1' } })[0]
    expect(anonymous.severity).toBe(ordinary.severity)
  })
})
