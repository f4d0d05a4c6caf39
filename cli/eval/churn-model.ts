// The eval's learner: an L2 logistic model over binned features blended with boosted trees.
// Every choice (penalty, tree count, blend weight) is made on an inner split of the training
// rows, never on the rows being scored.
import { fitLogistic, predictLogistic, type LogisticFit } from '../../worker/domain/risk/learn/logistic.ts'
import { fitBoostedTrees, predictBoosted, predictTree, type BoostedTrees } from '../../worker/domain/risk/learn/trees.ts'
import { rocAuc } from '../../worker/domain/risk/learn/quality.ts'
import { shuffledIndices, stratifiedSplit } from '../../worker/domain/risk/learn/random.ts'

export interface TrainingSet {
  linear: number[][]
  tree: number[][]
  labels: number[]
}

export interface ChurnModel {
  logistic: LogisticFit
  trees: BoostedTrees
  treeCount: number
  /** Weight of the logistic probability in the blend; the rest goes to the trees. */
  blend: number
  l2: number
}

const L2_CHOICES = [0.3, 3, 30]
const MAX_TREES = 200
const INNER_SPLITS = 2
const MAX_TUNING_ROWS = 10_000
const BLEND_CHOICES = [0, 0.25, 0.5, 0.75, 1]
const TREE_OPTIONS = { depth: 3, learningRate: 0.1, minLeaf: 10, lambda: 1, subsample: 0.8 }

const pick = <T>(xs: T[], idx: number[]) => idx.map((i) => xs[i])

/** Held-out probabilities of every candidate setting on one inner split. */
interface SplitTrial {
  labels: number[]
  logistic: number[][] // per L2 choice
  trees: number[][] // per checkpoint of 10 trees
}

function trial(data: TrainingSet, seed: number): SplitTrial {
  const { train, heldOut } = stratifiedSplit(data.labels, 0.25, seed)
  const yTrain = pick(data.labels, train)
  const logistic = L2_CHOICES.map((l2) => {
    const fit = fitLogistic(pick(data.linear, train), yTrain, { l2 })
    return heldOut.map((i) => predictLogistic(fit, data.linear[i]))
  })
  // Grow trees once and snapshot held-out probabilities as they are added.
  const heldTree = pick(data.tree, heldOut)
  const margin = new Float64Array(heldOut.length)
  const trees: number[][] = []
  fitBoostedTrees(pick(data.tree, train), yTrain, {
    ...TREE_OPTIONS,
    trees: MAX_TREES,
    seed,
    onTree: (t, model) => {
      if (t === 0) margin.fill(model.base)
      for (let k = 0; k < heldTree.length; k++) margin[k] += predictTree(model.trees[t], heldTree[k])
      if ((t + 1) % 10 === 0) trees.push(Array.from(margin, (z) => 1 / (1 + Math.exp(-z))))
    },
  })
  return { labels: pick(data.labels, heldOut), logistic, trees }
}

/** Index of the option with the best AUC averaged over the inner splits (first wins ties). */
function bestOption(trials: SplitTrial[], count: number, probs: (t: SplitTrial, option: number) => number[]): number {
  let best = 0
  let bestAuc = -1
  for (let option = 0; option < count; option++) {
    const auc = trials.reduce((s, t) => s + (rocAuc(probs(t, option), t.labels) ?? 0.5), 0) / trials.length
    if (auc > bestAuc + 1e-4) {
      best = option
      bestAuc = auc
    }
  }
  return best
}

export function trainChurnModel(data: TrainingSet, seed = 7): ChurnModel {
  // Settings chosen on a sample of large tables: the choice is stable, the time is not.
  const sample = data.labels.length > MAX_TUNING_ROWS ? shuffledIndices(data.labels.length, seed).slice(0, MAX_TUNING_ROWS) : null
  const tuning = sample ? { linear: pick(data.linear, sample), tree: pick(data.tree, sample), labels: pick(data.labels, sample) } : data
  const trials = Array.from({ length: INNER_SPLITS }, (_, k) => trial(tuning, seed + 101 * k))
  const l2Index = bestOption(trials, L2_CHOICES.length, (t, o) => t.logistic[o])
  const checkpoints = Math.min(...trials.map((t) => t.trees.length))
  const treeIndex = checkpoints > 0 ? bestOption(trials, checkpoints, (t, o) => t.trees[o]) : -1
  const weights = BLEND_CHOICES.filter((w) => treeIndex >= 0 || w === 1)
  const blend = weights[bestOption(trials, weights.length, (t, o) => t.logistic[l2Index].map((p, k) => (weights[o] === 1 ? p : weights[o] * p + (1 - weights[o]) * t.trees[treeIndex][k])))]

  // Refit on every training row with the chosen settings (a few more trees for more rows).
  const treeCount = Math.round((treeIndex + 1) * 10 * 1.2)
  const l2 = L2_CHOICES[l2Index]
  return {
    logistic: fitLogistic(data.linear, data.labels, { l2 }),
    trees: blend < 1 ? fitBoostedTrees(data.tree, data.labels, { ...TREE_OPTIONS, trees: treeCount, seed }) : fitBoostedTrees([], []),
    treeCount,
    blend,
    l2,
  }
}

export function predictChurn(model: ChurnModel, linear: number[], tree: number[]): number {
  const p = predictLogistic(model.logistic, linear)
  if (model.blend >= 1) return p
  return model.blend * p + (1 - model.blend) * predictBoosted(model.trees, tree)
}

