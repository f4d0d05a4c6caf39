import { describe, expect, it } from 'vitest'
import { ces, cesFromCounts, csat, csatFromCounts, nps, npsFromCounts, responseRate } from './surveys.ts'

describe('survey figures', () => {
  it('NPS is % promoters minus % detractors, skipped answers excluded', () => {
    // 10, 9, 9 promoters; 8, 7 passives; 6, 0, 3 detractors; two skipped.
    const figure = nps([10, 9, 9, 8, 7, 6, 0, 3, null, undefined])
    expect(figure).toEqual({ value: 0, promoters: 3, passives: 2, detractors: 3, responses: 8 })
    expect(nps([10, 10, 9, 5]).value).toBe(50)
    expect(nps([null]).value).toBeNull()
  })

  it('CSAT is the share of 4-5 answers', () => {
    expect(csat([5, 4, 3, 2, 5, null])).toEqual({ value: 60, satisfied: 3, responses: 5 })
    expect(csat([]).value).toBeNull()
  })

  it('CES is the mean on 1-7', () => {
    expect(ces([7, 5, 3, null])).toEqual({ value: 5, total: 15, responses: 3 })
    expect(ces([]).value).toBeNull()
  })

  it('response rate is responses / displays', () => {
    expect(responseRate(25, 200)).toEqual({ value: 12.5, responses: 25, displays: 200 })
    expect(responseRate(0, 0).value).toBeNull()
  })

  it('the counted forms match the answer forms', () => {
    // 10×3, 9×1, 7×2, 6×1, 0×2: promoters 4, passives 2, detractors 3 of 9 -> (4 - 3) / 9.
    const counts = [{ score: 10, n: 3 }, { score: 9, n: 1 }, { score: 7, n: 2 }, { score: 6, n: 1 }, { score: 0, n: 2 }]
    const answers = counts.flatMap((c) => Array(c.n).fill(c.score))
    expect(npsFromCounts(counts)).toEqual(nps(answers))
    expect(npsFromCounts(counts).value).toBeCloseTo(100 / 9, 12)
    expect(csatFromCounts([{ score: 5, n: 2 }, { score: 3, n: 2 }])).toEqual({ value: 50, satisfied: 2, responses: 4 })
    expect(cesFromCounts([{ score: 2, n: 3 }, { score: 6, n: 1 }])).toEqual({ value: 3, total: 12, responses: 4 })
    expect(npsFromCounts([]).value).toBeNull()
  })
})
