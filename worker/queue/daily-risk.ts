// Daily: rescore every customer (chunked to fit Workers limits) and refit each workspace's model.
// Filled in by the retention engine work.
import type { Env } from '../env.ts'

export async function dailyRisk(_env: Env, _now: number): Promise<void> {}
