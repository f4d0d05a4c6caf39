// Local D1 for the CLI: migrations through `wrangler d1 migrations apply`, data through
// wrangler's platform proxy (the very database `wrangler dev` serves; far faster than
// `wrangler d1 execute --file` for a seed).
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { toSqlStatements, type Sql } from '../../db/seed/workspace.ts'

export interface D1Target {
  remote?: boolean
  /** Same meaning as wrangler's --persist-to (default .wrangler/state). */
  persistTo?: string
}

export function migrate(target: D1Target): void {
  const args = ['wrangler', 'd1', 'migrations', 'apply', 'stayloop', target.remote ? '--remote' : '--local', ...(target.persistTo ? ['--persist-to', target.persistTo] : [])]
  const res = spawnSync('npx', args, { encoding: 'utf8', env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' } })
  if (res.status !== 0) throw new Error(`npx ${args.join(' ')} failed: ${wranglerError(res.stderr || res.stdout || '')}`)
}

/** Wrangler's `✘ [ERROR] ...` line (colours removed), else its last line: the CLI says failures in one line. */
function wranglerError(output: string): string {
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n').map((l) => l.trim()).filter(Boolean)
  const error = lines.find((l) => l.includes('[ERROR]'))
  return error?.replace(/^✘\s*\[ERROR\]\s*/, '') ?? lines.at(-1) ?? 'no output'
}

export interface LocalDb {
  all<T>(sql: string, ...args: unknown[]): Promise<T[]>
  run(statements: Sql[]): Promise<void>
  close(): Promise<void>
}

export async function openLocalDb(target: D1Target): Promise<LocalDb> {
  if (target.remote) throw new Error('Remote D1 is reached with `wrangler d1 execute --remote`; this command works on local D1')
  const { getPlatformProxy } = await import('wrangler')
  const persist = path.join(target.persistTo ?? '.wrangler/state', 'v3')
  const { env, dispose } = await getPlatformProxy<{ DB: D1Database }>({ configPath: 'wrangler.toml', persist: { path: persist } })
  const db = env.DB
  return {
    async all<T>(sql: string, ...args: unknown[]) {
      return (await db.prepare(sql).bind(...args).all<T>()).results
    },
    async run(statements: Sql[]) {
      // Multi-row INSERTs in one batch, which is one transaction: a seed lands whole or not at all.
      await db.batch(toSqlStatements(statements).map((sql) => db.prepare(sql)))
    },
    close: dispose,
  }
}
