import { describe, expect, it } from 'vitest'
import { correctedScore } from './corrected-sentiment.ts'

describe('correctedScore', () => {
  it('gives a corrected label a score of its own sign (QA: positive kept -0.978)', () => {
    expect(correctedScore('positive', -0.978)).toBe(0.978)
    expect(correctedScore('negative', 0.6)).toBe(-0.6)
    expect(correctedScore('neutral', -0.9)).toBe(0)
  })
  it('uses a default strength when the model saw next to nothing, and keeps a mixed lean', () => {
    expect(correctedScore('negative', 0.01)).toBe(-0.5)
    expect(correctedScore('positive', null)).toBe(0.5)
    expect(correctedScore('mixed', -0.4)).toBe(-0.4)
  })
})
