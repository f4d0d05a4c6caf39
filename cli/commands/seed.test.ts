import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openLocalDb } from '../lib/d1.ts'

const seed = (dir: string, origins: string, ...more: string[]) =>
  spawnSync(process.execPath, ['bin/stayloop.mjs', 'seed', '--persist-to', dir, '--keys', path.join(dir, 'keys.json'), '--origins', origins, ...more], { encoding: 'utf8' })

describe('stayloop seed', () => {
  it('run again from another port (PORT=8791 npm start), keeps the data, allows that port\'s origins too and links alerts there', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seed-'))
    try {
      expect(seed(dir, 'http://127.0.0.1:8787,http://localhost:8787').status).toBe(0)
      const again = seed(dir, 'http://127.0.0.1:8791,http://localhost:8791')
      expect(again.status, again.stderr).toBe(0)
      expect(again.stdout).toMatch(/keeping its data/)
      const db = await openLocalDb({ persistTo: dir })
      try {
        const [site] = await db.all<{ allowed_origins: string }>('SELECT allowed_origins FROM sites')
        expect(JSON.parse(site.allowed_origins).sort()).toEqual(['http://127.0.0.1:8787', 'http://127.0.0.1:8791', 'http://localhost:8787', 'http://localhost:8791'])
        const [ws] = await db.all<{ url: string; workspaces: number }>("SELECT json_extract(settings, '$.dashboardUrl') url, (SELECT COUNT(*) FROM workspaces) workspaces FROM workspaces")
        expect(ws).toEqual({ url: 'http://127.0.0.1:8791', workspaces: 1 })
      } finally {
        await db.close()
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)

  it('--force adds a second, independent demo workspace, which the next plain seed keeps; a D1 failure is one line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seed-'))
    const origins = 'http://127.0.0.1:8787'
    try {
      for (let i = 0; i < 2; i++) {
        const forced = seed(dir, origins, '--force')
        expect(forced.status, forced.stderr).toBe(0)
      }
      const keys = JSON.parse(readFileSync(path.join(dir, 'keys.json'), 'utf8')) as { workspaceId: string }
      const db = await openLocalDb({ persistTo: dir })
      try {
        const counts = await db.all<{ id: string; customers: number }>(
          'SELECT w.id, (SELECT COUNT(*) FROM customers c WHERE c.workspace_id = w.id) customers FROM workspaces w ORDER BY w.created_at')
        expect(counts.map((c) => c.customers)).toEqual([200, 200])
        expect(counts[1].id).toBe(keys.workspaceId)
        // A failure D1 reports (here a trigger refusing new customers) ...
        await db.run([{ sql: "CREATE TRIGGER refuse_customers BEFORE INSERT ON customers BEGIN SELECT RAISE(ABORT, 'customers refused'); END", args: [] }])
      } finally {
        await db.close()
      }
      const again = seed(dir, origins)
      expect(again.status, again.stderr).toBe(0)
      expect(again.stdout).toContain(`Demo workspace ${keys.workspaceId} already seeded`)
      // ... is said in one line, without a stack trace, and nothing is half-written.
      const failed = seed(dir, origins, '--force')
      expect(failed.status).toBe(1)
      expect(failed.stderr.trim()).toMatch(/^stayloop seed: .*customers refused[^\n]*$/)
      const db2 = await openLocalDb({ persistTo: dir })
      try {
        expect(await db2.all('SELECT id FROM workspaces')).toHaveLength(2)
      } finally {
        await db2.close()
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 300_000)
})
