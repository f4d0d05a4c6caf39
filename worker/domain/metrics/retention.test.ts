import { describe, expect, it } from 'vitest'
import { MONTH_DAYS, churnRate, cltv, monthlyChurn, repeatPurchaseFromCounts, repeatPurchaseRate, retentionRate } from './retention.ts'

describe('retention figures', () => {
  it('churn rate: 5,000 at the start and 500 lost is 10%', () => {
    expect(churnRate(5000, 500)).toEqual({ value: 10, start: 5000, lost: 500 })
    expect(churnRate(0, 0).value).toBeNull()
  })

  it('retention rate: starting customers still here at the end / starting customers', () => {
    // 1,000 at start, 900 of them still here at the end: 90%, whatever joined meanwhile.
    expect(retentionRate(1000, 900)).toEqual({ value: 90, start: 1000, retained: 900 })
    expect(retentionRate(0, 0).value).toBeNull()
  })

  it('churn and retention of the same starting customers add up to 100%', () => {
    // 9 at the start of the month, 1 lost; two joined and one of them left again within the month.
    const start = 9, lost = 1
    expect(churnRate(start, lost).value! + retentionRate(start, start - lost).value!).toBeCloseTo(100, 9)
    expect(retentionRate(start, start - lost).value).toBeCloseTo(800 / 9, 9)
  })

  it('repeat purchase rate: 2+ purchases over 1+ purchases', () => {
    // purchasers: 1,2,3,1 -> 4; repeaters: 2,3 -> 2; zero-purchase customer ignored.
    expect(repeatPurchaseRate([0, 1, 2, 3, 1])).toEqual({ value: 50, repeat: 2, purchasers: 4 })
    expect(repeatPurchaseRate([0, 0]).value).toBeNull()
    expect(repeatPurchaseFromCounts(2, 4)).toEqual(repeatPurchaseRate([0, 1, 2, 3, 1]))
  })

  it('CLTV: average monthly revenue per customer × 1 / monthly churn rate', () => {
    // 40,000 over 800 customers = 50 per month; 5% churn over an average month -> 20 months -> 1,000.
    const figure = cltv(40_000, 800, 1000, 50, MONTH_DAYS)
    expect(figure.value).toBeCloseTo(1000, 9)
    expect(figure.averageRevenue).toBe(50)
    expect(figure.churnRate).toBe(5)
    expect(figure.monthlyChurnRate).toBeCloseTo(5, 9)
    expect(cltv(100, 10, 100, 0, 30).value).toBeNull()
    expect(cltv(100, 0, 100, 5, 30).value).toBeNull()
  })

  it('CLTV of a steady business is about the same over one month and three', () => {
    // 1,200 customers at 50 a month losing 5% a month: 60 in September, 57 in October, 54 in November.
    const november = cltv(1029 * 50, 1029, 1083, 54, 30)
    const autumn = cltv(1029 * 50, 1029, 1200, 60 + 57 + 54, 91)
    expect(Math.abs(autumn.value! / november.value! - 1)).toBeLessThan(0.02)
    expect(autumn.churnRate).toBeCloseTo(14.25, 9)
    expect(november.monthlyChurnRate).toBeCloseTo(5, 0)
    expect(autumn.monthlyChurnRate).toBeCloseTo(5, 0)
    // Three months of a steady 5% read back as 5% a month.
    expect(monthlyChurn(1 - 0.95 ** 3, 3 * MONTH_DAYS)).toBeCloseTo(0.05, 12)
  })
})
