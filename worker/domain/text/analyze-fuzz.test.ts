// Every comment gets an answer: random runs of the words the idiom readers look for (where a loop
// that forgets to advance would hang the queue consumer) and of Chinese, emoji and punctuation.
import { describe, expect, it } from 'vitest'
import { analyzeText, learningFeatures } from './index.ts'
import { tokenize } from './tokenize.ts'

const TRIGGERS = ('took takes waited waiting setup over more than about almost a an one two ten 5 48 minutes minute hours hour day days weeks ' +
  'within in less not no never nothing short of could can be been better worse too much keeps kept replaced found wish sooner earlier ' +
  'lost dropped kg churn went up down time out called three times the alone haven\'t this in years tries hard w/o').split(' ')
const OTHERS = ['好', '不', '就是', '经常', '卡', '太', '贵', '😡', '👍', ',', '.', '!', '?', '"', '…', 'but', 'and', 'support', '问卷星']

/** A seeded generator, so a failure names a sequence that can be replayed. */
function random(seed: number) {
  return () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
}

describe('analysis of any run of words', () => {
  it('answers with a label, a score in [-1, 1] and no exception, for 10,000 random comments', () => {
    const next = random(42)
    for (let n = 0; n < 10000; n++) {
      const length = 1 + Math.floor(next() * 14)
      // Mostly the idioms' words; Chinese runs together, so some comments have no spaces at all.
      const pick = () => (next() < 0.8 ? TRIGGERS[Math.floor(next() * TRIGGERS.length)] : OTHERS[Math.floor(next() * OTHERS.length)])
      const text = Array.from({ length }, pick).join(next() < 0.9 ? ' ' : '')
      const { sentiment } = analyzeText(text)
      expect(['positive', 'neutral', 'negative', 'mixed'], text).toContain(sentiment.label)
      expect(Math.abs(sentiment.score), text).toBeLessThanOrEqual(1)
    }
    // Fixed work, slow on a loaded 2-core runner; what this test catches is a loop that never ends.
  }, 60_000)

  it("reads words that are also JavaScript's built-in names (a constructor, toString) as words", () => {
    // They once reached Object.prototype through the word tables, and analysis threw.
    for (const name of Object.getOwnPropertyNames(Object.prototype)) {
      for (const text of [`the ${name} was great`, `c'est ${name}, merci`, `I ${name}`, `${name}'s work`]) {
        expect(analyzeText(text).language, text).toMatch(/^[a-z]{2}/)
        expect(learningFeatures(text).length, text).toBeGreaterThan(0)
      }
    }
    expect(analyzeText('our constructor was great').sentiment.label).toBe('positive')
    expect(tokenize('Constructor').map((t) => t.text)).toEqual(['constructor'])
  })
})
