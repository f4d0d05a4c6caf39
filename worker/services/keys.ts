// Secret keys: random, shown once, stored only as SHA-256.
import { newId, randomToken, sha256Hex } from '../lib/ids.ts'

export async function createSecretKey(db: D1Database, workspaceId: string, name: string, now = Date.now()) {
  const secret = `sk_${randomToken(32)}`
  const id = newId('key')
  await db.prepare('INSERT INTO api_keys (id, workspace_id, name, prefix, hash, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .bind(id, workspaceId, name, secret.slice(0, 7), await sha256Hex(secret), now).run()
  return { id, name, prefix: secret.slice(0, 7), secret, createdAt: now }
}
