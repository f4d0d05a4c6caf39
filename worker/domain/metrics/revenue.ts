// Revenue at risk: the monthly revenue carried by high-tier customers.
import type { Figure } from './figure.ts'

export interface ScoredRevenue {
  revenue: number
  tier: 'high' | 'medium' | 'low'
}

/** Sum of revenue of high-tier customers; value is 0 (not null) when nobody is high: a real figure. */
export function revenueAtRisk(customers: ScoredRevenue[]): Figure<{ customers: number; totalRevenue: number }> {
  const high = customers.filter((c) => c.tier === 'high')
  return {
    value: high.reduce((s, c) => s + (Number.isFinite(c.revenue) ? c.revenue : 0), 0),
    customers: high.length,
    totalRevenue: customers.reduce((s, c) => s + (Number.isFinite(c.revenue) ? c.revenue : 0), 0),
  }
}
