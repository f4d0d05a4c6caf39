// Regional and chat English, and Hong Kong, Taiwan and mainland chat verdicts, as survey answers use them.
import { describe, expect, it } from 'vitest'
import { analyzeText } from './index.ts'

const label = (t: string) => analyzeText(t).sentiment.label

describe('regional English', () => {
  it('reads British, Irish, Australian and Singaporean praise', () => {
    for (const t of ['Energy plan has knocked about £25 a month off our bill, very chuffed', 'support guy stayed on till 1am until we were back up. legend',
      'Pleasantly surprised by the new timetable', 'over the moon with the photo book', 'shiok lah, delivery so fast', 'sulit naman for the price'])
      expect(label(t), t).toBe('positive')
  })
  it('reads their complaints', () => {
    for (const t of ['absolute shambles of a checkout', 'gutted the class got cancelled again', '£80 for a weekend rental is daylight robbery',
      'jialat, app hang again', 'bit cheesed off nobody called back', 'radio silence since I raised it'])
      expect(label(t), t).toBe('negative')
  })
  it('reads loyalty, tiers and people who are "sound" as praise, and the sound itself as nothing', () => {
    for (const t of ['Found a first edition for $8. I\'m never leaving', 'not leaving anytime soon', 'their support is top-tier', 'the cleaners were sound',
      'The new invoice templates look really professional']) expect(label(t), t).toBe('positive')
    expect(label('customer service is top tier, the product itself is buggy as hell')).toBe('mixed')
    for (const t of ['the sound is terrible', 'not very professional', 'the top tier plan is too expensive']) expect(label(t), t).toBe('negative')
  })
  it('reads a job done first time and no back-and-forth as praise, a lost connection and a rival covering more for less as complaints', () => {
    for (const t of ['Sorted first time, no back and forth 👍', 'quick response, solved first time, thanks']) expect(label(t), t).toBe('positive')
    expect(label('never worked first time')).not.toBe('positive')
    for (const t of ['it loses connection to the inverter every couple of weeks', 'petplan covered more for less. switching']) expect(label(t), t).toBe('negative')
    expect(analyzeText('petplan covered more for less. switching').topics.map((x) => x.id)).toContain('competitor')
    expect(label('I had to upload them for the third time')).toBe('negative')
    expect(label('for the first time ever I enjoy running')).toBe('positive')
  })
  it('does not make a name of something ours opening the sentence', () => {
    expect(label('App is so much quicker since the update, well done 👏')).toBe('positive')
  })
})

describe('Chinese chat verdicts', () => {
  it('reads sales texts and a misspelt "never again" (在也不用) as complaints', () => {
    expect(label('預約完一直收到簡訊推銷延長保固，一天三封')).toBe('negative')
    expect(label('呵呵，在也不用了')).toBe('negative')
  })
  it('reads Cantonese and Taiwanese praise and complaint words', () => {
    for (const t of ['個客服好劲，搞掂晒', '大推這家外送']) expect(label(t), t).toBe('positive')
    for (const t of ['一日send幾個push，仲要半夜三點，痴線', '這個價格很扯', '龟速加载，等到睡着']) expect(label(t), t).toBe('negative')
  })
  it('reads a booked class as no praise', () => {
    expect(label('约好的瑜伽课到了门店说系统里没我名字，白跑一趟')).toBe('negative')
  })
})

describe('exits for reasons of the customer\'s own, in English and Chinese', () => {
  it('reads retiring, a pet gone, a child moved on, an item sold and an exam taken as no verdict', () => {
    for (const t of ["Don't fly much anymore since I retired.", 'Our old boy Dai passed last month so no need for the policy now.', 'My son finished the course and has moved on to football.',
      '东西已经卖掉了，暂时没别的要出', '已經考完試，唔使再用啦', '後來直接拿去米蘭站賣了，沒有特別原因']) expect(label(t), t).toBe('neutral')
  })
  it('reads moving or switching to a place or a relative\'s account as no verdict, and to a rival as leaving', () => {
    for (const t of ["Just switching to my partner's account", 'Moving back to Accra next month so I won\'t be needing the plan anymore.']) expect(label(t), t).toBe('neutral')
    expect(label("switching to Asana, it's cheaper")).toBe('negative')
  })
  it('reads "love that for us" as sarcasm', () => {
    expect(label("another 'minor update' that logged the whole team out of their vaults. love that for us")).toBe('negative')
  })
})

describe('sarcastic conditions and used-car complaints', () => {
  it('reads "if you like paying extra", a flooded car and 真会做生意 as complaints', () => {
    for (const t of ["It's fine I guess if you like paying extra for everything.", '车况写的无事故，提车一查是泡水车，找平台说只负责撮合不管售后？？', '我的车你们估3万，懂车帝上估5万8，真会做生意 呵呵'])
      expect(label(t), t).toBe('negative')
  })
})

describe('a bait and switch, slow to cancel, and a dread that proved needless (h74)', () => {
  it('reads them as their writers did', () => {
    for (const t of ['Quote said £180 a year, clicked through to the insurer and it was £340. Bait and switch much?', 'Signing up took a minute. Slow to cancel though.'])
      expect(label(t), t).toBe('negative')
    expect(label("Setting it up took two clicks. Was dreading it, needn't have.")).toBe('positive')
  })
})
