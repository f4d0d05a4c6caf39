// Reading a customer table (TSV, or CSV by extension) into a header and string rows.
import { readFileSync } from 'node:fs'
import { parseCsv } from '../../worker/domain/import/csv.ts'

export interface Table {
  header: string[]
  rows: string[][]
}

export function parseTable(text: string, format: 'tsv' | 'csv'): Table {
  if (format === 'csv') {
    const records = parseCsv(text).records.map((r) => r.fields)
    return { header: (records[0] ?? []).map((h) => h.trim()), rows: records.slice(1) }
  }
  // TSV exports carry no quoting: a tab always separates, a line break always ends a row.
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.length > 0)
  return { header: (lines[0] ?? '').split('\t').map((h) => h.trim()), rows: lines.slice(1).map((l) => l.split('\t')) }
}

export function readTable(path: string): Table {
  const format = /\.csv$/i.test(path) ? 'csv' : 'tsv'
  return parseTable(readFileSync(path, 'utf8'), format)
}
