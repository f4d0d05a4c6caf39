// Checks that keep `stayloop eval churn` from printing figures that read well and mean nothing:
// a --positive value no row holds (no churners: Brier 0 reads as perfect), and a column that
// alone tells churners apart (filled in after the outcome, such as a churn reason: AUC 1.0).
import type { Table } from './churn-table.ts'
import { parseNumber } from './churn-columns.ts'
import { rocAuc } from '../../worker/domain/risk/learn/quality.ts'

/** A lone column this good at ranking the scored rows is taken for a leak of the label. */
export const LEAK_AUC = 0.97
/** Fewer scored rows of either outcome than this, and a perfect column may be luck: no check. */
const MIN_SCORED_PER_CLASS = 10
/** Categorical levels rarer than this in the learning rows share one rate (an id-like column is no leak). */
const MIN_LEVEL_ROWS = 5

/** Why the label column cannot be scored with `positive` (no row holds it, or every row does), else null. */
export function outcomeProblem(table: Table, label: string, positive: string): string | null {
  const index = table.header.indexOf(label)
  const counts = new Map<string, number>()
  for (const row of table.rows) {
    const value = (row[index] ?? '').trim()
    if (value !== '') counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  if (counts.size === 0) return `\`${label}\` is empty in every row`
  const positives = counts.get(positive) ?? 0
  const total = [...counts.values()].reduce((s, n) => s + n, 0)
  if (positives > 0 && positives < total) return null
  if (positives === total) return `every row's \`${label}\` is ${positive}: churn needs rows of another outcome to score against`
  const listed = [...counts.entries()].sort((a, b) => b[1] - a[1])
  const holds = listed.slice(0, 10).map(([v, n]) => `${v} (${n})`).join(', ') + (listed.length > 10 ? `, and ${listed.length - 10} more` : '')
  const near = listed.find(([v]) => v.toLowerCase() === positive.trim().toLowerCase())
  return `--positive ${positive} matches no row: \`${label}\` holds ${holds}; values match exactly, case included${near ? ` (--positive ${near[0]}?)` : ''}`
}

export interface LeakyColumn {
  column: string
  /** How well the column alone ranks the scored rows (1 - AUC when it ranks them backwards). */
  auc: number
}

const separation = (scores: number[], labels: number[]) => {
  const auc = rocAuc(scores, labels)
  return auc === null ? 0 : Math.max(auc, 1 - auc)
}

/** How well one column alone ranks the scored rows: numbers as they are, categories by their churn rate in the learning rows. */
function columnSeparation(index: number, train: string[][], trainLabels: number[], test: string[][], testLabels: number[]): number {
  const learned = train.map((r) => (r[index] ?? '').trim())
  const scored = test.map((r) => (r[index] ?? '').trim())
  const filled = learned.filter((v) => v !== '')
  if (filled.length > 0 && filled.every((v) => Number.isFinite(Number(v)))) {
    const values = scored.map(parseNumber)
    const finite = values.filter((v) => !Number.isNaN(v))
    const low = finite.reduce((m, v) => Math.min(m, v), 0) - 1, high = finite.reduce((m, v) => Math.max(m, v), 0) + 1
    // A blank may be the tell (filled only for churners): try it below and above every number.
    return Math.max(...[low, high].map((blank) => separation(values.map((v) => (Number.isNaN(v) ? blank : v)), testLabels)))
  }
  const seen = new Map<string, { rows: number; positives: number }>()
  learned.forEach((v, i) => {
    const level = seen.get(v) ?? { rows: 0, positives: 0 }
    level.rows++
    level.positives += trainLabels[i]
    seen.set(v, level)
  })
  const rare = { rows: 0, positives: 0 }
  for (const [v, level] of seen) if (level.rows < MIN_LEVEL_ROWS) { rare.rows += level.rows; rare.positives += level.positives; seen.delete(v) }
  const base = trainLabels.reduce((s: number, l) => s + l, 0) / Math.max(1, trainLabels.length)
  const rate = (level: { rows: number; positives: number }) => (level.positives + base) / (level.rows + 1)
  return separation(scored.map((v) => rate(seen.get(v) ?? rare)), testLabels)
}

/** Feature columns that alone separate the scored rows' outcomes almost perfectly: likely label leaks. */
export function leakyColumns(header: string[], featureIndices: number[], train: string[][], trainLabels: number[], test: string[][], testLabels: number[]): LeakyColumn[] {
  const positives = testLabels.filter((l) => l === 1).length
  if (positives < MIN_SCORED_PER_CLASS || testLabels.length - positives < MIN_SCORED_PER_CLASS) return []
  return featureIndices
    .map((index) => ({ column: header[index], auc: columnSeparation(index, train, trainLabels, test, testLabels) }))
    .filter((c) => c.auc >= LEAK_AUC)
}
