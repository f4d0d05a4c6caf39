// Delivering one alert to one destination. Filled in by the alerts work.
import type { Env } from '../env.ts'

export async function deliver(_env: Env, _deliveryId: string): Promise<void> {}
