// Validating a signals CSV (`customer,type,at,value`, and a cancellation's `reason`): all rows or none.
import { csvObjects } from './csv.ts'
import { parseAmount, parseTimestamp, type ImportError } from './fields.ts'
import { MAX_ID, normaliseHeader, separatorHint, type ImportResult } from './customers.ts'
import { pastTimeProblem } from '../time-bounds.ts'
import { churnReasonProblem } from '../churn-reason.ts'


export const SIGNAL_TYPES = [
  'purchase', 'login', 'session', 'feature_used', 'email_clicked', 'ticket_opened', 'complaint',
  'payment_failed', 'payment_late', 'subscription_renewed', 'subscription_cancelled',
] as const
export type SignalType = (typeof SIGNAL_TYPES)[number]

export interface SignalImportRow {
  customer: string
  type: SignalType
  at: number
  value?: number
  meta?: { reason: string }
}

const REQUIRED = ['customer', 'type', 'at'] as const
const COLUMNS = ['customer', 'type', 'at', 'value', 'reason']

export function validateSignalsCsv(text: string, { maxRows = 50_000, now = Date.now() } = {}): ImportResult<SignalImportRow> {
  const { header, rows: records, errors: parseErrors } = csvObjects(text)
  const errors: ImportError[] = parseErrors.map((e) => ({ line: e.line, column: null, message: e.message }))
  const columnOf = new Map(header.map((h) => [normaliseHeader(h), h]))
  const missing = REQUIRED.filter((c) => !columnOf.has(c))
  const unknown = header.filter((h) => !COLUMNS.includes(normaliseHeader(h)))
  if (missing.length || unknown.length) {
    const parts = [missing.length ? `missing column(s) ${missing.join(', ')}` : '', unknown.length ? `unknown column(s) ${unknown.join(', ')}` : '']
    return { rows: [], errors: [...errors, { line: 1, column: null, message: `${parts.filter(Boolean).join('; ')} (expected customer,type,at,value and, for cancellations, reason)${separatorHint(text)}` }] }
  }
  if (records.length > maxRows) errors.push({ line: 0, column: null, message: `too many rows: ${records.length} (at most ${maxRows} per import)` })

  const rows: SignalImportRow[] = []
  const cell = (values: Record<string, string>, name: string) => (columnOf.has(name) ? values[columnOf.get(name)!] ?? '' : '').trim()
  for (const record of records) {
    const fail = (column: string | null, message: string) => errors.push({ line: record.line, column, message })
    if (record.width !== header.length) fail(null, `expected ${header.length} fields, found ${record.width}`)
    const customer = cell(record.values, 'customer')
    const type = cell(record.values, 'type')
    const at = cell(record.values, 'at')
    const valueText = cell(record.values, 'value')
    const reason = cell(record.values, 'reason')
    if (!customer) fail('customer', 'customer is required')
    else if (customer.length > MAX_ID) fail('customer', `customer longer than ${MAX_ID} characters`)
    const reasonProblem = reason && (type === 'subscription_cancelled' ? churnReasonProblem(reason) : 'is for subscription_cancelled rows')
    if (reasonProblem) fail('reason', `reason ${reasonProblem}`)
    if (!(SIGNAL_TYPES as readonly string[]).includes(type)) fail('type', `unknown type "${type}" (one of ${SIGNAL_TYPES.join(', ')})`)
    const time = at ? parseTimestamp(at) : ({ ok: false, message: 'at is required' } as const)
    if (!time.ok) fail('at', time.message)
    // A little clock skew is fine; a date in the future or before 2000 is a mistake.
    else if (pastTimeProblem(time.value, now)) fail('at', `at ${pastTimeProblem(time.value, now)}`)
    let value: number | undefined
    if (valueText) {
      const parsed = parseAmount(valueText)
      if (parsed.ok) value = parsed.value
      else fail('value', `value ${parsed.message}`)
    }
    if (time.ok) rows.push({ customer, type: type as SignalType, at: time.value, ...(value !== undefined ? { value } : {}), ...(reason ? { meta: { reason } } : {}) })
  }
  return { rows: errors.length ? [] : rows, errors }
}
