import { describe, expect, it } from 'vitest'
import { fitLogistic, predictLogistic } from './logistic.ts'
import { fitBoostedTrees, predictBoosted } from './trees.ts'
import { binEdges, binIndex } from './binning.ts'
import { seededRandom, stratifiedSplit } from './random.ts'
import { choleskySolve } from './linalg.ts'
import { rocAuc } from './quality.ts'

function linearData(n: number, seed: number) {
  const random = seededRandom(seed)
  const X: number[][] = []
  const y: number[] = []
  for (let i = 0; i < n; i++) {
    const a = random() * 4 - 2
    const b = random() * 4 - 2
    X.push([a, b])
    y.push(random() < 1 / (1 + Math.exp(-(2 * a - b - 0.5))) ? 1 : 0)
  }
  return { X, y }
}

describe('learners', () => {
  it('Cholesky solves a small SPD system', () => {
    const x = choleskySolve(Float64Array.from([4, 2, 2, 3]), Float64Array.from([2, 5]), 2)!
    // 4x + 2y = 2, 2x + 3y = 5 -> x = -0.5, y = 2.
    expect(x[0]).toBeCloseTo(-0.5, 12)
    expect(x[1]).toBeCloseTo(2, 12)
    expect(choleskySolve(Float64Array.from([1, 2, 2, 1]), Float64Array.from([1, 1]), 2)).toBeNull()
  })

  it('logistic regression recovers planted coefficients', () => {
    const { X, y } = linearData(4000, 1)
    const fit = fitLogistic(X, y, { l2: 0.01 })
    expect(fit.weights[0]).toBeCloseTo(2, 0)
    expect(fit.weights[1]).toBeCloseTo(-1, 0)
    expect(fit.intercept).toBeCloseTo(-0.5, 0)
  })

  it('logistic regression on one class returns the smoothed base rate', () => {
    const fit = fitLogistic([[1], [2], [3]], [0, 0, 0])
    expect(fit.weights).toEqual([0])
    expect(predictLogistic(fit, [5])).toBeCloseTo(0.5 / 4, 12)
  })

  it('boosted trees catch a threshold jump a straight line cannot', () => {
    const random = seededRandom(2)
    const X: number[][] = []
    const y: number[] = []
    for (let i = 0; i < 2000; i++) {
      const calls = Math.floor(random() * 8)
      X.push([calls, random()])
      y.push(random() < (calls === 4 || calls === 5 ? 0.8 : 0.1) ? 1 : 0)
    }
    const train = { X: X.slice(0, 1500), y: y.slice(0, 1500) }
    const testX = X.slice(1500)
    const testY = y.slice(1500)
    const trees = fitBoostedTrees(train.X, train.y, { trees: 50, seed: 1 })
    const linear = fitLogistic(train.X, train.y)
    const treeAuc = rocAuc(testX.map((x) => predictBoosted(trees, x)), testY)!
    const linearAuc = rocAuc(testX.map((x) => predictLogistic(linear, x)), testY)!
    expect(treeAuc).toBeGreaterThan(0.8)
    expect(treeAuc).toBeGreaterThan(linearAuc + 0.15)
    // Missing values are routed, not crashed on.
    expect(Number.isFinite(predictBoosted(trees, [NaN, NaN]))).toBe(true)
  })

  it('quantile bins and stratified splits', () => {
    expect(binEdges([1, 1, 2, 3], 8)).toEqual([1, 2])
    expect(binIndex(NaN, [1, 2])).toBe(0)
    expect([1, 1.5, 2, 9].map((v) => binIndex(v, [1, 2]))).toEqual([1, 2, 2, 3])
    const labels = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    const split = stratifiedSplit(labels, 0.25, 3)
    expect(split.heldOut.filter((i) => labels[i] === 1)).toHaveLength(1)
    expect(split.heldOut.length + split.train.length).toBe(20)
    expect(stratifiedSplit(labels, 0.25, 3)).toEqual(split)
  })
})
