import { describe, expect, it } from 'vitest'
import { chooseModelGain, MODEL_GAINS, trainSentimentModel, type LabelledText } from './calibrate.ts'

describe('choosing the learned model gain on held-out rows', () => {
  it('trusts a model that knows words the rules do not', () => {
    // Invented words the shipped lists cannot know: only the learned model can read them.
    const rows: LabelledText[] = []
    for (let i = 0; i < 200; i++) rows.push({ text: `the widget is zorpy ${i}`, label: 'neg' }, { text: `the widget is blenky ${i}`, label: 'pos' })
    const { gain, accuracy } = chooseModelGain(rows)
    expect(gain).toBeGreaterThan(0)
    expect(accuracy[gain]).toBeGreaterThan(accuracy[0])
    expect(Object.keys(accuracy).map(Number).sort()).toEqual([...MODEL_GAINS].sort())
  })
  it('keeps the default when there are too few rows to check', () => {
    expect(chooseModelGain([{ text: 'great', label: 'pos' }])).toEqual({ gain: 1, rows: 1, accuracy: {} })
  })
  it('trains count rows for every labelled text', () => {
    const m = trainSentimentModel([{ text: 'zorpy', label: 'neg' }, { text: 'blenky', label: 'pos' }, { text: 'meh', label: 'neu' }])
    expect(m.count('sent:neg', 'zorpy')).toBe(1)
    expect(m.count('sent:pos', 'blenky')).toBe(1)
    expect(m.count('sent:neu', 'meh')).toBe(1)
  })
})
