import { describe, expect, it } from 'vitest'
import { wholeAnswerSentiment } from './sentiment-whole.ts'

describe('answers read whole', () => {
  it('reads lukewarm, dismissive, scoffing and price-refusing answers by their shape', () => {
    expect(wholeAnswerSentiment('fine')?.label).toBe('neutral')
    expect(wholeAnswerSentiment("it's meh")?.score).toBeLessThan(0)
    for (const t of ['一般', '一般般吧', '一般啦', '普通', '普通。']) expect(wholeAnswerSentiment(t), t).toEqual(expect.objectContaining({ label: 'neutral', score: -0.1 }))
    for (const t of ['呵呵', '就这？', 'Push-Nachrichten jeden Tag um 22 Uhr... wirklich?', '$34 a month for chips? nah', "50% off for 3 months then back to full price? nah you're alright"]) expect(wholeAnswerSentiment(t)?.label, t).toBe('negative')
    expect(wholeAnswerSentiment('top 🔝')?.label).toBe('positive')
  })
  it('leaves an answer with more to it to the rules', () => {
    for (const t of ['fine, but slow', '呵呵，还不错', 'is the $9.99 plan monthly?', 'top notch support', '一般般，送餐太慢']) expect(wholeAnswerSentiment(t), t).toBeUndefined()
  })
})
