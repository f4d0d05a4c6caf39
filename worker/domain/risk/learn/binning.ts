// Quantile cut points: shared by the tree learner and the binned logistic features.

/**
 * Up to maxBins-1 ascending cut points at quantiles of the finite values. A value v falls in
 * bin k = number of cut points < v ... see binIndex. Few distinct values: one bin per value.
 */
export function binEdges(values: number[], maxBins: number): number[] {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (finite.length === 0) return []
  const distinct = [...new Set(finite)]
  if (distinct.length <= maxBins) return distinct.slice(0, -1)
  const edges: number[] = []
  for (let b = 1; b < maxBins; b++) {
    const edge = finite[Math.min(finite.length - 1, Math.floor((b * finite.length) / maxBins))]
    if (edges.length === 0 || edge > edges[edges.length - 1]) edges.push(edge)
  }
  // The top edge must leave something above it.
  while (edges.length && edges[edges.length - 1] >= finite[finite.length - 1]) edges.pop()
  return edges
}

/** 0 for missing; otherwise 1 + the number of edges strictly below v (value <= edge k goes to bin k+1). */
export function binIndex(v: number, edges: number[]): number {
  if (!Number.isFinite(v)) return 0
  let lo = 0
  let hi = edges.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (edges[mid] < v) lo = mid + 1
    else hi = mid
  }
  return lo + 1
}
