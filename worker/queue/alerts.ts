// Deciding alerts (and their deliveries) for a response or a risk change. Filled in by the
// alerts work.
import type { Env } from '../env.ts'
import type { RiskChange } from './rescore.ts'

export async function alertsForResponse(_env: Env, _workspaceId: string, _responseId: string): Promise<void> {}

export async function alertsForRiskChange(_env: Env, _workspaceId: string, _customerPk: string, _change: RiskChange): Promise<void> {}
