// How good a set of probabilities is: ranking (AUC), top-decile precision and lift, Brier.

/** ROC AUC by the rank-sum (Mann-Whitney) formula; ties share their average rank. Null without both classes. */
export function rocAuc(scores: number[], labels: number[]): number | null {
  const order = scores.map((s, i) => i).sort((a, b) => scores[a] - scores[b])
  let positives = 0
  let rankSum = 0
  let i = 0
  while (i < order.length) {
    let j = i
    while (j + 1 < order.length && scores[order[j + 1]] === scores[order[i]]) j++
    const averageRank = (i + j) / 2 + 1
    for (let k = i; k <= j; k++) {
      if (labels[order[k]] === 1) {
        positives++
        rankSum += averageRank
      }
    }
    i = j + 1
  }
  const negatives = labels.length - positives
  if (positives === 0 || negatives === 0) return null
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives)
}

/** Mean squared error of probabilities against 0/1 outcomes. */
export function brierScore(probabilities: number[], labels: number[]): number | null {
  if (probabilities.length === 0) return null
  let sum = 0
  for (let i = 0; i < probabilities.length; i++) sum += (probabilities[i] - labels[i]) ** 2
  return sum / probabilities.length
}

/** Share of positives among the highest-scored `share` of rows (at least one row). */
export function precisionAtTop(scores: number[], labels: number[], share: number): number | null {
  if (scores.length === 0) return null
  const k = Math.max(1, Math.ceil(scores.length * share))
  const top = scores.map((s, i) => i).sort((a, b) => scores[b] - scores[a] || a - b).slice(0, k)
  return top.filter((i) => labels[i] === 1).length / k
}

export interface Quality {
  rows: number
  auc: number | null
  precision_top_decile: number | null
  lift_top_decile: number | null
  brier: number | null
}

/** The figures `stayloop eval churn` and the risk model's metrics report. */
export function qualityOf(probabilities: number[], labels: number[]): Quality {
  const base = labels.length ? labels.filter((l) => l === 1).length / labels.length : 0
  const top = precisionAtTop(probabilities, labels, 0.1)
  return {
    rows: labels.length,
    auc: rocAuc(probabilities, labels),
    precision_top_decile: top,
    lift_top_decile: top === null || base === 0 ? null : top / base,
    brier: brierScore(probabilities, labels),
  }
}
