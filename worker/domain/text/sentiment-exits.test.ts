// Exit answers, lukewarm one-word answers and requests, as held-out survey files wrote them: a reason
// that blames nobody beside the act of leaving, "fine" on its own, a way wished for.
import { describe, expect, it } from 'vitest'
import { analyzeText } from './index.ts'

const label = (t: string) => analyzeText(t).sentiment.label

describe('leaving for a reason that blames nobody', () => {
  it('reads the act of leaving beside such a reason as no verdict', () => {
    for (const t of ['cancelled bc I only needed it for my wedding photos, all done now', 'moving back to the UK, won\'t need it there', 'we switched to a different system at head office level, wasn\'t my call', '退訂原因：很少在用', '移民喇，唔使再續', '门店关了，不开了', '暂停三个月可以，先这样吧'])
      expect(label(t), t).toBe('neutral')
  })
  it('still reads leaving for a fault, or a reason beside a complaint, as a complaint', () => {
    for (const t of ['cancelled because the app kept crashing', 'switched to Asana, yours is too slow', 'cancelled, I only needed it for one project and even that was a pain'])
      expect(label(t), t).toBe('negative')
  })
})

describe('lukewarm and laughing', () => {
  it('reads a bare "fine" or "it\'s ok" as neither side, but not an exclaimed one', () => {
    for (const t of ['fine', "It's fine.", 'okay']) expect(label(t), t).toBe('neutral')
    expect(label('Fine!')).toBe('positive')
    expect(label('fine, does the job well')).toBe('positive')
  })
  it('reads "lol" as no praise of its own', () => {
    expect(label('third outage this month lol')).toBe('negative')
  })
  it('reads "no drama" as praise and a plan "nerfed" as a complaint', () => {
    expect(label('set up took 15 mins, no drama at all')).toBe('positive')
    expect(label('The free tier got nerfed again')).toBe('negative')
  })
})

describe('asking for something', () => {
  it('reads a way wished for and Chinese asks with 可以, 支持 and 有冇得 as requests', () => {
    for (const t of ['Wish there was a way to set a hard spending limit per project', '请问支持导出markdown吗', '希望可以加分類統計，例如每個月餐費花多少', '有冇得用八達通俾錢？', '可唔可以支援埋轉數快同PayMe？'])
      expect(label(t), t).toBe('neutral')
    expect(label('I wish it was faster')).toBe('negative')
  })
})
