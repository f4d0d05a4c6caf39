import { describe, expect, it } from 'vitest'
import { labelIncrements, LENGTH_EVIDENCE_CAP, logOdds, modelFromRows, negateIncrements } from './model.ts'

// Ten short thanks and ten long complaints that share one word "app" equally often.
function lengthModel() {
  const m = modelFromRows([])
  for (let i = 0; i < 10; i++) {
    m.add(labelIncrements(['app', `thanks${i}`], ['pos']))
    m.add(labelIncrements(['app', ...Array.from({ length: 8 }, (_, k) => `gripe${i}_${k}`)], ['neg']))
  }
  return m
}

describe('length as evidence', () => {
  it('does not let a word both labels use equally lean towards the label with fewer words', () => {
    // Per-token normalisation alone would call "app" positive: the complaints spend more words.
    expect(Math.abs(logOdds(lengthModel(), 'pos', 'neg', ['app'], 0.01, 0))).toBeLessThan(0.05)
  })
  it('lets length speak only up to a cap', () => {
    const m = lengthModel()
    const lo = (n: number) => logOdds(m, 'pos', 'neg', Array.from({ length: n }, () => 'app'), 0.01, 0)
    const withLength = lo(2) - lo(1), wordOnly = lo(LENGTH_EVIDENCE_CAP + 1) - lo(LENGTH_EVIDENCE_CAP)
    // Below the cap each known feature also carries length evidence, towards the longer label.
    expect(withLength - wordOnly).toBeLessThan(-0.1)
    // Past the cap only the words count.
    expect(lo(LENGTH_EVIDENCE_CAP * 3) - lo(LENGTH_EVIDENCE_CAP)).toBeCloseTo(2 * LENGTH_EVIDENCE_CAP * wordOnly, 6)
  })
})

describe('forgetting under a newer feature set', () => {
  it('reads counts that went below zero as zero', () => {
    const m = modelFromRows([{ label: 'pos', token: 'old', count: 1 }])
    m.add(negateIncrements(labelIncrements(['old', 'newer'], ['pos'])))
    expect(m.count('pos', 'newer')).toBe(0)
    expect(m.count('pos', 'old')).toBe(0)
  })
})
