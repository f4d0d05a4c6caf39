// Reading labelled files (TSV, or CSV by extension) for `stayloop eval` / `stayloop train`, and splitting them.
import { readTable, TableFileError } from './churn-table.ts'
import { textHash } from '../../worker/domain/text/calibrate.ts'

export type Row = Record<string, string>

/** A labelled file's rows by lower-case column name: TSV, or CSV (quoted fields) when it is named .csv. */
export function readLabelled(path: string): Row[] {
  // A spreadsheet's export may open with a byte-order mark and name its columns "Text" or "LABEL".
  const { header, rows } = readTable(path)
  const names = header.map((h) => h.toLowerCase())
  return rows.filter((cells) => cells.some((c) => c !== '')).map((cells) => {
    const row: Row = {}
    names.forEach((h, i) => { row[h] = (cells[i] ?? '').trim() })
    return row
  })
}

/** readLabelled, or null once it has printed why the file cannot be read (missing, a directory, the wrong separator). */
export function readLabelledOrSay(path: string): Row[] | null {
  try {
    return readLabelled(path)
  } catch (error) {
    if (!(error instanceof TableFileError)) throw error
    console.error(error.message)
    return null
  }
}

/**
 * dev rows to learn from and test rows to score. With `devOnly` (tuning) the test rows are never
 * touched: the dev rows are split 80/20 by hash instead. Split by hash, 2 rows or more always
 * leave at least one to learn from and one to score.
 */
export function splitRows(rows: Row[], devOnly = false): { train: Row[]; test: Row[] } {
  // A split column that is there but empty (or a caller's `split: undefined`) is no split.
  const split = (r: Row) => r.split?.toLowerCase()
  const hasSplit = rows.some((r) => split(r) === 'dev' || split(r) === 'test')
  const pool = hasSplit && devOnly ? rows.filter((r) => split(r) === 'dev') : rows
  if (hasSplit && !devOnly) return { train: rows.filter((r) => split(r) === 'dev'), test: rows.filter((r) => split(r) === 'test') }
  const train: Row[] = [], test: Row[] = []
  for (const r of pool) (textHash(r.text ?? '') % 5 === 0 ? test : train).push(r)
  // A small file may hash none of its rows to the scored fifth (or all of them): from 2 rows on, the
  // row with the lowest hash is scored, or the one with the highest learned from, whatever the hash said.
  if (pool.length >= 2 && (test.length === 0 || train.length === 0)) {
    const from = test.length === 0 ? train : test, to = test.length === 0 ? test : train
    const hashes = from.map((r) => textHash(r.text ?? ''))
    const pick = hashes.indexOf(test.length === 0 ? Math.min(...hashes) : Math.max(...hashes))
    to.push(...from.splice(pick, 1))
  }
  return { train, test }
}

/** Names a labelled file's text column goes by, tried in order when --text-column names none. */
const TEXT_COLUMNS = ['text', 'review', 'sentence', 'comment', 'content', 'body', 'tweet', 'message']
/** Names a sentiment file's label column goes by, tried in order when --label-column names none. */
const SENTIMENT_LABEL_COLUMNS = ['label', 'sentiment', 'polarity', 'target', 'class', 'rating', 'stars']

/** A column as `flagName` names it, else the first of `names` the file has, else the first of `names`. */
function columnOf(table: Row[], args: string[], flagName: string, names: string[]): string {
  const named = flag(args, flagName)?.toLowerCase()
  if (named) return named
  const first = table[0] ?? {}
  return names.find((c) => c in first) ?? names[0]
}

export const textColumn = (table: Row[], args: string[]) => columnOf(table, args, '--text-column', TEXT_COLUMNS)
export const sentimentLabelColumn = (table: Row[], args: string[]) => columnOf(table, args, '--label-column', SENTIMENT_LABEL_COLUMNS)

/** The file argument: the first that is neither a flag nor a flag's value. */
export function fileArg(args: string[], valued: string[]): string | undefined {
  return args.find((a, i) => !a.startsWith('--') && !(i > 0 && valued.includes(args[i - 1])))
}

/** What to say when a file's split leaves none of its `labelled` rows to score. */
export function nothingToScore(file: string, labelled: number): string {
  return `${file}: none of its ${labelled} labelled row${labelled === 1 ? '' : 's'} is left to score (mark some with split=test; without a split column a fifth are scored, at least one of 2 rows or more)`
}

export function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}

export function median(xs: number[]): number {
  if (xs.length === 0) return 0
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

export { macroF1 } from '../../worker/domain/text/agreement.ts'
