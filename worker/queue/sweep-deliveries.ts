// Re-enqueue deliveries stuck in pending, and send daily digests. Filled in by the alerts work.
import type { Env } from '../env.ts'

export async function sweepDeliveries(_env: Env, _now: number): Promise<number> {
  return 0
}

export async function sendDigests(_env: Env, _now: number): Promise<void> {}
