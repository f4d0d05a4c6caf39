import { describe, expect, it } from 'vitest'
import { topDrags } from './Overview.tsx'
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
})
