import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY, type TopicDef } from './taxonomy.ts'
import { matchTopics } from './topics.ts'

const ids = (text: string, tax: TopicDef[] = DEFAULT_TAXONOMY) => matchTopics(text, tax).map((t) => t.id)

describe('topics', () => {
  it('matches English keywords on stems and phrases', () => {
    expect(ids('The app crashed twice and is way too expensive')).toEqual(expect.arrayContaining(['reliability', 'pricing']))
    const m = matchTopics('I was double charged on my credit card', DEFAULT_TAXONOMY).find((t) => t.id === 'billing')
    expect(m?.matches).toEqual(expect.arrayContaining(['credit card']))
    expect(m!.confidence).toBeGreaterThan(0.5)
  })
  it('matches Simplified and Traditional Chinese', () => {
    expect(ids('客服一直不回复')).toContain('support')
    expect(ids('價格太貴了')).toContain('pricing')
  })
  it('returns nothing for a comment without topic words', () => {
    expect(ids('thanks')).toEqual([])
  })
  it('follows taxonomy edits: added, renamed, removed topics', () => {
    const edited: TopicDef[] = [
      ...DEFAULT_TAXONOMY.filter((t) => t.id !== 'pricing'),
      { id: 'mobile', name: 'Mobile app', keywords: ['android', 'iphone', '手机'] },
    ]
    expect(ids('too expensive on android', edited)).toEqual(['mobile'])
    expect(ids('手机版', edited)).toEqual(['mobile'])
  })
})
