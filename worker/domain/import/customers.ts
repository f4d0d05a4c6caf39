// Validating a customers CSV: every row is checked and every problem reported, so the caller
// can import all rows or none.
import { csvObjects, otherSeparator } from './csv.ts'
import { parseAmount, parseTimestamp, type ImportError } from './fields.ts'
import { keyedByInput, own } from '../own.ts'
import { churnReasonProblem } from '../churn-reason.ts'

export interface CustomerImportRow {
  externalId: string
  plan?: string
  revenue?: number
  valueTier?: string
  email?: string
  locale?: string
  traits: Record<string, string>
  firstSeenAt?: number
  lastSeenAt?: number
  renewalAt?: number
  churnedAt?: number
  churnReason?: string
}

export interface ImportResult<Row> {
  rows: Row[]
  errors: ImportError[]
}

/** Accepted header names (lower-cased, spaces/dashes as underscores) per field. */
const ALIASES: Record<string, keyof CustomerImportRow> = {
  id: 'externalId', external_id: 'externalId', customer: 'externalId', customer_id: 'externalId',
  plan: 'plan', revenue: 'revenue', mrr: 'revenue', value_tier: 'valueTier', email: 'email', locale: 'locale',
  first_seen: 'firstSeenAt', first_seen_at: 'firstSeenAt', last_seen: 'lastSeenAt', last_seen_at: 'lastSeenAt',
  renewal: 'renewalAt', renewal_at: 'renewalAt', churned_at: 'churnedAt', churn_reason: 'churnReason',
}
const DATE_FIELDS = new Set<keyof CustomerImportRow>(['firstSeenAt', 'lastSeenAt', 'renewalAt', 'churnedAt'])
/** As long as an id the JSON API takes (lib/schemas.ts externalId). */
export const MAX_ID = 200

export const normaliseHeader = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, '_')

/** Why an import's header may lack its columns: a tab-separated file reads as one column. */
export const separatorHint = (text: string) => (otherSeparator(text, ',') ? '; the file looks tab-separated, and imports read comma-separated files' : '')

/**
 * Columns other than the known ones are traits; a `traits.` or `trait_` prefix is dropped
 * (`traits.industry` -> trait `industry`). Empty cells are left out.
 */
export function validateCustomersCsv(text: string, { maxRows = 10_000 } = {}): ImportResult<CustomerImportRow> {
  const { header, rows: records, errors: parseErrors } = csvObjects(text)
  const errors: ImportError[] = parseErrors.map((e) => ({ line: e.line, column: null, message: e.message }))
  const fieldOf = new Map(header.map((h) => [h, own(ALIASES, normaliseHeader(h))]))
  if (!header.some((h) => fieldOf.get(h) === 'externalId')) {
    return { rows: [], errors: [...errors, { line: 1, column: null, message: `header needs an id column (id, external_id or customer_id)${separatorHint(text)}` }] }
  }
  if (records.length > maxRows) errors.push({ line: 0, column: null, message: `too many rows: ${records.length} (at most ${maxRows} per import)` })

  const rows: CustomerImportRow[] = []
  const seen = new Map<string, number>()
  for (const record of records) {
    const fail = (column: string | null, message: string) => errors.push({ line: record.line, column, message })
    if (record.width !== header.length) fail(null, `expected ${header.length} fields, found ${record.width}`)
    const row: CustomerImportRow = { externalId: '', traits: keyedByInput() }
    for (const column of header) {
      const raw = record.values[column] ?? ''
      const field = fieldOf.get(column)
      if (!field) {
        if (raw.trim() !== '') row.traits[column.replace(/^traits?[._]/i, '')] = raw.trim()
        continue
      }
      if (raw.trim() === '') continue
      if (DATE_FIELDS.has(field)) {
        const parsed = parseTimestamp(raw)
        if (parsed.ok) (row[field] as number) = parsed.value
        else fail(column, parsed.message)
      } else if (field === 'revenue') {
        const parsed = parseAmount(raw, { min: 0 })
        if (parsed.ok) row.revenue = parsed.value
        else fail(column, `revenue ${parsed.message}`)
      } else {
        ;(row[field] as string) = raw.trim()
      }
    }
    if (!row.externalId) fail(header.find((h) => fieldOf.get(h) === 'externalId')!, 'id is required')
    else if (row.externalId.length > MAX_ID) fail('id', `id longer than ${MAX_ID} characters`)
    else if (seen.has(row.externalId)) fail('id', `duplicate id ${row.externalId} (first on line ${seen.get(row.externalId)})`)
    else seen.set(row.externalId, record.line)
    if (row.firstSeenAt !== undefined && row.lastSeenAt !== undefined && row.lastSeenAt < row.firstSeenAt) fail('last_seen', 'last_seen is before first_seen')
    if (row.email !== undefined && !/^[^\s@]+@[^\s@]+$/.test(row.email)) fail('email', `"${row.email}" is not an email address`)
    const reasonProblem = row.churnReason === undefined ? null : churnReasonProblem(row.churnReason)
    if (reasonProblem) fail(header.find((h) => fieldOf.get(h) === 'churnReason') ?? 'churn_reason', `churn_reason ${reasonProblem}`)
    rows.push(row)
  }
  return { rows: errors.length ? [] : rows, errors }
}
