import { describe, expect, it } from 'vitest'
import { learningFeatures } from './features.ts'
import { learnIncrements } from './learn.ts'
import { DOC_TOKEN, modelFromRows, negateIncrements, STRONG_LABEL_WEIGHT, TOTAL_TOKEN } from './model.ts'
import { analyzeSentiment } from './sentiment.ts'
import { readFileSync } from 'node:fs'

// Our own small fixture: invented feedback whose words the shipped lists do not know.
const fixture = readFileSync(new URL('../../../test/fixtures/text/wobbly.tsv', import.meta.url), 'utf8')
  .trim().split('\n').slice(1).map((l) => l.split('\t') as [string, 'pos' | 'neg'])

describe('learning', () => {
  it('lists deduplicated features with negation marks and Chinese bigrams', () => {
    const f = learningFeatures('not good, not good')
    expect(f).toContain('not_good')
    expect(new Set(f).size).toBe(f.length)
    expect(learningFeatures('好用好用')).toEqual(expect.arrayContaining(['好用', '用好']))
  })
  it('turns a labelled text into increments and back', () => {
    const incs = learnIncrements('slow sync', { sentiment: 'neg' })
    const m = modelFromRows(incs)
    expect(m.count('sent:neg', DOC_TOKEN)).toBe(1)
    expect(m.count('sent:neg', TOTAL_TOKEN)).toBe(learningFeatures('slow sync').length)
    expect(m.count('sent:neg', 'sync')).toBe(1)
    m.add(negateIncrements(incs))
    expect(m.count('sent:neg', 'sync')).toBe(0)
  })
  it('counts corrections as strong labels and retracts the weak one', () => {
    const m = modelFromRows(learnIncrements('zorp', { sentiment: 'neg', topics: ['support'] }))
    // What PATCH /v1/responses/:id/analysis counts: the weak teaching taken back, the strong one added.
    m.add(negateIncrements(learnIncrements('zorp', { sentiment: 'neg', topics: ['support'] })))
    m.add(learnIncrements('zorp', { sentiment: 'pos', topics: ['billing'], strong: true }))
    expect(m.count('sent:neg', 'zorp')).toBe(0)
    expect(m.count('sent:pos', 'zorp')).toBe(STRONG_LABEL_WEIGHT)
    expect(m.count('topic:support', 'zorp')).toBe(0)
    expect(m.count('topic:billing', 'zorp')).toBe(STRONG_LABEL_WEIGHT)
  })
  it('a model trained on a few fixture sentences changes predictions', () => {
    const probe = 'the dashboard feels wobbly'
    const before = analyzeSentiment(probe)
    const m = modelFromRows([])
    for (const [text, label] of fixture) m.add(learnIncrements(text, { sentiment: label, strong: true }))
    const after = analyzeSentiment(probe, { model: m })
    expect(before.label).toBe('neutral')
    expect(after.score).toBeLessThan(before.score)
    expect(after.label).toBe('negative')
  })
  it('a workspace that labels neutral comments gets them back as neutral, tone words or not', () => {
    // Questions and plain reports, labelled neutral by people; praise and complaints beside them.
    const neutral = ['what time does the export run', 'how do I change the invoice address', 'is there an api for the reports',
      'where do I find the export settings', 'can I move my account to another team', 'when will the invoice be sent']
    const m = modelFromRows([])
    for (let i = 0; i < 24; i++) {
      m.add(learnIncrements(`${neutral[i % neutral.length]} ${i}`, { sentiment: 'neu' }))
      m.add(learnIncrements(`love it, works great ${i}`, { sentiment: 'pos' }))
      m.add(learnIncrements(`awful, broken again ${i}`, { sentiment: 'neg' }))
    }
    const probe = 'Great, so where do I find the export settings for the invoice?'
    const rulesAlone = analyzeSentiment(probe)
    expect(rulesAlone.label).toBe('positive')
    expect(rulesAlone.score).toBeGreaterThan(0.5) // beyond the weakly-scored band neutral used to be limited to
    expect(analyzeSentiment(probe, { model: m }).label).toBe('neutral')
    expect(analyzeSentiment('love it, works great', { model: m }).label).toBe('positive')
    expect(analyzeSentiment('awful, broken again', { model: m }).label).toBe('negative')
  })
})
