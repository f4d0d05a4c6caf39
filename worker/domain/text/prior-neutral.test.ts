import { describe, expect, it } from 'vitest'
import { analyzeText } from './index.ts'
import { neutralFeatures, readsNeutral } from './prior-neutral.ts'
import { learningFeatures } from './features.ts'

const weak = { raw: -1, litotes: 0, idioms: 0, deniedPraise: 0 }

describe('the neutral counts learned from survey answers', () => {
  it('read plain statements of use as neutral, whose words reviews lean to a side', () => {
    for (const t of ['I mostly log in on Mondays to plan out the week.', 'Kindly let me know how to download the receipt for last month\'s session.'])
      expect(analyzeText(t).sentiment.label, t).toBe('neutral')
  })
  it('keep the score\'s sign, so a two-sided set still reads the lean', () => {
    const s = analyzeText('I mostly log in on Mondays to plan out the week.').sentiment
    expect(s.label).toBe('neutral')
    expect(s.score).not.toBe(0)
  })
  it('never overrule a clear verdict, a denied fault or denied praise', () => {
    const f = learningFeatures('I mostly log in on Mondays to plan out the week.')
    expect(readsNeutral(f, weak)).toBe(true)
    expect(readsNeutral(f, { ...weak, raw: -2 })).toBe(false)
    expect(readsNeutral(f, { ...weak, litotes: 1 })).toBe(false)
    expect(readsNeutral(f, { ...weak, deniedPraise: 1 })).toBe(false)
    for (const [t, want] of [['Would be nice if it worked', 'negative'], ["haven't had any problems yet", 'positive'], ['Missing SSO, our security team won\'t approve without it', 'negative']])
      expect(analyzeText(t).sentiment.label, t).toBe(want)
  })
  it('speak only for the languages they learned (English and Chinese)', () => {
    expect(analyzeText('Endlich kann ich die Saisonkarte direkt aufm Handy haben, kein Plastik mehr. Gerne mehr davon!').sentiment.label).toBe('positive')
  })
  it('leave out the rules\' verdict and Chinese trigrams, so a rule change cannot make them stale', () => {
    expect(neutralFeatures(['rule:-1', '还没', '还没点', 'log in'])).toEqual(['还没', 'log in'])
  })
})
