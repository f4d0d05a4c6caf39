// Reading a customer table (TSV, or CSV by extension) into a header and string rows.
import { readFileSync } from 'node:fs'
import { otherSeparator, parseCsv } from '../../worker/domain/import/csv.ts'

export interface Table {
  header: string[]
  rows: string[][]
}

/** A file that cannot be read as a table; the message is one line to print as it is. */
export class TableFileError extends Error {}

export function parseTable(text: string, format: 'tsv' | 'csv'): Table {
  if (format === 'csv') {
    const records = parseCsv(text).records.map((r) => r.fields)
    return { header: (records[0] ?? []).map((h) => h.trim()), rows: records.slice(1) }
  }
  // TSV exports carry no quoting: a tab always separates, a line break always ends a row.
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.length > 0)
  return { header: (lines[0] ?? '').split('\t').map((h) => h.trim()), rows: lines.slice(1).map((l) => l.split('\t')) }
}

/** The table in `path`; a missing file, a directory or the other separator throws a TableFileError. */
export function readTable(path: string): Table {
  const format = /\.csv$/i.test(path) ? 'csv' : 'tsv'
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new TableFileError(`cannot read ${path}: ${(error as Error).message}`)
  }
  // Read with the other separator, the header is one column and every column "missing": say why.
  const looks = otherSeparator(text, format === 'csv' ? ',' : '\t')
  if (looks === 'comma-separated') throw new TableFileError(`${path} looks comma-separated; eval reads tab-separated files, or CSV when the name ends in .csv`)
  if (looks === 'tab-separated') throw new TableFileError(`${path} looks tab-separated; eval reads a file named .csv as comma-separated (name it .tsv)`)
  return parseTable(text, format)
}
