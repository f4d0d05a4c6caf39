// Rescoring one customer's churn risk. Filled in by the retention engine work.
import type { Env } from '../env.ts'

export interface RiskSnapshot {
  score: number
  tier: 'high' | 'medium' | 'low'
  reasons: { code: string; text: string; impact: number }[]
}

export interface RiskChange {
  previous: RiskSnapshot | null
  current: RiskSnapshot
}

export async function rescoreCustomer(_env: Env, _workspaceId: string, _customerPk: string): Promise<RiskChange | null> {
  return null
}
