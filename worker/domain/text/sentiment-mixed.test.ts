// "Mixed": a comment that turns from one verdict to the other across a contrast holds both.
import { describe, expect, it } from 'vitest'
import { analyzeText } from './index.ts'
import { sentimentClass } from './calibrate.ts'

const sentiment = (t: string) => analyzeText(t).sentiment

describe('a turn between opposite verdicts', () => {
  it('is mixed where praise meets a gripe across but, though, 但是 or 就是, whichever wins on score', () => {
    for (const t of ['Great tool. Pricey though.', 'Easy to use but pricey for small teams', 'Solid CI runners, but the pricing page is a maze',
      'Love the new editor, the export is still broken though', 'Good. However, the export is broken.',
      '酒店位置很好，就是隔音太差', '東西不錯，但是運費太貴', '功能强大，但是学习成本太高', '界面很漂亮，但是经常闪退'])
      expect(sentiment(t).label, t).toBe('mixed')
    // The score still says which side weighs more.
    expect(sentiment('酒店位置很好，就是隔音太差').score).toBeGreaterThan(0)
  })
  it('is mixed where praise and then a gripe sit side by side with no contrast word', () => {
    for (const t of ['Booking was quick, cancelling was a nightmare.', 'support is brilliant, the platform itself is slow as a snail during exam week',
      'easy to run payroll, awful to fix a mistake after', 'Great product, terrible billing.', 'love the game, hate that it crashes whenever i get a call mid match'])
      expect(sentiment(t).label, t).toBe('mixed')
    // A story that ends well is no reservation; a rival's merit beside our fault is a complaint; and
    // in Chinese a comma joins those (and irony) too often to be read so.
    expect(sentiment('Camera went offline after the update, support walked me through a reset and it has worked great since. Really patient guy, thank you.').label).toBe('positive')
    expect(sentiment('现在滴滴有特惠快车，你们还是原价，身边朋友都不用了').label).toBe('negative')
    expect(sentiment('好家伙，更新完连登录都登不上了，真是越更越好呢').label).toBe('negative')
  })
  it('is no turn where the first side only hedges or sets up what follows', () => {
    for (const t of ['Not perfect, but the best option out there.', 'Not the cheapest option but worth every penny.', 'Minor bugs here and there but overall excellent', '不便宜，但是物有所值'])
      expect(sentiment(t).label, t).toBe('positive')
    for (const t of ['Had high hopes but it crashes every time I open the camera', '本以为会很好吃，结果很失望', '说是正品，结果是假的'])
      expect(sentiment(t).label, t).toBe('negative')
  })
  it('is no turn where the comment sums up over its gripe', () => {
    for (const t of ['Price went up a bit this year but it is still good value.', '换过来以后稳定多了，同事们都说好用。唯一的小问题是手机端有时候加载慢一点，不过不影响使用。'])
      expect(sentiment(t).label, t).toBe('positive')
  })
  it('is no turn in a comment overwhelmingly one-sided', () => {
    const t = 'I really wanted this to work. The surveys look nice and setup was fine, but response rates dropped after we switched, the analytics are shallow, and every question to support takes days. We are moving back to our old tool at renewal.'
    expect(sentiment(t).label).toBe('negative')
  })
})

describe('mixed against labels without a mixed class', () => {
  it('goes to the side its score leans to, with two classes or three', () => {
    expect(sentimentClass('mixed', -0.4, false)).toBe('neg')
    expect(sentimentClass('mixed', 0.4, false)).toBe('pos')
    expect(sentimentClass('mixed', 0.4, true)).toBe('pos')
    expect(sentimentClass('neutral', 0.4, false)).toBe('neu')
  })
})

describe('a complaint after a contrast, against the shipped prior', () => {
  it('stands: word counts read "works" and "fine" as praise and cannot see the "but"', () => {
    expect(sentiment("Works fine but it's slow on mobile").score).toBeLessThan(0)
    expect(sentiment('Great app but it crashes a lot on my phone').score).toBeLessThan(0)
  })
})

describe('a hedged gripe after a turn', () => {
  it('still makes the comment mixed: a bit, a little, 有点, 偏', () => {
    for (const t of ['Great tool, a bit pricey though', '功能挺强大的，就是有点贵', '功能齊全，但是速度有點慢', '味道很好，就是有点咸'])
      expect(sentiment(t).label, t).toBe('mixed')
  })
  it('weighs little on the score, and conceded first it leaves the praise whole', () => {
    expect(sentiment('功能挺强大的，就是有点贵').score).toBeGreaterThan(0)
    for (const t of ['有点贵，但是很好用', 'Slightly pricey but overall excellent']) expect(sentiment(t).label, t).toBe('positive')
  })
})

describe('praise that has faded', () => {
  it('is a complaint, not a turn: initially, originally, at first, in the beginning', () => {
    for (const t of ['Initially it was great, but now it crashes every day', 'In the beginning support was fast, but lately nobody answers', "It was great at first, now it's buggy"])
      expect(sentiment(t).label, t).toBe('negative')
  })
  it('turns a misgiving of the start into praise, and says nothing with nothing to deny', () => {
    for (const t of ['At first I was skeptical, but it has been great', 'At first I hated the new layout, now I love it', 'Love it. Initially I signed up for the free plan'])
      expect(sentiment(t).label, t).toBe('positive')
  })
})

describe('a litotes before a turn', () => {
  it('is praise, so the comment holds both; a conceding denial (不是不好用, 不能说难用) only sets up the gripe', () => {
    for (const t of ['pas mal, mais un peu cher', 'no está mal, pero un poco caro', '不算差，就是有点贵', 'not bad, but a bit pricey']) expect(analyzeText(t).sentiment.label, t).toBe('mixed')
    for (const t of ['不是不好用，就是太贵了', '不能说难用吧，但也绝对谈不上好用', '不是不好用，就是功能太多了，我只想发个邮件而已']) expect(analyzeText(t).sentiment.label, t).toBe('negative')
  })
})
