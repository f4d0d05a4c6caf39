// Where `stayloop import` finds its secret key: --key, then STAYLOOP_SECRET_KEY, then ./demo-keys.json.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export function resolveSecretKey(flag: string | undefined, env: Record<string, string | undefined>, cwd: string): string | null {
  if (flag) return flag
  if (env.STAYLOOP_SECRET_KEY) return env.STAYLOOP_SECRET_KEY
  const file = join(cwd, 'demo-keys.json')
  if (!existsSync(file)) return null
  try {
    const keys = JSON.parse(readFileSync(file, 'utf8')) as { secretKey?: unknown }
    return typeof keys.secretKey === 'string' ? keys.secretKey : null
  } catch {
    return null
  }
}
