import { afterEach, describe, expect, it } from 'vitest'
import { topicLabel, topicNameMap } from './topics.ts'
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
