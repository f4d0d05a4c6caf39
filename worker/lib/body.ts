// Reading request bodies: size-capped before parsing, content type checked, JSON validated
// with zod. Every failure is an ApiError (4xx), never a 500.
import type { Context } from 'hono'
import type * as z from 'zod'
import { ApiError } from './errors.ts'

export const PUBLIC_BODY_LIMIT = 16 * 1024
export const SERVER_BODY_LIMIT = 1024 * 1024

/**
 * A refused body is still read to its end, up to this much: a response sent while the client is
 * still uploading resets the connection behind some proxies (wrangler dev answers such a request
 * with its own plain-text 503), so the client would never see the 413. Past this, it is cut off.
 */
const DRAIN_LIMIT = 8 * 1024 * 1024

export async function readText(c: Context, maxBytes: number): Promise<string> {
  const declared = Number(c.req.header('content-length') ?? '0')
  const body = c.req.raw.body
  if (declared > maxBytes) {
    if (body) await drain(body.getReader(), declared > DRAIN_LIMIT ? 0 : DRAIN_LIMIT)
    throw tooLarge(maxBytes)
  }
  if (!body) return ''
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await drain(reader, DRAIN_LIMIT - size)
      throw tooLarge(maxBytes)
    }
    chunks.push(value)
  }
  const all = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    all.set(chunk, offset)
    offset += chunk.byteLength
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(all)
  } catch {
    throw new ApiError('bad_request', 'Body is not valid UTF-8')
  }
}

/** Reads and drops up to `bytes` more, then cancels whatever is left. */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, bytes: number) {
  try {
    while (bytes > 0) {
      const { done, value } = await reader.read()
      if (done) return
      bytes -= value.byteLength
    }
    await reader.cancel()
  } catch {
    // The client went away: there is no one left to answer.
  }
}

function tooLarge(maxBytes: number) {
  return new ApiError('payload_too_large', `Body is larger than ${Math.round(maxBytes / 1024)} KB`)
}

export function requireContentType(c: Context, allowed: string[]) {
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase()
  if (!allowed.includes(type)) {
    throw new ApiError('unsupported_media_type', `Content-Type must be ${allowed.join(' or ')}`)
  }
}

export function parseJson(text: string): unknown {
  if (text.trim() === '') throw new ApiError('bad_request', 'Body is empty; expected JSON')
  try {
    return JSON.parse(text)
  } catch {
    throw new ApiError('bad_request', 'Body is not valid JSON')
  }
}

export function validate<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issues = result.error.issues.slice(0, 10).map((i) => ({ path: i.path.join('.'), message: i.message }))
  const first = issues[0]
  throw new ApiError('invalid_request', first.path ? `${first.path}: ${first.message}` : first.message, { details: issues })
}

/** JSON body for widget routes: application/json or text/plain (sendBeacon, no preflight). */
export async function publicJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  requireContentType(c, ['application/json', 'text/plain'])
  return validate(schema, parseJson(await readText(c, PUBLIC_BODY_LIMIT)))
}

/** JSON body for server routes (secret key). */
export async function serverJson<S extends z.ZodType>(c: Context, schema: S, maxBytes = SERVER_BODY_LIMIT): Promise<z.infer<S>> {
  requireContentType(c, ['application/json'])
  return validate(schema, parseJson(await readText(c, maxBytes)))
}
