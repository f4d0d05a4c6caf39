// A new workspace as SQL statements: workspace, site, secret key (hash only) and default
// surveys. Pure: the seed renders them to a SQL file, tests run them against D1.
import { DEFAULT_SURVEYS } from './surveys.ts'
import { DEFAULT_SETTINGS, type WorkspaceSettings } from '../../worker/domain/settings.ts'
import { TEXT_FEATURES_VERSION } from '../../worker/domain/text/model-version.ts'

export interface Sql {
  sql: string
  args: unknown[]
}

export interface WorkspaceSeed {
  workspaceId: string
  name: string
  siteId: string
  siteKey: string
  allowedOrigins: string[]
  keyId: string
  secretKeyHash: string
  secretKeyPrefix: string
  surveyIds: Record<'nps' | 'csat' | 'ces' | 'exit', string>
  settings?: Partial<WorkspaceSettings>
  now: number
}

export function workspaceStatements(w: WorkspaceSeed): Sql[] {
  const out: Sql[] = [
    // Empty text model counts, so already at the current features version (nothing to rebuild).
    { sql: 'INSERT INTO workspaces (id, name, settings, taxonomy, text_model_version, created_at) VALUES (?, ?, ?, NULL, ?, ?)', args: [w.workspaceId, w.name, JSON.stringify({ ...DEFAULT_SETTINGS, ...w.settings }), TEXT_FEATURES_VERSION, w.now] },
    { sql: 'INSERT INTO sites (id, workspace_id, name, public_key, allowed_origins, created_at) VALUES (?, ?, ?, ?, ?, ?)', args: [w.siteId, w.workspaceId, `${w.name} web app`, w.siteKey, JSON.stringify(w.allowedOrigins), w.now] },
    { sql: 'INSERT INTO api_keys (id, workspace_id, name, prefix, hash, created_at) VALUES (?, ?, ?, ?, ?, ?)', args: [w.keyId, w.workspaceId, 'Default key', w.secretKeyPrefix, w.secretKeyHash, w.now] },
  ]
  for (const s of DEFAULT_SURVEYS) {
    out.push({
      sql: `INSERT INTO surveys (id, workspace_id, kind, name, status, version, content, trigger, targeting, frequency, sampling, recontact_days, locales, created_at, updated_at)
            VALUES (?, ?, ?, ?, 'active', 1, ?, ?, NULL, ?, ?, NULL, ?, ?, ?)`,
      args: [w.surveyIds[s.kind as 'nps'], w.workspaceId, s.kind, s.name, JSON.stringify(s.content), JSON.stringify(s.trigger), JSON.stringify(s.frequency), s.sampling,
        JSON.stringify(Object.keys(s.content.locales)), w.now, w.now],
    })
  }
  return out
}

/**
 * Renders statements as a SQL script (for `wrangler d1 execute --file`). Single-row INSERTs of the
 * same shape are gathered into multi-row INSERTs (in order of first appearance; anything else is
 * a barrier), so a demo seed loads in seconds, not minutes.
 */
export function toSqlStatements(statements: Sql[], maxChars = 90_000): string[] {
  const out: string[] = []
  let groups = new Map<string, string[]>()
  const flush = () => {
    for (const [head, rows] of groups) {
      let chunk: string[] = []
      let size = head.length
      for (const row of rows) {
        // D1 refuses statements over 100 KB, and VALUES lists past a few hundred rows.
        if (chunk.length && (size + row.length > maxChars || chunk.length >= 400)) {
          out.push(`${head} VALUES ${chunk.join(',\n')}`)
          chunk = []
          size = head.length
        }
        chunk.push(row)
        size += row.length + 2
      }
      if (chunk.length) out.push(`${head} VALUES ${chunk.join(',\n')}`)
    }
    groups = new Map()
  }
  for (const { sql, args } of statements) {
    let i = 0
    const text = sql.replace(/\s+/g, ' ').trim().replace(/\?/g, () => literal(args[i++]))
    const m = /^(INSERT INTO [a-z_]+ \([^)]*\)) VALUES (\(.*\))$/s.exec(text)
    if (!m) {
      flush()
      out.push(text)
      continue
    }
    const rows = groups.get(m[1])
    if (rows) rows.push(m[2])
    else groups.set(m[1], [m[2]])
  }
  flush()
  return out
}

export function toSqlScript(statements: Sql[]): string {
  return toSqlStatements(statements).map((s) => `${s};\n`).join('')
}

function literal(v: unknown): string {
  if (v === null || v === undefined) return 'NULL'
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'NULL'
  if (typeof v === 'boolean') return v ? '1' : '0'
  return `'${String(v).replace(/'/g, "''")}'`
}
