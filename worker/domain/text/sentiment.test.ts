import { describe, expect, it } from 'vitest'
import { analyzeText, MAX_TEXT_CHARS } from './index.ts'
import { ruleSentiment } from './sentiment-rules.ts'
import { trainSentimentModel } from './calibrate.ts'

const label = (t: string) => analyzeText(t).sentiment.label

describe('sentiment rules', () => {
  it('handles English negation', () => {
    expect(ruleSentiment('not bad').score).toBeGreaterThan(0)
    expect(ruleSentiment("I wouldn't say it's bad").score).toBeGreaterThan(0)
    expect(ruleSentiment('this is not good').score).toBeLessThan(0)
  })
  it('reads a denied verdict as praise, a denied event as no praise at all', () => {
    for (const t of ['not bad', 'no complaints', 'not too bad', '没问题', '不难吃']) expect(ruleSentiment(t).score, t).toBeGreaterThan(0)
    for (const t of ["please don't delay my flight again", 'that is not even an apology', '怎么不退款', '没迟到']) expect(ruleSentiment(t).score, t).toBeLessThanOrEqual(0)
  })
  it('as analysed, with the shipped prior and a workspace model that learned "not" and "bad" are complaints', () => {
    // Counts of words cannot read a litotes ("not", "at all" and "bad" lean negative in any set of
    // reviews); the blend keeps the rules' reading of it.
    const model = trainSentimentModel(Array.from({ length: 60 }, (_, i) => [
      { text: `not working, bad update ${i}`, label: 'neg' as const }, { text: `lovely app ${i}`, label: 'pos' as const }]).flat())
    for (const t of ['not bad at all', "I wouldn't say it's bad", 'not too bad', 'Not bad, does the job']) {
      expect(label(t), t).toBe('positive')
      expect(analyzeText(t, { model }).sentiment.label, t).toBe('positive')
    }
    // "Could be better" is a mild complaint of its own: beside "not bad" the rules lean only just positive.
    expect(ruleSentiment('Not bad, could be better').score).toBeLessThan(ruleSentiment('Not bad, does the job').score)
    expect(label('not great at all')).toBe('negative')
  })
  it('weighs the clause after a contrast more', () => {
    expect(ruleSentiment('the price is ok but support is slow').score).toBeLessThan(0)
    expect(ruleSentiment('support is slow but the product is great').score).toBeGreaterThan(0)
    // ", though" mid-sentence turns as "but" does; opening a sentence it concedes.
    expect(ruleSentiment('Fast and reliable, though way too expensive').label).toBe('mixed')
    expect(ruleSentiment('Though it is pricey, it is the best tool we have used').score).toBeGreaterThan(0)
  })
  it('handles Chinese double negation and contrast', () => {
    expect(ruleSentiment('不是不好用').score).toBeGreaterThan(0)
    expect(ruleSentiment('不是不好用，就是太贵了').score).toBeLessThan(0)
    expect(ruleSentiment('虽然有点贵，但是非常好用').score).toBeGreaterThan(0)
  })
  it('applies intensifiers', () => {
    expect(ruleSentiment('very good').score).toBeGreaterThan(ruleSentiment('good').score)
    expect(ruleSentiment('非常好').score).toBeGreaterThan(ruleSentiment('好').score)
  })
  it('reads emoji and emoticons', () => {
    expect(ruleSentiment('👍').score).toBeGreaterThan(0)
    expect(ruleSentiment('😡').score).toBeLessThan(0)
    expect(ruleSentiment('ok :(').score).toBeLessThan(ruleSentiment('ok').score)
  })
  it('labels a comment with strong praise and strong complaint as mixed', () => {
    expect(ruleSentiment('I love the design, it is excellent. The app crashes constantly and support is useless and terrible.').label).toBe('mixed')
  })
})

describe('analyzeText sentiment', () => {
  it('treats Traditional Chinese like Simplified', () => {
    const t = analyzeText('服務態度很差，太貴了'), s = analyzeText('服务态度很差，太贵了')
    expect(t.sentiment.label).toBe('negative')
    expect(t.sentiment.score).toBeCloseTo(s.sentiment.score, 5)
    expect(t.language).toBe('zh-Hant')
    expect(s.language).toBe('zh-Hans')
    // The same topics, each with the words as the comment wrote them.
    expect(t.topics.map((x) => x.id)).toEqual(s.topics.map((x) => x.id))
    const words = (a: typeof t) => a.topics.flatMap((x) => x.matches)
    expect(words(t)).toEqual(['服務態度', '貴'])
    expect(words(s)).toEqual(['服务态度', '贵'])
  })
  it('handles mixed-language comments', () => {
    const a = analyzeText('The app is great 但是太贵了')
    expect(a.topics.map((t) => t.id)).toContain('pricing')
    expect(label('Great app, 非常好用')).toBe('positive')
  })
  it('handles empty and very long input', () => {
    expect(analyzeText('')).toMatchObject({ language: 'und', sentiment: { label: 'neutral', score: 0 }, topics: [] })
    const long = 'terrible slow app. '.repeat(5000)
    const a = analyzeText(long)
    expect(a.sentiment.label).toBe('negative')
    expect(a.sentiment.score).toBeGreaterThanOrEqual(-1)
    expect(long.length).toBeGreaterThan(MAX_TEXT_CHARS)
  })
  it('keeps score and confidence in range', () => {
    for (const t of ['love it!!!', '垃圾', 'meh', '😍😍😍😍']) {
      const s = analyzeText(t).sentiment
      expect(Math.abs(s.score)).toBeLessThanOrEqual(1)
      expect(s.confidence).toBeGreaterThanOrEqual(0)
      expect(s.confidence).toBeLessThanOrEqual(1)
    }
  })
})
