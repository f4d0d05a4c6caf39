// The eval's learner: an L2 logistic model over binned features blended with boosted trees.
// Every choice (penalty, tree count, blend weight) is made on an inner split of the training
// rows, never on the rows being scored.
import { fitLogistic, predictLogistic, type LogisticFit } from '../../worker/domain/risk/learn/logistic.ts'
import { fitBoostedTrees, predictBoosted, predictTree, type BoostedTrees } from '../../worker/domain/risk/learn/trees.ts'
import { rocAuc } from '../../worker/domain/risk/learn/quality.ts'
import { stratifiedSplit } from '../../worker/domain/risk/learn/random.ts'

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
const TREE_OPTIONS = { depth: 3, learningRate: 0.1, minLeaf: 10, lambda: 1, subsample: 0.8 }

const pick = <T>(xs: T[], idx: number[]) => idx.map((i) => xs[i])

export function trainChurnModel(data: TrainingSet, seed = 7): ChurnModel {
  const { train, heldOut } = stratifiedSplit(data.labels, 0.25, seed)
  const yTrain = pick(data.labels, train)
  const yHeld = pick(data.labels, heldOut)

  let best = { l2: L2_CHOICES[1], auc: -1, probs: [] as number[] }
  for (const l2 of L2_CHOICES) {
    const fit = fitLogistic(pick(data.linear, train), yTrain, { l2 })
    const probs = heldOut.map((i) => predictLogistic(fit, data.linear[i]))
    const auc = rocAuc(probs, yHeld) ?? 0
    if (auc > best.auc) best = { l2, auc, probs }
  }

  // Grow trees once and read held-out AUC as they are added, to choose how many to keep.
  const heldMargin = new Float64Array(heldOut.length)
  let treeChoice = { count: 50, auc: -1, probs: [] as number[] }
  const heldTree = pick(data.tree, heldOut)
  fitBoostedTrees(pick(data.tree, train), yTrain, {
    ...TREE_OPTIONS,
    trees: MAX_TREES,
    seed,
    onTree: (t, model) => {
      if (t === 0) heldMargin.fill(model.base)
      const tree = model.trees[t]
      for (let k = 0; k < heldTree.length; k++) heldMargin[k] += predictTree(tree, heldTree[k])
      if ((t + 1) % 10 !== 0) return
      const probs = Array.from(heldMargin, (z) => 1 / (1 + Math.exp(-z)))
      const auc = rocAuc(probs, yHeld) ?? 0
      if (auc > treeChoice.auc + 1e-4) treeChoice = { count: t + 1, auc, probs }
    },
  })

  let blend = { weight: 1, auc: -1 }
  for (let w = 0; w <= 1.0001; w += 0.1) {
    const mixed = best.probs.map((p, k) => w * p + (1 - w) * (treeChoice.probs[k] ?? p))
    const auc = rocAuc(mixed, yHeld) ?? 0
    if (auc > blend.auc + 1e-4) blend = { weight: Math.round(w * 10) / 10, auc }
  }

  // Refit on every training row with the chosen settings (a few more trees for more rows).
  const treeCount = Math.round(treeChoice.count * 1.2)
  return {
    logistic: fitLogistic(data.linear, data.labels, { l2: best.l2 }),
    trees: blend.weight < 1 ? fitBoostedTrees(data.tree, data.labels, { ...TREE_OPTIONS, trees: treeCount, seed }) : fitBoostedTrees([], []),
    treeCount,
    blend: blend.weight,
    l2: best.l2,
  }
}

export function predictChurn(model: ChurnModel, linear: number[], tree: number[]): number {
  const p = predictLogistic(model.logistic, linear)
  if (model.blend >= 1) return p
  return model.blend * p + (1 - model.blend) * predictBoosted(model.trees, tree)
}

