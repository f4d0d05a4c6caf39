// Survey answers as customers type them: after a ticket, on leaving, asked a question back.
import { describe, expect, it } from 'vitest'
import { analyzeText } from './index.ts'

const label = (t: string) => analyzeText(t).sentiment.label

describe('remedies denied', () => {
  it('reads a fix that did not come as the complaint, and keeps the fault after it a fault', () => {
    for (const t of ["30% off doesn't fix the app crashing every time I open it", "the update didn't fix the crashes", "a discount doesn't outweigh the bugs", "doesn't change the fact that it's slow"])
      expect(label(t), t).toBe('negative')
    // Not a remedy denied: "not bad" and a fault put right stay praise.
    for (const t of ['not bad at all', 'they fixed my issue within an hour']) expect(label(t), t).toBe('positive')
  })
})

describe('answers with no verdict', () => {
  it('reads not having bought yet, moving abroad and having no reason to keep it as neutral', () => {
    for (const t of ['I mostly just browse, havent actually bought anything yet', "moving abroad and the service isn't available there", 'I finished the course I needed, no reason to keep it'])
      expect(label(t), t).toBe('neutral')
    expect(label('no reason to keep paying for something this broken')).toBe('negative')
  })
  it('reads 🙏 after "pls" as asking, not thanks, and a wish alone as a request', () => {
    for (const t of ['dark mode pls 🙏', 'pls add csv export 🙏🙏', '希望日历能和outlook同步', '想问下能不能倍速播放？']) expect(label(t), t).toBe('neutral')
    expect(label('thank you 🙏')).toBe('positive')
    // A wish keeps its lean on the score (review sets hear 希望 in complaints), and beside a gripe it is one.
    expect(analyzeText('希望日历能和outlook同步').sentiment.score).toBeLessThan(0)
    expect(label('希望能改进一下，送得太慢了')).toBe('negative')
  })
  it('reads a question the rules find nothing in as asking, whatever learned counts lean to', () => {
    expect(label('maybe. what happens after the 3 months?')).toBe('neutral')
    expect(label('why is it so slow?')).toBe('negative')
  })
})

describe('where and when', () => {
  it('reads "at the start" after a thing named with "the" as a place, and as faded praise elsewhere', () => {
    expect(label('The tutorial at the start was actually helpful, and I usually skip those')).toBe('positive')
    for (const t of ['The app was great at the start, now it is buggy', 'the app in the beginning was fast, now it lags']) expect(label(t), t).toBe('negative')
  })
})

describe('sarcasm and Cantonese', () => {
  it('reads loving what nobody loves paying for as sarcasm', () => {
    for (const t of ['Love paying $9 in fees for cold fries 🙃', 'love spending an hour on hold']) expect(label(t), t).toBe('negative')
    expect(label('I love it, worth paying for')).toBe('positive')
  })
  it('reads 好似 as "like", not praise, and a question of what sense it makes as a complaint', () => {
    for (const t of ['客服好似機械人咁，講極都唔明', '开了VIP还有广告，这是什么道理？']) expect(label(t), t).toBe('negative')
  })
  it('reads plenty to choose from as praise, and a coupon pushed as no bargain', () => {
    expect(label('选择很多，送得也快')).toBe('positive')
    expect(label('天天发短信推优惠券，烦死了')).toBe('negative')
  })
})
