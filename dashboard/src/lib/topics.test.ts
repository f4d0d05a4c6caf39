import { afterEach, describe, expect, it } from 'vitest'
import { byNpsCost, distinctComments, topicLabel, topicNameMap } from './topics.ts'
import type { Topic } from './types.ts'
import { setLang } from '../i18n/index.ts'

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
    const sorted = [topic('rare', -110, 3), topic('lift', 25, 40), topic('common', -30, 40), topic('none', null, 9)].sort(byNpsCost)
    expect(sorted.map((x) => x.id)).toEqual(['common', 'rare', 'none', 'lift'])
  })

  it('shows each example sentence once', () => {
    const ex = [{ responseId: 'a', comment: 'Great tool.' }, { responseId: 'b', comment: ' great tool. ' }, { responseId: 'c', comment: 'Slow.' }]
    expect(distinctComments(ex).map((e) => e.responseId)).toEqual(['a', 'c'])
  })
})
