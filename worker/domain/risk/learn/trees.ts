// A small gradient-boosted tree ensemble (log loss, histogram splits). Trees catch jumps and
// interactions a linear model misses, e.g. churn leaping at the 4th service call.
import { seededRandom } from './random.ts'
import { logit, sigmoid } from './logistic.ts'
import { binEdges, binIndex } from './binning.ts'

export interface TreeNode {
  /** Leaf when feature is -1. Rows with value <= threshold (or missing) go left. */
  feature: number
  threshold: number
  left: number
  right: number
  value: number
}

export interface BoostedTrees {
  base: number
  learningRate: number
  trees: TreeNode[][]
}

export interface BoostOptions {
  trees?: number
  depth?: number
  learningRate?: number
  minLeaf?: number
  lambda?: number
  subsample?: number
  maxBins?: number
  seed?: number
  /** Called after each tree with the model so far: lets callers track held-out loss cheaply. */
  onTree?: (treeIndex: number, model: BoostedTrees) => void
}

/** Fit on rows of numbers (NaN = missing) and 0/1 labels. */
export function fitBoostedTrees(X: number[][], y: number[], options: BoostOptions = {}): BoostedTrees {
  const { trees: treeCount = 100, depth = 3, learningRate = 0.1, minLeaf = 10, lambda = 1, subsample = 0.8, maxBins = 32, seed = 1 } = options
  const n = X.length
  const d = n ? X[0].length : 0
  const positives = y.reduce((s, v) => s + v, 0)
  const model: BoostedTrees = { base: logit((positives + 0.5) / (n + 1)), learningRate, trees: [] }
  if (n === 0 || positives === 0 || positives === n) return model

  // Pre-bin every column once: 0 = missing, 1..k = value bins.
  const edges = Array.from({ length: d }, (_, j) => binEdges(X.map((r) => r[j]), maxBins))
  // Row-major codes: a node's histogram pass then reads each row's codes contiguously.
  const codes = new Uint8Array(n * d)
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) codes[i * d + j] = binIndex(X[i][j], edges[j])
  const offsets = new Uint32Array(d + 1)
  for (let j = 0; j < d; j++) offsets[j + 1] = offsets[j] + edges[j].length + 2
  const margin = new Float64Array(n).fill(model.base)
  const random = seededRandom(seed)
  for (let t = 0; t < treeCount; t++) {
    const grad = new Float64Array(n)
    const hess = new Float64Array(n)
    for (let i = 0; i < n; i++) {
      const p = sigmoid(margin[i])
      grad[i] = p - y[i]
      hess[i] = Math.max(p * (1 - p), 1e-6)
    }
    const rows: number[] = []
    for (let i = 0; i < n; i++) if (subsample >= 1 || random() < subsample) rows.push(i)
    const tree: TreeNode[] = []
    grow(tree, rows, 0, { codes, offsets, width: d, edges, grad, hess, depth, minLeaf, lambda, learningRate })
    model.trees.push(tree)
    for (let i = 0; i < n; i++) margin[i] += predictTree(tree, X[i])
    options.onTree?.(t, model)
  }
  return model
}

interface GrowContext {
  codes: Uint8Array
  offsets: Uint32Array
  width: number
  edges: number[][]
  grad: Float64Array
  hess: Float64Array
  depth: number
  minLeaf: number
  lambda: number
  learningRate: number
}

function grow(tree: TreeNode[], rows: number[], level: number, ctx: GrowContext): number {
  const index = tree.length
  let g = 0
  let h = 0
  for (const i of rows) {
    g += ctx.grad[i]
    h += ctx.hess[i]
  }
  tree.push({ feature: -1, threshold: 0, left: -1, right: -1, value: (-g / (h + ctx.lambda)) * ctx.learningRate })
  if (level >= ctx.depth || rows.length < 2 * ctx.minLeaf) return index
  const split = bestSplit(rows, g, h, ctx)
  if (!split) return index
  const left: number[] = []
  const right: number[] = []
  for (const i of rows) (ctx.codes[i * ctx.width + split.feature] <= split.code ? left : right).push(i)
  const node = tree[index]
  node.feature = split.feature
  // Code 0 is "missing" and always goes left; codes 1..k map to edges[k-1] upper bounds.
  node.threshold = split.code === 0 ? -Infinity : ctx.edges[split.feature][split.code - 1]
  node.left = grow(tree, left, level + 1, ctx)
  node.right = grow(tree, right, level + 1, ctx)
  return index
}

function bestSplit(rows: number[], g: number, h: number, ctx: GrowContext): { feature: number; code: number } | null {
  const parentScore = (g * g) / (h + ctx.lambda)
  let best: { feature: number; code: number } | null = null
  let bestGain = 1e-6
  const { codes, offsets, width } = ctx
  const size = offsets[width]
  const gSum = new Float64Array(size)
  const hSum = new Float64Array(size)
  const count = new Uint32Array(size)
  for (const i of rows) {
    const gi = ctx.grad[i]
    const hi = ctx.hess[i]
    const base = i * width
    for (let f = 0; f < width; f++) {
      const slot = offsets[f] + codes[base + f]
      gSum[slot] += gi
      hSum[slot] += hi
      count[slot]++
    }
  }
  for (let f = 0; f < width; f++) {
    const bins = offsets[f + 1] - offsets[f]
    if (bins <= 2) continue
    let gl = 0
    let hl = 0
    let nl = 0
    for (let c = 0; c < bins - 1; c++) {
      const slot = offsets[f] + c
      gl += gSum[slot]
      hl += hSum[slot]
      nl += count[slot]
      if (nl < ctx.minLeaf) continue
      if (rows.length - nl < ctx.minLeaf) break
      const gr = g - gl
      const hr = h - hl
      const gain = (gl * gl) / (hl + ctx.lambda) + (gr * gr) / (hr + ctx.lambda) - parentScore
      if (gain > bestGain) {
        bestGain = gain
        best = { feature: f, code: c }
      }
    }
  }
  return best
}

export function predictTree(tree: TreeNode[], x: ArrayLike<number>): number {
  let node = tree[0]
  while (node.feature >= 0) {
    const v = x[node.feature]
    node = tree[Number.isNaN(v) || v <= node.threshold ? node.left : node.right]
  }
  return node.value
}

/** Log-odds of the ensemble; `limit` scores only the first trees (for choosing how many to keep). */
export function boostedMargin(model: BoostedTrees, x: ArrayLike<number>, limit = model.trees.length): number {
  let z = model.base
  for (let t = 0; t < limit; t++) z += predictTree(model.trees[t], x)
  return z
}

export function predictBoosted(model: BoostedTrees, x: ArrayLike<number>, limit?: number): number {
  return sigmoid(boostedMargin(model, x, limit))
}
