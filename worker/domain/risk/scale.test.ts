import { describe, expect, it } from 'vitest'
import { matchScale } from './scale.ts'
import { defaultRiskModel, riskProbability } from './model.ts'
import { riskFeatures } from './features.ts'
import { NOW, dailyRows, steadyCustomer } from './test-helpers.ts'

describe('matchScale', () => {
  it('moves only the intercept, so the mean score matches the reference and the order stays', () => {
    const rows = [0, 1, 2, 3].map((complaints) => {
      const facts = steadyCustomer()
      facts.days = dailyRows(NOW, 120, (ago) => ({ logins: 2, complaints: ago <= complaints ? 1 : 0 }))
      return riskFeatures(facts, NOW)
    })
    const reference = defaultRiskModel()
    // A fitted model that learned the base rate is far lower: everyone reads "low".
    const fitted = { ...defaultRiskModel(), intercept: -6 }
    const scaled = matchScale(fitted, reference, rows)
    const mean = (m: typeof reference) => rows.reduce((s, f) => s + riskProbability(f, m), 0) / rows.length
    expect(mean(scaled)).toBeCloseTo(mean(reference), 3)
    expect(scaled.weights).toEqual(fitted.weights)
    const order = (m: typeof reference) => rows.map((f) => riskProbability(f, m))
    const a = order(fitted)
    const b = order(scaled)
    for (let i = 1; i < rows.length; i++) expect(Math.sign(b[i] - b[i - 1])).toBe(Math.sign(a[i] - a[i - 1]))
    expect(mean(fitted)).toBeLessThan(mean(reference) / 2)
  })
})
