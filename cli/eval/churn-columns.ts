// Column detection and encoding learned from the training rows only: numeric columns become a
// standardised value, a missing flag and quantile-bin indicators (so a linear model can follow
// jumps); categorical columns become one-hot levels. Trees get raw numbers plus the one-hots.
import { binEdges, binIndex } from '../../worker/domain/risk/learn/binning.ts'

export type ColumnSpec =
  | { name: string; index: number; kind: 'numeric'; mean: number; sd: number; hasMissing: boolean; edges: number[] }
  | { name: string; index: number; kind: 'categorical'; levels: string[] }

const LINEAR_BINS = 8

export function parseNumber(raw: string): number {
  const text = raw.trim()
  if (text === '') return NaN
  const value = Number(text)
  return Number.isFinite(value) ? value : NaN
}

/** Learn how to encode each feature column from the training rows. */
export function learnColumns(header: string[], rows: string[][], featureIndices: number[]): ColumnSpec[] {
  const specs: ColumnSpec[] = []
  const n = rows.length
  for (const index of featureIndices) {
    const raw = rows.map((r) => (r[index] ?? '').trim())
    const nonBlank = raw.filter((v) => v !== '')
    if (nonBlank.length === 0) continue
    const name = header[index]
    if (nonBlank.every((v) => Number.isFinite(Number(v)))) {
      const values = raw.map(parseNumber)
      const finite = values.filter((v) => !Number.isNaN(v))
      const mean = finite.reduce((s, v) => s + v, 0) / finite.length
      const sd = Math.sqrt(finite.reduce((s, v) => s + (v - mean) ** 2, 0) / finite.length) || 1
      specs.push({ name, index, kind: 'numeric', mean, sd, hasMissing: finite.length < n, edges: binEdges(values, LINEAR_BINS) })
      continue
    }
    const counts = new Map<string, number>()
    for (const v of raw) counts.set(v, (counts.get(v) ?? 0) + 1)
    // Id-like columns (mostly unique values) carry no pattern that generalises.
    if (counts.size > Math.max(50, n * 0.5)) continue
    const minCount = Math.max(3, Math.ceil(n * 0.002))
    const levels = [...counts.entries()].filter(([, c]) => c >= minCount).sort((a, b) => b[1] - a[1]).slice(0, 60).map(([v]) => v)
    if (levels.length > 0) specs.push({ name, index, kind: 'categorical', levels })
  }
  return specs
}

/** Row for the linear model. */
export function encodeLinear(specs: ColumnSpec[], row: string[]): number[] {
  const out: number[] = []
  for (const spec of specs) {
    const raw = (row[spec.index] ?? '').trim()
    if (spec.kind === 'numeric') {
      const v = parseNumber(raw)
      const missing = Number.isNaN(v)
      out.push(missing ? 0 : Math.max(-6, Math.min(6, (v - spec.mean) / spec.sd)))
      if (spec.hasMissing) out.push(missing ? 1 : 0)
      const bin = binIndex(v, spec.edges)
      for (let b = 1; b <= spec.edges.length + 1 && spec.edges.length > 0; b++) out.push(bin === b ? 1 : 0)
    } else {
      let matched = false
      for (const level of spec.levels) {
        const hit = raw === level
        matched ||= hit
        out.push(hit ? 1 : 0)
      }
      out.push(matched ? 0 : 1)
    }
  }
  return out
}

/** Row for the tree ensemble: raw numbers (NaN = missing) and one-hot categorical levels. */
export function encodeTree(specs: ColumnSpec[], row: string[]): number[] {
  const out: number[] = []
  for (const spec of specs) {
    const raw = (row[spec.index] ?? '').trim()
    if (spec.kind === 'numeric') out.push(parseNumber(raw))
    else for (const level of spec.levels) out.push(raw === level ? 1 : 0)
  }
  return out
}
