// Printing import errors, from local validation or from the server, one line per problem.
import type { ImportError } from '../../worker/domain/import/fields.ts'

export function formatErrors(file: string, errors: ImportError[], limit = 50): string[] {
  const lines = errors.slice(0, limit).map((e) => `${file}${e.line ? `:${e.line}` : ''}${e.column ? ` [${e.column}]` : ''}: ${e.message}`)
  if (errors.length > limit) lines.push(`... and ${errors.length - limit} more`)
  return lines
}

/** Pull per-row errors out of a server answer, whichever of the usual shapes it uses. */
export function serverErrors(body: unknown): ImportError[] {
  if (!body || typeof body !== 'object') return []
  const record = body as { errors?: unknown; error?: { details?: unknown; errors?: unknown } }
  const list = record.errors ?? record.error?.errors ?? record.error?.details
  if (!Array.isArray(list)) return []
  return list
    .filter((e): e is Record<string, unknown> => !!e && typeof e === 'object')
    .map((e) => ({ line: Number(e.line) || 0, column: typeof e.column === 'string' ? e.column : null, message: String(e.message ?? '') }))
}
