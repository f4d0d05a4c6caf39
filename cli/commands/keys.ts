// `stayloop keys create --workspace ID [--name NAME] [--remote]`: a new secret key, printed once.
import { createHash, randomBytes } from 'node:crypto'
import { parseArgs, type FlagSpec } from '../lib/args.ts'
import { openLocalDb } from '../lib/d1.ts'

export const flagSpecs: FlagSpec[] = [{ command: 'stayloop keys', values: ['workspace', 'name', 'persist-to'], switches: ['remote'] }]

export async function run(args: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(args, flagSpecs[0])
  const workspace = flags.workspace
  if (positionals[0] !== 'create' || typeof workspace !== 'string') {
    console.error('Usage: stayloop keys create --workspace ID [--name NAME] [--remote] [--persist-to DIR]')
    return 2
  }
  const target = { remote: flags.remote === true, persistTo: typeof flags['persist-to'] === 'string' ? flags['persist-to'] : undefined }
  const db = await openLocalDb(target)
  try {
    if (!(await db.all('SELECT id FROM workspaces WHERE id = ?', workspace)).length) {
      console.error(`No workspace ${workspace}`)
      return 1
    }
  const secret = `sk_${randomBytes(48).toString('base64').replace(/[^a-zA-Z0-9]/g, '').slice(0, 32)}`
  const id = `key_${randomBytes(10).toString('hex')}`
    await db.run([{ sql: 'INSERT INTO api_keys (id, workspace_id, name, prefix, hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      args: [id, workspace, typeof flags.name === 'string' ? flags.name : 'CLI key', secret.slice(0, 7), createHash('sha256').update(secret).digest('hex'), Date.now()] }])
    console.log(`Created key ${id} for ${workspace}. It is shown only now:\n${secret}`)
    return 0
  } finally {
    await db.close()
  }
}
