import { describe, expect, it } from 'vitest'
import { analyzeText } from './index.ts'
import { prepareText, stripMarkup, toSimplified } from './normalize.ts'
import { ruleSentiment } from './sentiment-rules.ts'

const score = (t: string) => ruleSentiment(toSimplified(prepareText(t))).score

describe('chat markup and sarcasm', () => {
  it('reads "is a joke" and "is gone" as complaints, whatever the mentions and entities around them', () => {
    expect(analyzeText('Pricing is a joke <@U123> & support is gone').sentiment.label).toBe('negative')
    expect(analyzeText('Pricing is a joke &amp; support is gone').sentiment.label).toBe('negative')
  })
  it('drops Slack tokens and decodes HTML entities without adding sentiment', () => {
    expect(stripMarkup('<@U123> hi <#C1|general> <!here>').trim().split(/\s+/)).toEqual(['hi', 'general'])
    expect(stripMarkup('a &amp; b &lt;3 &#39;x&#39; &#x41;')).toBe("a & b <3 'x' A")
    expect(analyzeText('<@U123> <@U456> &amp;').sentiment.score).toBe(0)
    expect(score('the app works &amp; I love it')).toBeCloseTo(score('the app works & I love it'), 6)
  })
})

describe('negation and contrast', () => {
  it('flips and damps negated words, double negation cancels', () => {
    expect(score('not good')).toBeLessThan(0)
    expect(score('not good')).toBeGreaterThan(score('bad'))
    expect(score('不好')).toBeLessThan(0)
    expect(score('并不差')).toBeGreaterThan(0)
  })
  it('lets the clause after 但是 decide, while 就是 only adds a reservation to a verdict', () => {
    expect(score('房间很干净，但是服务很差')).toBeLessThan(0)
    expect(score('总体不错，就是早餐一般')).toBeGreaterThan(0)
    // After a denial, 就是 is a full contrast again (the issue's own example).
    expect(score('不是不好用，就是太贵了')).toBeLessThan(0)
  })
  it('reads the outcome after an expectation (本以为..., 没想到...) as the verdict', () => {
    expect(score('本以为很好，没想到很差')).toBeLessThan(0)
    expect(score('本以为会很差，没想到很干净')).toBeGreaterThan(0)
  })
  it('reads rhetorical questions and negated degree words as complaints', () => {
    expect(score('难道这就是五星级的服务吗？')).toBeLessThan(0)
    expect(score('为什么没有热水？')).toBeLessThan(0)
    expect(score('一点也不好吃')).toBeLessThan(score('不太干净'))
    expect(score('不太干净')).toBeLessThan(0)
  })
  it('weighs hedged gripes and wishes lightly', () => {
    expect(score('服务很好，房间有点小，如果早餐丰富一点就更好了')).toBeGreaterThan(0)
  })
  it('reads denied disappointment and complaint as praise, and outcomes against expectations', () => {
    expect(score("Can't complain")).toBeGreaterThan(0)
    expect(score('Did not disappoint')).toBeGreaterThan(0)
    expect(score('Exceeded my expectations')).toBeGreaterThan(0.5)
    expect(score('Did not exceed my expectations')).toBeLessThan(0)
    expect(score('Does exactly what it says')).toBeGreaterThan(0)
    expect(score('Support resolved my issue in minutes')).toBeGreaterThan(0)
  })
  it('reads a wish as wanting what is not there, and a request as no complaint', () => {
    expect(score('I wish the search was better')).toBeLessThan(0)
    expect(score('It would be great if you added SSO')).toBe(0)
    expect(score('Great app, would be nice to have offline mode')).toBeGreaterThan(0.5)
  })
  it('reads a rival that does it better as a verdict on this product', () => {
    expect(score('Honestly Amplitude does this better and cheaper.')).toBeLessThan(0)
  })
})

describe('the shipped English prior on other languages', () => {
  it('stays silent on Chinese it cannot read and nearly silent when it knows only a number', () => {
    expect(analyzeText('我们昨天入住').sentiment.score).toBe(0)
    const numbersAlone = Math.abs(analyzeText('2 3 305').sentiment.score)
    expect(numbersAlone).toBeGreaterThan(0)
    expect(Math.abs(analyzeText('我们昨天入住了2晚，在3楼，房间号是305，前台在一楼大厅').sentiment.score)).toBeLessThan(numbersAlone / 2)
    expect(analyzeText('great phone, works perfectly').sentiment.label).toBe('positive')
  })
})

describe('other languages (best effort, from the word lists natural ships)', () => {
  const cases: [string, string, string][] = [
    ['Me encanta, funciona perfecto', 'es', 'positive'], ['El soporte es pésimo y lento', 'es', 'negative'],
    ['Ótimo atendimento, adorei', 'pt', 'positive'], ['Péssimo, não funciona', 'pt', 'negative'],
    ['Très bon produit, je recommande', 'fr', 'positive'], ['Le support est nul et lent', 'fr', 'negative'],
    ['Super Produkt, sehr zufrieden', 'de', 'positive'], ['Das ist wirklich schlecht, ich kündige', 'de', 'negative'],
    ['Molto buono, grazie', 'it', 'positive'], ['Servizio pessimo e lento', 'it', 'negative'],
    ['Geweldig, heel snel', 'nl', 'positive'], ['Het is slecht en traag', 'nl', 'negative'],
  ]
  it.each(cases)('%s: %s, %s', (text, language, label) => {
    const a = analyzeText(text)
    expect(a.language).toBe(language)
    expect(a.sentiment.label).toBe(label)
  })
  it('a negator of the language turns its words ("pas bon", "nicht gut")', () => {
    expect(analyzeText("Ce n'est pas bon du tout").sentiment.score).toBeLessThan(0)
    expect(analyzeText('Das ist nicht gut').sentiment.score).toBeLessThan(0)
    // Spanish "no" is a negator, not the English word "no".
    expect(analyzeText('No me gusta nada, es muy caro').sentiment.label).toBe('negative')
  })
})

describe('long Chinese review', () => {
  const review = '酒店位置很好，交通方便，服务热情周到，房间干净舒适。早餐品种有点少。卫生间有点小。空调声音有点吵。下次还会入住。'
  it('keeps the verdict of a long review with several small gripes', () => {
    expect(score(review)).toBeGreaterThan(0)
    expect(analyzeText(review).sentiment.label).toBe('positive')
  })
  it('reads a long complaint as negative even when it opens politely', () => {
    expect(score('前台还算客气。房间很脏，床单有头发。隔音太差，整晚很吵。热水也没有，再也不会来了。')).toBeLessThan(0)
  })
  it('reads Traditional like Simplified', () => {
    expect(score('房間很乾淨，服務很好。早餐有點少。下次還會入住。')).toBeCloseTo(score('房间很干净，服务很好。早餐有点少。下次还会入住。'), 6)
  })
})

describe('Chinese delivery and hotel reviews', () => {
  it('reads what an order came without, and undercooked food, as complaints', () => {
    expect(score('经典巧克力没给奶油')).toBeLessThan(0)
    expect(score('饭菜没熟')).toBeLessThan(0)
    expect(score('东西没送错，很好')).toBeGreaterThan(0)
  })
  it('does not take 足足 ("a whole") for 足 (plenty), nor 奶油 (cream) for 油 (greasy)', () => {
    expect(score('晚了足足有20多分钟')).toBeLessThan(0)
    expect(score('奶油')).toBe(0)
  })
  it('lets mediocre taste outweigh fast delivery', () => {
    expect(score('速度很快，味道一般')).toBeLessThan(0)
  })
  it('reads praise of a rival as a verdict on this one', () => {
    expect(score('房间也差劲，汉庭就比它强多了，住着也舒服')).toBeLessThan(0)
    expect(score('那家比这个好吃多了')).toBeLessThan(0)
  })
  it('knows idioms and perfectives of praise', () => {
    expect(score('宇宙卷饼，不是盖的')).toBeGreaterThan(0)
    expect(score('卷饼不油腻很健康')).toBeGreaterThan(0)
  })
  it('reads goods reviews: faults, praise, and a hair only when one is found', () => {
    expect(score('洗发水用了头皮痒')).toBeLessThan(0)
    expect(score('电脑发热严重')).toBeLessThan(0)
    expect(score('屏幕有坏点')).toBeLessThan(0)
    expect(score('头发用完很顺滑')).toBeGreaterThan(0)
    expect(score('床单有头发')).toBeLessThan(0)
  })
  it('reads "there will be no more bugs" as no complaint, and "there will be no next time" as one', () => {
    expect(score('换了房间，不会再有虫子了，很干净')).toBeGreaterThan(0)
    expect(score('不会再有下次了')).toBeLessThan(0)
  })
})
