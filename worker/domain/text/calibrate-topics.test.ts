import { describe, expect, it } from 'vitest'
import { chooseTopicGain, pickTopicGain, TOPIC_GAINS, trainTopicModel, type LabelledTopics } from './calibrate-topics.ts'
import { DEFAULT_TAXONOMY } from './taxonomy.ts'

const invented = { flurb: 'pricing', sprocket: 'onboarding', zindle: 'support', quorf: 'performance' }
const inventedRows = (n: number): LabelledTopics[] =>
  Array.from({ length: n }, (_, i) => Object.entries(invented).map(([word, id]) => ({ text: `the ${word} thing ${i}`, topics: [id] }))).flat()

describe('choosing the learned topic gain on held-out rows', () => {
  it('lets learned counts name topics no keyword knows, at the default trust', () => {
    const { gain, macroF1, accuracy, rows } = chooseTopicGain(inventedRows(60), DEFAULT_TAXONOMY)
    expect(rows).toBe(240)
    expect(Object.keys(macroF1).map(Number).sort()).toEqual([...TOPIC_GAINS].sort())
    expect(macroF1[0]).toBe(0)
    expect(gain).toBe(1)
    expect(macroF1[gain]).toBeGreaterThan(0.9)
    expect(accuracy[gain]).toBeGreaterThan(0.9)
  })

  it('keeps the default trust where keywords already agree with the labels', () => {
    const rows: LabelledTopics[] = []
    for (let i = 0; i < 60; i++) rows.push({ text: `too expensive for us ${i}`, topics: ['pricing'] }, { text: `the app keeps crashing ${i}`, topics: ['reliability'] })
    const { gain, macroF1 } = chooseTopicGain(rows, DEFAULT_TAXONOMY)
    expect(macroF1[0]).toBe(1)
    expect(gain).toBe(1)
  })

  it('ignores labels of topics the workspace no longer has, and claims nothing with too few rows', () => {
    const tax = DEFAULT_TAXONOMY.filter((t) => t.id !== 'pricing')
    const check = chooseTopicGain(inventedRows(30), tax)
    expect(check.rows).toBe(90)
    expect(check).toEqual({ gain: 1, rows: 90, macroF1: {}, accuracy: {} })
  })

  it('moves off the default trust only for a real gain, not for noise', () => {
    const f1 = { 0: 0.5648, 0.5: 0.5653, 1: 0.564, 2: 0.5673, 3: 0.5655 } // en_airline dev folds
    expect(pickTopicGain(f1)).toBe(1)
    expect(pickTopicGain({ ...f1, 2: 0.58 })).toBe(2)
    expect(pickTopicGain({ ...f1, 0: 0.6, 3: 0.6 })).toBe(0) // keywords alone, clearly better
  })

  it('trains as the product learns: a person\'s label counts more than a weak one', () => {
    const m = trainTopicModel([{ text: 'flurb', topics: ['pricing'] }, { text: 'flurb', topics: ['pricing'], strong: true }])
    expect(m.count('topic:pricing', 'flurb')).toBe(4)
    expect(m.count('topic:*', 'flurb')).toBe(4)
  })
})
