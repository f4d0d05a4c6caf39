import { describe, expect, it } from 'vitest'
import { pickExamples, type Candidate } from './topic-examples.ts'

const answer = (id: string, score: number | null, sentiment: string, confidence: number): Candidate =>
  ({ response_id: id, confidence, comment: `comment ${id}`, score, survey_kind: 'nps', sentiment_label: sentiment })

describe('theme examples', () => {
  it('leads with the side the topic moves the score, and shows a promoter, not a kind passive, as the other side', () => {
    // A drag: detractors first; the other side's place goes to the promoter (QA: a passive's 8 was shown though 9s and 10s existed).
    const rows = [answer('d1', 2, 'negative', 0.9), answer('d2', 4, 'negative', 0.8), answer('passive', 8, 'positive', 0.99), answer('promoter', 10, 'positive', 0.7), answer('d3', 1, 'negative', 0.6)]
    const picked = pickExamples(rows, -1).map((e) => e.responseId)
    expect(picked).toEqual(['d1', 'd2', 'promoter'])
  })
  it('falls back to comments that lean by their words when no score says', () => {
    const rows = [answer('up', 8, 'positive', 0.9), answer('down', 7, 'negative', 0.9)]
    expect(pickExamples(rows, 1).map((e) => e.responseId)).toEqual(['up', 'down'])
  })
})
