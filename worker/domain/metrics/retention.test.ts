import { describe, expect, it } from 'vitest'
import { churnRate, cltv, repeatPurchaseFromCounts, repeatPurchaseRate, retentionRate } from './retention.ts'

describe('retention figures', () => {
  it('churn rate: 5,000 at the start and 500 lost is 10%', () => {
    expect(churnRate(5000, 500)).toEqual({ value: 10, start: 5000, lost: 500 })
    expect(churnRate(0, 0).value).toBeNull()
  })

  it('retention rate: (end - new) / start', () => {
    // 1,000 at start, 150 new, 1,050 at end: 900 of the original 1,000 stayed.
    expect(retentionRate(1000, 1050, 150)).toEqual({ value: 90, start: 1000, end: 1050, added: 150 })
    expect(retentionRate(0, 10, 10).value).toBeNull()
  })

  it('repeat purchase rate: 2+ purchases over 1+ purchases', () => {
    // purchasers: 1,2,3,1 -> 4; repeaters: 2,3 -> 2; zero-purchase customer ignored.
    expect(repeatPurchaseRate([0, 1, 2, 3, 1])).toEqual({ value: 50, repeat: 2, purchasers: 4 })
    expect(repeatPurchaseRate([0, 0]).value).toBeNull()
    expect(repeatPurchaseFromCounts(2, 4)).toEqual(repeatPurchaseRate([0, 1, 2, 3, 1]))
  })

  it('CLTV: average revenue per customer × 1 / churn rate', () => {
    // 40,000 over 800 customers = 50 per month; 5% monthly churn -> 20 months -> 1,000.
    const figure = cltv(40_000, 800, 1000, 50)
    expect(figure.value).toBeCloseTo(1000, 9)
    expect(figure.averageRevenue).toBe(50)
    expect(figure.churnRate).toBe(5)
    expect(cltv(100, 10, 100, 0).value).toBeNull()
    expect(cltv(100, 0, 100, 5).value).toBeNull()
  })
})
