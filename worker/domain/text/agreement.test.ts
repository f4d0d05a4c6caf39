import { describe, expect, it } from 'vitest'
import { macroF1 } from './agreement.ts'

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
