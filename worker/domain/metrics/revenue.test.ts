import { describe, expect, it } from 'vitest'
import { revenueAtRisk } from './revenue.ts'

describe('revenue at risk', () => {
  it('sums revenue of high-tier customers only', () => {
    const figure = revenueAtRisk([
      { revenue: 120, tier: 'high' },
      { revenue: 80, tier: 'high' },
      { revenue: 500, tier: 'medium' },
      { revenue: 40, tier: 'low' },
    ])
    expect(figure).toEqual({ value: 200, customers: 2, totalRevenue: 740 })
    expect(revenueAtRisk([{ revenue: 10, tier: 'low' }]).value).toBe(0)
  })
})
