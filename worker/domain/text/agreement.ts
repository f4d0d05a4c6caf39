// Agreement of predictions with labels, shared by `stayloop eval` and the workspace self-checks.

/**
 * Macro-F1 of one prediction per row (null: none) against each row's label set, over `labels`
 * (a topic outside a row's set is a false positive; a label the row has but the prediction is not,
 * a miss). With one label per row it is the usual multiclass macro-F1.
 */
export function macroF1(gold: readonly (string | readonly string[])[], pred: readonly (string | null)[], labels: readonly string[]): { macro: number; per: Record<string, number> } {
  const per: Record<string, number> = {}
  const sets = gold.map((g) => (typeof g === 'string' ? [g] : g))
  for (const l of labels) {
    let tp = 0, fp = 0, fn = 0
    sets.forEach((g, i) => {
      const has = g.includes(l)
      if (pred[i] === l && has) tp++
      else if (pred[i] === l) fp++
      else if (has) fn++
    })
    per[l] = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)
  }
  const vals = Object.values(per)
  return { macro: vals.reduce((a, b) => a + b, 0) / Math.max(1, vals.length), per }
}

/**
 * A 95% bootstrap interval of `score` over the rows (`rounds` resamples with a fixed seed, so the
 * same predictions always give the same interval): how far a figure on this many rows could move
 * by the luck of which rows were drawn. `score` receives the resampled row indices.
 */
export function bootstrapInterval(rows: number, score: (idx: number[]) => number, rounds = 1000): [number, number] {
  if (rows === 0) return [0, 0]
  let seed = 20261202
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647
  const xs: number[] = []
  for (let b = 0; b < rounds; b++) xs.push(score(Array.from({ length: rows }, () => Math.floor(next() * rows))))
  xs.sort((a, b) => a - b)
  return [xs[Math.floor(rounds * 0.025)], xs[Math.ceil(rounds * 0.975) - 1]]
}
