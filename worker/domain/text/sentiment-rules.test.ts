import { describe, expect, it } from 'vitest'
import { toSimplified } from './normalize.ts'
import { ruleSentiment } from './sentiment-rules.ts'

const score = (t: string) => ruleSentiment(toSimplified(t)).score

describe('sentiment rules: questions, summaries, hedges', () => {
  it('reads a why / how-come question as a complaint', () => {
    expect(score('为什么没有勺子？')).toBeLessThan(0)
    expect(score('能不能好吃点？')).toBeLessThan(0)
    expect(score('好吃点')).toBeGreaterThan(0)
    expect(score('why would anyone like this?')).toBeLessThan(0)
    // The same words as a statement keep their praise.
    expect(score('能快点送到，很好')).toBeGreaterThan(0)
  })
  it('lets a summing-up verdict outweigh the details before it', () => {
    expect(score('房间很小，隔音很差，总的来说满意')).toBeGreaterThan(score('房间很小，隔音很差，满意') + 0.3)
    expect(score('The screens are slow, export is clunky. Overall I like it')).toBeGreaterThan(score('The screens are slow, export is clunky. I like it') + 0.3)
  })
  it('weighs hedged criticism in a happy review lightly', () => {
    expect(score('早餐很丰富，服务很热情，就是价格略贵')).toBeGreaterThan(score('早餐很丰富，服务很热情，就是价格太贵'))
    expect(score('环境不错，房间干净，稍微有点小')).toBeGreaterThan(0)
  })
  it('does not read nouns that contain a sentiment character as sentiment', () => {
    expect(score('用信用卡付款')).toBe(0)
    expect(score('卫生间在走廊尽头')).toBe(0)
  })
  it('caps one clause of piled-up gripes against the verdicts around it', () => {
    const piled = '很好吃 服务热情，慢 冷 咸 油 腻 硬 少 贵，下次还会再来'
    expect(score(piled)).toBeGreaterThan(0.5)
  })
  it('reads Traditional reviews like Simplified ones', () => {
    expect(score('送餐太慢了，飯菜都涼了，再也不點了')).toBeCloseTo(score('送餐太慢了，饭菜都凉了，再也不点了'), 6)
    expect(score('房間很乾淨，早餐很豐富，下次還會再來')).toBeGreaterThan(0.5)
  })
  it('keeps negation scope and degree words in the new vocabulary', () => {
    expect(score('不好吃')).toBeLessThan(0)
    expect(score('一点也不好吃')).toBeLessThan(score('不太好吃'))
    expect(score('非常干净')).toBeGreaterThan(score('干净'))
  })
  it('reads English review verdicts, warnings and litotes', () => {
    expect(score("we'll be back")).toBeGreaterThan(0)
    expect(score("we won't be back")).toBeLessThan(0)
    expect(score("don't waste your money")).toBeLessThan(0)
    expect(score("couldn't be happier")).toBeGreaterThan(0)
    expect(score('the fries were decent at best')).toBeLessThan(0)
    expect(score('thanks for nothing')).toBeLessThan(0)
  })
  it('does not read names as sentiment', () => {
    expect(score('@united flight 1491 to Denver')).toBe(0)
  })
})
