// RFC 4180 CSV: quoted fields (with "" escapes and line breaks inside), CRLF or LF, a leading BOM.
import { keyedByInput } from '../own.ts'

export interface CsvRecord {
  /** 1-based line of the file where the record starts (the header is line 1). */
  line: number
  fields: string[]
}

export interface CsvParse {
  records: CsvRecord[]
  /** Structural problems, e.g. an unterminated quote; rows are still returned up to it. */
  errors: { line: number; message: string }[]
}

export function parseCsv(text: string, delimiter = ','): CsvParse {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const records: CsvRecord[] = []
  const errors: CsvParse['errors'] = []
  let fields: string[] = []
  let field = ''
  let line = 1
  let recordLine = 1
  let inQuotes = false
  let quotedField = false
  let i = 0
  const endRecord = () => {
    fields.push(field)
    // A blank line is not a record.
    if (!(fields.length === 1 && fields[0] === '' && !quotedField)) records.push({ line: recordLine, fields })
    fields = []
    field = ''
    quotedField = false
  }
  while (i < source.length) {
    const ch = source[i]
    if (inQuotes) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        inQuotes = false
      } else {
        if (ch === '\n') line++
        field += ch
      }
      i++
      continue
    }
    if (ch === '"' && field === '') {
      inQuotes = true
      quotedField = true
    } else if (ch === delimiter) {
      fields.push(field)
      field = ''
      quotedField = false
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && source[i + 1] === '\n') i++
      endRecord()
      line++
      recordLine = line
    } else {
      field += ch
    }
    i++
  }
  if (inQuotes) errors.push({ line: recordLine, message: 'unterminated quoted field' })
  if (field !== '' || fields.length > 0 || quotedField) endRecord()
  return { records, errors }
}

/**
 * What a file looks like when its first line holds the other separator and none of `delimiter`
 * ("comma-separated" for a CSV read as TSV, "tab-separated" the other way), else null. Such a file
 * reads as one column, so its columns would be reported missing with no hint why.
 */
export function otherSeparator(text: string, delimiter: ',' | '\t'): 'comma-separated' | 'tab-separated' | null {
  const header = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r?\n/).find((l) => l.trim() !== '') ?? ''
  const other = delimiter === ',' ? '\t' : ','
  if (header.includes(delimiter) || !header.includes(other)) return null
  return other === ',' ? 'comma-separated' : 'tab-separated'
}

/** Records as objects keyed by the header row (header names trimmed). */
export function csvObjects(text: string, delimiter = ','): { header: string[]; rows: { line: number; values: Record<string, string>; width: number }[]; errors: CsvParse['errors'] } {
  const { records, errors } = parseCsv(text, delimiter)
  const header = (records[0]?.fields ?? []).map((h) => h.trim())
  const rows = records.slice(1).map((r) => ({ line: r.line, values: valuesByHeader(header, r.fields), width: r.fields.length }))
  return { header, rows, errors }
}

/** One record's fields by their header names; a missing field is ''. Headers are the file's, so "__proto__" is a plain key. */
export function valuesByHeader(header: string[], fields: string[]): Record<string, string> {
  const values = keyedByInput<string>()
  header.forEach((name, k) => (values[name] = fields[k] ?? ''))
  return values
}
