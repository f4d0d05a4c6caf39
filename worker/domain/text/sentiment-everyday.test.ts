// Everyday consumer apps as their users write about them: shops, money, health, games and courses.
import { describe, expect, it } from 'vitest'
import { analyzeText } from './index.ts'

const label = (t: string) => analyzeText(t).sentiment.label

describe('denied nuisances', () => {
  it('reads "no nonsense", "no guilt trips" and "without hassle" as praise, like "no bugs"', () => {
    for (const t of ['No ads, no nonsense, just a great game', 'Simple, clean, and no guilt trips', 'Delivered my bag w/o hassle', 'Worth the hassle'])
      expect(label(t), t).toBe('positive')
    for (const t of ['Returning it was such a hassle', 'Not worth the hassle']) expect(label(t), t).toBe('negative')
  })
})

describe('what trackers, games and plans are judged by', () => {
  it('reads accuracy, results and fair play', () => {
    for (const t of ['The spending insights are scarily accurate', 'I landed a job after finishing the data course', 'The instructor explains it in plain English'])
      expect(label(t), t).toBe('positive')
    for (const t of ['Step count is wildly inaccurate', 'Pay to win garbage', 'Subtitles are out of sync', 'Premium is $15 a month for what should be free features', 'Fees are buried in the terms', 'Pricing jumped 40% at renewal'])
      expect(label(t), t).toBe('negative')
  })
  it('keeps no verdict where the customer says there is none yet', () => {
    for (const t of ['No opinion yet', 'Switched my salary over last week, too soon to tell', '不再需要了']) expect(label(t), t).toBe('neutral')
  })
})

describe('Chinese shops and apps', () => {
  it('reads goods coming apart, batteries draining and faults fixed', () => {
    for (const t of ['鞋子穿了一周就开胶了', '耗电太快，后台一直在跑', '已经换了别家']) expect(label(t), t).toBe('negative')
    for (const t of ['这个版本修复了卡顿，点赞', '更新后解决了闪退']) expect(label(t), t).toBe('positive')
  })
})
