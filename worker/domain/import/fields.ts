// Field parsers shared by the customer and signal imports; each returns a value or an error message.
import { MAX_AMOUNT } from '../amount-bounds.ts'
import { parseIsoTime } from '../iso-time.ts'

export interface ImportError {
  /** 1-based line in the file (header is line 1); 0 for file-level problems. */
  line: number
  column: string | null
  message: string
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string }

/** ISO 8601 date or date-time that exists in the calendar (a date alone is UTC midnight; no zone means UTC), or epoch milliseconds. */
export function parseTimestamp(raw: string): Parsed<number> {
  const text = raw.trim()
  if (/^\d{12,13}$/.test(text)) return { ok: true, value: Number(text) }
  const at = parseIsoTime(text)
  if (at !== null) return { ok: true, value: at }
  return { ok: false, message: `"${raw}" is not a date (use ISO 8601 like 2025-03-01 or 2025-03-01T12:00:00Z, or epoch milliseconds)` }
}

/**
 * A plain decimal number; no thousands separators or currency signs, which are ambiguous across
 * locales. Within ±MAX_AMOUNT unless told otherwise, as the JSON routes take them.
 */
export function parseAmount(raw: string, { min = -MAX_AMOUNT, max = MAX_AMOUNT }: { min?: number; max?: number } = {}): Parsed<number> {
  const text = raw.trim()
  if (!/^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text)) return { ok: false, message: `"${raw}" is not a number` }
  const value = Number(text) // "1e400" is Infinity: refused by the bounds below
  if (value < min) return { ok: false, message: `must be at least ${min}` }
  if (value > max) return { ok: false, message: `must be at most ${max}` }
  return { ok: true, value }
}
