import { describe, expect, it } from 'vitest'
import { dragKind, topDrags } from './Overview.tsx'
import type { Topic } from '../lib/types.ts'

const topic = (id: string, impact: number | null, responses: number): Topic => ({
  id, name: id, volume: responses, sentiment: { positive: 0, neutral: 0, negative: 0, mixed: 0 },
  nps: { with: null, without: null, impact, responses }, trend: { current: responses, previous: 0 }, examples: [],
})

describe('topDrags', () => {
  it('ranks the topics pulling NPS down by the points they cost overall, three at most', () => {
    const topics = [topic('rare', -110, 3), topic('common', -30, 40), topic('good', 20, 50), topic('mid', -50, 10), topic('none', null, 5), topic('small', -5, 4)]
    expect(topDrags(topics).map((x) => x.id)).toEqual(['common', 'mid', 'rare'])
  })

  it('ranks by CSAT for a workspace whose period has CSAT answers only', () => {
    const csatOnly = (id: string, effect: number, responses: number): Topic => ({
      ...topic(id, null, 0), nps: { with: null, without: null, impact: null, effect: null, responses: 0 }, csat: { with: 0, without: 90, impact: -90, effect, responses },
    })
    const topics = [csatOnly('billing', -8, 12), csatOnly('support', -2, 20), csatOnly('docs', 3, 9)]
    expect(dragKind(topics)).toBe('csat')
    expect(topDrags(topics, dragKind(topics)).map((x) => x.id)).toEqual(['billing', 'support'])
    expect(dragKind([topic('common', -30, 40), ...topics])).toBe('nps')
  })
})
