// One error class over a code enum, rendered everywhere as
// { "error": { "code", "message", "requestId" } }.
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

export const ERROR_STATUS = {
  bad_request: 400,
  invalid_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<string, ContentfulStatusCode>

export type ErrorCode = keyof typeof ERROR_STATUS

export class ApiError extends HTTPException {
  readonly code: ErrorCode
  readonly details?: unknown
  readonly headers?: Record<string, string>

  constructor(code: ErrorCode, message: string, opts: { details?: unknown; headers?: Record<string, string> } = {}) {
    super(ERROR_STATUS[code], { message })
    this.code = code
    this.details = opts.details ?? (code === 'invalid_request' ? fieldDetails(message) : undefined)
    this.headers = opts.headers
  }
}

// Every invalid_request names its field in details, as validate() does for schema failures:
// messages written "field: what is wrong" carry it without each call site repeating it.
function fieldDetails(message: string): { path: string; message: string }[] | undefined {
  const m = /^([A-Za-z][\w.]*): (.+)$/s.exec(message)
  return m ? [{ path: m[1], message: m[2] }] : undefined
}

export function errorBody(code: ErrorCode, message: string, requestId: string, details?: unknown) {
  return { error: { code, message, requestId, ...(details === undefined ? {} : { details }) } }
}
