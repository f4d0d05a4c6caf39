import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { byEffect, distinctComments, hasAnswers, shownEffect, topicLabel, topicNameMap } from './topics.ts'
import type { Topic } from './types.ts'
import { loadLang, setLang } from '../i18n/index.ts'

// The Chinese tables load on demand in the app; these tests read them.
beforeAll(() => Promise.all([loadLang('zh-Hans'), loadLang('zh-Hant')]))

afterEach(() => setLang('en'))

describe('topic names', () => {
  it('reads a built-in topic under its built-in name in the reader language', () => {
    setLang('zh-Hant')
    expect(topicLabel('pricing', 'Pricing')).toBe('價格')
    expect(topicLabel('competitor', 'Competitor')).toBe('競品')
  })

  it('keeps names the workspace chose, and topics of its own', () => {
    setLang('zh-Hans')
    expect(topicLabel('pricing', 'Plans & price')).toBe('Plans & price')
    expect(topicLabel('exports', 'Pricing')).toBe('Pricing')
    expect(topicNameMap([{ id: 'pricing', name: 'Pricing', keywords: [], examples: [] }, { id: 'sso', name: 'SSO', keywords: [], examples: [] }])).toEqual({ pricing: '价格', sso: 'SSO' })
  })
})

const topic = (id: string, impact: number | null, responses: number): Topic => ({
  id, name: id, volume: responses, sentiment: { positive: 0, neutral: 0, negative: 0, mixed: 0 },
  nps: { with: null, without: null, impact, responses }, trend: { current: responses, previous: 0 }, examples: [],
})

describe('theme order and examples', () => {
  it('puts the topics costing most NPS points overall first, the ones lifting it last', () => {
    const sorted = [topic('rare', -110, 3), topic('lift', 25, 40), topic('common', -30, 40), topic('none', null, 9)].sort(byEffect('nps'))
    expect(sorted.map((x) => x.id)).toEqual(['common', 'rare', 'none', 'lift'])
  })

  it("ranks and shows the API's effect (points of the period's NPS) when it gives one", () => {
    const withEffect = (id: string, impact: number, effect: number, responses: number): Topic => ({ ...topic(id, impact, responses), nps: { with: null, without: null, impact, effect, responses } })
    // The demo's case: a big gap on few answers costs less than a smaller gap on many.
    const billing = withEffect('billing', -107.9, -3.3, 6), performance = withEffect('performance', -35.3, -5.9, 33)
    expect([billing, performance].sort(byEffect('nps')).map((x) => x.id)).toEqual(['performance', 'billing'])
    expect(shownEffect(billing)).toBe(-3.3)
    // An older API without `effect` still shows the gap.
    expect(shownEffect(topic('rare', -110, 3))).toBe(-110)
  })

  it('shows each example sentence once', () => {
    const ex = [{ responseId: 'a', comment: 'Great tool.' }, { responseId: 'b', comment: ' great tool. ' }, { responseId: 'c', comment: 'Slow.' }]
    expect(distinctComments(ex).map((e) => e.responseId)).toEqual(['a', 'c'])
  })
})
