import { describe, expect, it } from 'vitest'
import { bootstrapInterval, macroF1 } from './agreement.ts'

describe('macro-F1', () => {
  it('is the usual multiclass figure with one label per row', () => {
    const { macro, per } = macroF1(['a', 'a', 'b', 'b'], ['a', 'b', 'b', null], ['a', 'b'])
    expect(per).toEqual({ a: 2 / 3, b: 0.5 })
    expect(macro).toBeCloseTo((2 / 3 + 0.5) / 2)
  })
  it('counts a prediction among a row\'s several labels as right, and its other labels as missed', () => {
    const { per } = macroF1([['a', 'b'], ['b']], ['a', 'b'], ['a', 'b'])
    expect(per.a).toBe(1)
    expect(per.b).toBeCloseTo(2 / 3) // one hit, one miss (row 1 also had b)
  })
})

describe('bootstrap interval', () => {
  const accuracy = (right: boolean[]) => (idx: number[]) => idx.filter((i) => right[i]).length / idx.length
  it('holds the figure, is the same every run, and narrows as rows grow', () => {
    const few = Array.from({ length: 100 }, (_, i) => i % 5 !== 0) // 0.8 right
    const many = Array.from({ length: 2000 }, (_, i) => i % 5 !== 0)
    const [lo, hi] = bootstrapInterval(few.length, accuracy(few))
    expect(lo).toBeLessThan(0.8)
    expect(hi).toBeGreaterThan(0.8)
    expect(bootstrapInterval(few.length, accuracy(few))).toEqual([lo, hi])
    const [lo2, hi2] = bootstrapInterval(many.length, accuracy(many))
    expect(hi2 - lo2).toBeLessThan((hi - lo) / 2)
  })
})
