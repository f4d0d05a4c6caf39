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
