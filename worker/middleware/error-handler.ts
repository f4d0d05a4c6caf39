// Turns anything thrown into the one JSON error shape. Transient D1 failures become 503
// (retryable), anything else a 500 that says nothing internal.
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv } from '../env.ts'
import { ApiError, errorBody } from '../lib/errors.ts'

export function handleError(err: Error, c: Context<AppEnv>) {
  const requestId = c.get('requestId') ?? 'unknown'
  if (err instanceof ApiError) {
    const res = c.json(errorBody(err.code, err.message, requestId, err.details), err.status)
    for (const [k, v] of Object.entries(err.headers ?? {})) res.headers.set(k, v)
    return res
  }
  if (err instanceof HTTPException) {
    const code = err.status === 413 ? 'payload_too_large' : err.status === 401 ? 'unauthorized' : 'bad_request'
    return c.json(errorBody(code, err.message || 'Bad request', requestId), err.status)
  }
  if (isStorageError(err)) {
    console.error(JSON.stringify({ level: 'error', requestId, msg: 'storage error', error: String(err.message) }))
    const res = c.json(errorBody('unavailable', 'Storage is temporarily unavailable; retry shortly', requestId), 503)
    res.headers.set('retry-after', '5')
    return res
  }
  console.error(JSON.stringify({ level: 'error', requestId, msg: 'unhandled', error: String(err?.stack ?? err) }))
  return c.json(errorBody('internal', 'Internal error', requestId), 500)
}

// A statement SQLite rejects (unknown column, bad SQL, a broken constraint) will fail the same way
// on every retry: that is our bug, a 500, not a 503 that tells clients to keep trying.
const STATEMENT_ERROR = /SQLITE_(ERROR|MISMATCH|RANGE|CONSTRAINT|TOOBIG)|no such (table|column|function)|syntax error|wrong number of bind/i

function isStorageError(err: Error): boolean {
  const text = `${err.name} ${err.message}`
  return !STATEMENT_ERROR.test(text) && /D1_|SQLITE_BUSY|database is locked|storage|Network connection lost|overloaded/i.test(text)
}
