// `stayloop eval churn FILE --label COL --positive VALUE [--id COL] [--ignore A,B]`: learn on the
// `dev` rows (or an 80/20 hash split), score the rest, print quality figures; last line is JSON.
import { parseChurnArgs } from './churn-args.ts'
import { readTable, TableFileError, type Table } from './churn-table.ts'
import { encodeLinear, encodeTree, learnColumns } from './churn-columns.ts'
import { predictChurn, trainChurnModel } from './churn-model.ts'
import { leakyColumns, outcomeProblem, type LeakyColumn } from './churn-checks.ts'
import { qualityOf, type Quality } from '../../worker/domain/risk/learn/quality.ts'
import { hashFraction } from '../../worker/domain/risk/learn/random.ts'

export interface ChurnEvalResult extends Quality {
  task: 'churn'
  /** Feature columns that alone separate the scored rows' outcomes almost perfectly (likely leaks). */
  leaks: LeakyColumn[]
}

export interface ChurnEvalOptions {
  label: string
  positive: string
  id?: string
  ignore?: string[]
  seed?: number
}

/** Which rows train and which are scored: the `split` column when present, else a stable hash. */
export function splitRows(table: Table, idColumn?: string): { train: number[]; test: number[] } {
  const splitIndex = table.header.indexOf('split')
  const idIndex = idColumn ? table.header.indexOf(idColumn) : -1
  const train: number[] = []
  const test: number[] = []
  table.rows.forEach((row, i) => {
    let isTrain: boolean
    if (splitIndex >= 0) isTrain = (row[splitIndex] ?? '').trim() === 'dev'
    // Hash the id so every row of one customer lands on the same side; else the row number.
    else isTrain = hashFraction(idIndex >= 0 ? `id:${row[idIndex]}` : `row:${i}`) < 0.8
    ;(isTrain ? train : test).push(i)
  })
  return { train, test }
}

export function evaluateChurnTable(input: Table, options: ChurnEvalOptions): ChurnEvalResult {
  const labelIndex = input.header.indexOf(options.label)
  if (labelIndex < 0) throw new Error(`no column named ${options.label}`)
  // A row without an outcome can neither teach nor be scored.
  const table = { header: input.header, rows: input.rows.filter((r) => (r[labelIndex] ?? '').trim() !== '') }
  const excluded = new Set([options.label, 'split', ...(options.id ? [options.id] : []), ...(options.ignore ?? [])])
  const featureIndices = table.header.map((_, i) => i).filter((i) => !excluded.has(table.header[i]))
  const label = (row: string[]) => ((row[labelIndex] ?? '').trim() === options.positive ? 1 : 0)

  const { train, test } = splitRows(table, options.id)
  const trainRows = train.map((i) => table.rows[i])
  const specs = learnColumns(table.header, trainRows, featureIndices)
  const model = trainChurnModel(
    {
      linear: trainRows.map((r) => encodeLinear(specs, r)),
      tree: trainRows.map((r) => encodeTree(specs, r)),
      labels: trainRows.map(label),
    },
    options.seed ?? 7,
  )
  const testRows = test.map((i) => table.rows[i])
  const probabilities = testRows.map((r) => predictChurn(model, encodeLinear(specs, r), encodeTree(specs, r)))
  const leaks = leakyColumns(table.header, featureIndices, trainRows, trainRows.map(label), testRows, testRows.map(label))
  return { task: 'churn', ...qualityOf(probabilities, testRows.map(label)), leaks }
}

export async function runChurnEval(args: string[]): Promise<number> {
  const parsed = parseChurnArgs(args)
  if ('error' in parsed) {
    console.error(parsed.error)
    return 2
  }
  let table: Table
  try {
    table = readTable(parsed.file)
  } catch (error) {
    if (!(error instanceof TableFileError)) throw error
    console.error(error.message)
    return 2
  }
  for (const column of [parsed.label, parsed.id, ...parsed.ignore]) {
    if (column && !table.header.includes(column)) {
      console.error(`no column named ${column} in ${parsed.file}`)
      return 2
    }
  }
  // Without both outcomes every figure is hollow (no churners: a Brier of 0 reads as perfect).
  const problem = outcomeProblem(table, parsed.label, parsed.positive)
  if (problem) {
    console.error(`${parsed.file}: ${problem}`)
    return 2
  }
  const result = evaluateChurnTable(table, parsed)
  if (result.leaks.length) {
    const named = result.leaks.map((l) => `${l.column} (AUC ${l.auc.toFixed(3)})`).join(', ')
    const many = result.leaks.length > 1
    console.warn(`warning: ${named} on ${many ? 'their' : 'its'} own ${many ? 'separate' : 'separates'} churners from the rest almost perfectly: likely a label leak (filled in after the outcome); leave ${many ? 'them' : 'it'} out with --ignore ${[...parsed.ignore, ...result.leaks.map((l) => l.column)].join(',')}`)
  }
  const round = (v: number | null) => (v === null ? null : Math.round(v * 10000) / 10000)
  console.log(`scored ${result.rows} held-out rows`)
  console.log(JSON.stringify({ task: 'churn', rows: result.rows, auc: round(result.auc), precision_top_decile: round(result.precision_top_decile), lift_top_decile: round(result.lift_top_decile), brier: round(result.brier) }))
  return 0
}
