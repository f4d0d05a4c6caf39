import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openLocalDb } from '../lib/d1.ts'

const seed = (dir: string, origins: string) =>
  spawnSync(process.execPath, ['bin/stayloop.mjs', 'seed', '--persist-to', dir, '--keys', path.join(dir, 'keys.json'), '--origins', origins], { encoding: 'utf8' })

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
})
