// `stayloop seed`: creates the demo workspace in local D1 once (keeps existing data) and writes
// its keys to demo-keys.json. `--force` adds a fresh demo workspace even if one exists;
// `--persist-to DIR`, `--keys FILE` and `--origins A,B` serve test instances.
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { parseArgs, type FlagSpec } from '../lib/args.ts'
import { migrate, openLocalDb, type D1Target, type LocalDb } from '../lib/d1.ts'
import { workspaceStatements } from '../../db/seed/workspace.ts'
import { demoStatements } from '../../db/seed/demo.ts'

const KEYS_FILE = 'demo-keys.json'
const token = (n: number) => randomBytes(n * 2).toString('base64').replace(/[^a-zA-Z0-9]/g, '').slice(0, n)

export const flagSpecs: FlagSpec[] = [{ command: 'stayloop seed', values: ['persist-to', 'keys', 'origins'], switches: ['force'] }]

export async function run(args: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(args, flagSpecs[0])
  if (positionals.length) { console.error(`unexpected argument ${positionals[0]}; usage: stayloop seed [--force]`); return 2 }
  const target: D1Target = { persistTo: typeof flags['persist-to'] === 'string' ? flags['persist-to'] : undefined }
  const keysFile = typeof flags.keys === 'string' ? flags.keys : KEYS_FILE
  migrate(target)
  const db = await openLocalDb(target)
  try {
    const origins = typeof flags.origins === 'string' ? flags.origins.split(',') : ['http://127.0.0.1:8787', 'http://localhost:8787']
    return await seed(db, keysFile, flags.force === true, origins, typeof flags.origins === 'string')
  } finally {
    await db.close()
  }
}

async function seed(db: LocalDb, keysFile: string, force: boolean, allowedOrigins: string[], originsGiven: boolean): Promise<number> {
  const existing = await db.all<{ id: string; public_key: string }>(
    "SELECT w.id, s.public_key FROM workspaces w JOIN sites s ON s.workspace_id = w.id WHERE json_extract(w.settings, '$.demo') = 1 ORDER BY w.created_at")
  if (existing.length && !force) {
    // The keys file names one of the demo workspaces (after `--force`, the newest).
    const siteKey = existsSync(keysFile) ? JSON.parse(readFileSync(keysFile, 'utf8')).siteKey : undefined
    const mine = existing.find((w) => w.public_key === siteKey)
    if (mine) {
      // Started on another port (PORT=8791 npm start): its origins join the site's, and alerts link there.
      if (originsGiven) await db.run(allowOriginsStatements(mine.id, mine.public_key, allowedOrigins))
      console.log(`Demo workspace ${mine.id} already seeded; keeping its data${originsGiven ? ` (origins ${allowedOrigins.join(', ')} allowed)` : ''}.`)
      return 0
    }
    console.error(`Demo workspace ${existing[0].id} exists but ${keysFile} does not match it; make a key with: npx stayloop keys create --workspace ${existing[0].id}`)
    return 1
  }
  const now = Date.now()
  const id = token(10)
  const secretKey = `sk_${token(32)}`
  const siteKey = `pk_demo_${token(20)}`
  const surveyIds = { nps: `srv_nps_${id}`, csat: `srv_csat_${id}`, ces: `srv_ces_${id}`, exit: `srv_exit_${id}` }
  const workspaceId = `ws_demo_${id}`
  const statements = [
    ...workspaceStatements({
      workspaceId, name: 'Acme Analytics', siteId: `site_${id}`, siteKey, keyId: `key_${id}`,
      allowedOrigins,
      secretKeyHash: createHash('sha256').update(secretKey).digest('hex'), secretKeyPrefix: secretKey.slice(0, 7), surveyIds,
      settings: { demo: true, dashboardUrl: allowedOrigins[0] }, now,
    }),
    ...demoStatements({ workspaceId, surveyIds, now }),
  ]
  await db.run(statements)
  writeFileSync(keysFile, JSON.stringify({ siteKey, secretKey, workspaceId }, null, 2) + '\n')
  const counts = await db.all<{ customers: number; responses: number }>(
    'SELECT (SELECT COUNT(*) FROM customers WHERE workspace_id = ?1) customers, (SELECT COUNT(*) FROM responses WHERE workspace_id = ?1) responses', workspaceId)
  console.log(`Seeded demo workspace ${workspaceId}: ${counts[0]?.customers} customers, ${counts[0]?.responses} responses. Keys in ${keysFile}.`)
  return 0
}

/** Adds origins to the demo site's allowed ones (each once) and points the workspace's dashboard links at the first. */
function allowOriginsStatements(workspaceId: string, siteKey: string, origins: string[]) {
  return [
    { sql: `UPDATE sites SET allowed_origins = (SELECT json_group_array(value) FROM (SELECT value FROM json_each(sites.allowed_origins) UNION SELECT value FROM json_each(?)))
              WHERE workspace_id = ? AND public_key = ?`, args: [JSON.stringify(origins), workspaceId, siteKey] },
    { sql: "UPDATE workspaces SET settings = json_set(settings, '$.dashboardUrl', ?) WHERE id = ?", args: [origins[0], workspaceId] },
  ]
}
