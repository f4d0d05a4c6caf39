import { describe, expect, it } from 'vitest'
import { brierScore, precisionAtTop, qualityOf, rocAuc } from './quality.ts'

describe('quality figures', () => {
  it('AUC counts correctly ordered positive/negative pairs, ties as half', () => {
    // Pairs (pos, neg): (0.9,0.1) ok, (0.9,0.5) ok, (0.4,0.1) ok, (0.4,0.5) wrong -> 3/4.
    expect(rocAuc([0.9, 0.4, 0.1, 0.5], [1, 1, 0, 0])).toBe(0.75)
    expect(rocAuc([0.5, 0.5], [1, 0])).toBe(0.5)
    expect(rocAuc([0.2, 0.3], [1, 1])).toBeNull()
  })

  it('Brier is the mean squared error', () => {
    expect(brierScore([1, 0.5, 0], [1, 0, 0])).toBeCloseTo(0.25 / 3, 12)
  })

  it('precision and lift in the top decile', () => {
    const scores = Array.from({ length: 20 }, (_, i) => 20 - i)
    const labels = scores.map((_, i) => (i === 0 || i === 5 || i === 10 || i === 15 ? 1 : 0))
    // Top 10% = 2 rows (scores 20, 19): one positive -> 0.5; base rate 4/20 = 0.2 -> lift 2.5.
    expect(precisionAtTop(scores, labels, 0.1)).toBe(0.5)
    const q = qualityOf(scores, labels)
    expect(q.rows).toBe(20)
    expect(q.lift_top_decile).toBeCloseTo(2.5, 12)
  })
})
