import { describe, expect, it } from 'vitest'
import { prepareText, toSimplified } from './normalize.ts'
import { ruleSentiment } from './sentiment-rules.ts'
import { analyzeText } from './index.ts'

const score = (t: string) => ruleSentiment(toSimplified(prepareText(t))).score

describe('praise that has turned, or was never given', () => {
  it('reads praise before "until" as what no longer holds, but not a wait or how long a complaint lasts', () => {
    expect(score('It was good until the last update.')).toBeLessThan(0)
    expect(score('Worked great for a month, until it died.')).toBeLessThan(0)
    expect(score("Can't wait until the next version!")).toBeGreaterThan(0)
    expect(score('Stuck in Denver until Monday with no bags')).toBeLessThan(0)
  })
  it('reads "no longer" as "used to"', () => {
    expect(score('No longer works.')).toBeLessThan(0)
    expect(score('Used to love this app.')).toBeLessThan(0)
  })
  it('reads a counterfactual comparative as a complaint, a request as none, and "could not be better" as praise', () => {
    expect(score('Could have been so much better.')).toBeLessThan(0)
    expect(score('Should be cheaper')).toBeLessThan(0)
    expect(score('It would be better with dark mode')).toBe(0)
    expect(score("Couldn't be better")).toBeGreaterThan(0.5)
    expect(score('It could be worse')).toBe(0)
    expect(score('The competitor might be faster, but we love the support')).toBeGreaterThan(0)
  })
  it('reads wanting to like it as not liking it, and recommending it more than words allow as praise', () => {
    expect(score('I really wanted to love this.')).toBeLessThan(0)
    expect(score("Can't recommend it enough.")).toBeGreaterThan(0.5)
    expect(score("I can't recommend this product.")).toBeLessThan(0)
  })
  it('reads buying again and a lasting battery as praise', () => {
    expect(score('Would buy again.')).toBeGreaterThan(0)
    expect(score('I will never buy again.')).toBeLessThan(0)
    expect(score('Long lasting battery.')).toBeGreaterThan(0)
    expect(score("Battery doesn't last long")).toBeLessThan(0)
  })
  it('reads 以前 before praise as praise that no longer holds, but not where the past is compared', () => {
    expect(score('以前挺喜欢的')).toBeLessThan(0)
    expect(score('之前送的很快，今天特别慢')).toBeLessThan(0)
    expect(score('比以前好吃多了')).toBeGreaterThan(0)
    expect(score('味道和以前一样好')).toBeGreaterThan(0)
    expect(score('以前住过几次，这次也很满意')).toBeGreaterThan(0)
  })
  it('reads "could be better" and "couldn\'t be better" in Chinese', () => {
    expect(score('还可以更好')).toBeLessThan(0)
    expect(score('再好不过了')).toBeGreaterThan(0.5)
    expect(score('为了能更好地服务您')).toBeGreaterThanOrEqual(0)
  })
})

describe('feedback idioms', () => {
  it('reads service beyond what was owed and a job done as praise, a jumped price and leaving for a rival as complaints', () => {
    expect(score('Customer support went out of their way to help.')).toBeGreaterThan(0.5)
    expect(score('The staff went above and beyond')).toBeGreaterThan(0.5)
    expect(score('Does the job.')).toBeGreaterThan(0)
    expect(score('Setup was a breeze')).toBeGreaterThan(0)
    expect(score('The price doubled overnight.')).toBeLessThan(0)
    expect(score("We're switching to Notion, it does everything we need.")).toBeLessThan(0)
    expect(score('Everything takes ages to load')).toBeLessThan(0)
    expect(score('The product has barely changed, while the price keeps going up.')).toBeLessThan(0)
    expect(score("I can't imagine going back to spreadsheets")).toBeGreaterThan(0.5)
    expect(score('Solid product. A few rough edges, but nothing that stops us from getting work done.')).toBeGreaterThan(0)
  })
})

describe('requests', () => {
  const sentiment = (t: string) => analyzeText(t).sentiment
  it('reads a comment that only asks for something as neutral, whatever polite or eager words it uses', () => {
    for (const t of ['Please add a dark mode.', 'Would love a mobile app', "I'd like to see more templates", '希望增加夜间模式', '能不能加个导出功能']) {
      expect(sentiment(t).label, t).toBe('neutral')
    }
  })
  it('keeps the verdict beside a request, and "would love to come back" is a verdict', () => {
    expect(sentiment('Love it, but please add dark mode').label).toBe('positive')
    expect(sentiment('Please add offline mode, the app is useless on the train').label).toBe('negative')
    expect(sentiment('Would love to come back').label).toBe('positive')
  })
})

describe('wishes for something new, rivals and outages', () => {
  it('reads a wish with nothing to deny as a request', () => {
    expect(analyzeText('Integration with Jira would be great.').sentiment.label).toBe('neutral')
    expect(analyzeText('It would be great if you added SSO').sentiment.label).toBe('neutral')
    expect(analyzeText('Would be nice if it worked').sentiment.label).toBe('negative')
  })
  it('reads a rival that does it (much) better, a service that is down, a maze and spam as complaints', () => {
    expect(score('Asana does this much better.')).toBeLessThan(0)
    expect(score('The server was down during our launch.')).toBeLessThan(0)
    expect(score('The navigation is a maze.')).toBeLessThan(0)
    expect(score('Your newsletter spams me every day.')).toBeLessThan(0)
    expect(score('飞书比你们好用多了')).toBeLessThan(0)
    expect(score('服务器经常宕机')).toBeLessThan(0)
  })
})

describe('ellipsis', () => {
  it('reads a clause that ends on "is not" as denying the verdict before it, in the same sentence only', () => {
    expect(analyzeText('Support is amazing, pricing is not.').sentiment.label).toBe('mixed')
    expect(analyzeText('Support is slow, pricing is not.').sentiment.label).not.toBe('negative')
    expect(score('No fuss, does what it promises')).toBeGreaterThan(0)
    // A new sentence is no ellipsis: "Great. It is not." does not turn the praise.
    expect(score('I went back to the app. It did not.')).toBeLessThanOrEqual(0)
  })
})

describe('goods', () => {
  it('reads what a shopper says of books, appliances, food and smells', () => {
    expect(score("This book kept me up all night, couldn't put it down.")).toBeGreaterThan(0)
    expect(score('Smells like chemicals.')).toBeLessThan(0)
    expect(score('Leaks everywhere.')).toBeLessThan(0)
    expect(score('Dead on arrival.')).toBeLessThan(0)
    expect(score('开机就蓝屏，售后推来推去')).toBeLessThan(0)
    expect(score('牛奶口感纯正，孩子很爱喝')).toBeGreaterThan(0)
    expect(score('孩子不爱吃')).toBeLessThan(0)
  })
})

describe('films and shows', () => {
  it('reads how audiences rate them', () => {
    for (const t of ['神作', '全程无尿点', '演员演技炸裂', '配乐加分']) expect(score(t), t).toBeGreaterThan(0)
    for (const t of ['全程尿点', '毁原著', '狗尾续貂', '强行煽情', '画面很美但剧情空洞', "Couldn't stand it, two hours I'll never get back"]) expect(score(t), t).toBeLessThan(0)
  })
})

describe('everyday posts', () => {
  it('reads tears, breakage and being stood up, and not a hung painting or a completed order', () => {
    for (const t of ['考试挂了，哭唧唧', '手机屏幕摔碎了，心疼', '被放鸽子了，郁闷']) expect(score(t), t).toBeLessThan(0)
    expect(score('窗户很大，仿佛挂了幅画在墙上')).toBeGreaterThanOrEqual(0)
    expect(score('交易成功')).toBe(0)
  })
})

describe('sarcasm', () => {
  it('reads praise alone opening a sentence whose rest complains as sarcasm', () => {
    expect(score('Oh great, my flight is cancelled again.')).toBeLessThan(0)
    expect(score('Awesome, the app crashed again.')).toBeLessThan(0)
    expect(score('Nice, another delay.')).toBeLessThan(0)
  })
  it('reads "love how" before a complaint as sarcasm, and before praise or a denied fault as praise', () => {
    for (const t of ["love how you can't get an agent on the phone", 'Love how it breaks every update']) expect(score(t), t).toBeLessThan(0)
    for (const t of ['I love how it never crashes', 'Love how easy it is to set up']) expect(score(t), t).toBeGreaterThan(0)
  })
  it('reads a closing clause of bare praise after a complaint as sarcasm, but not praise of a thing', () => {
    for (const t of ['my phone screen cracked, great start to the week', 'Flight delayed 3 hours, just great.']) expect(score(t), t).toBeLessThan(0)
    expect(score('Bit pricey, great product')).toBeGreaterThan(0)
    expect(score('It was slow at first, but perfect now')).toBeGreaterThan(0)
  })
  it('reads praise, or what a company offers, in scare quotes as irony, but not a quoted label or letter', () => {
    expect(score('Yeah, thanks for the "help".')).toBeLessThan(0)
    expect(score('Love how \u201Cfriendly\u201D your staff are')).toBeLessThan(0)
    expect(score('The app is good, with useful features such as the "live" seat map.')).toBeGreaterThan(0)
    expect(score('Jabra ear gels "R" the best!')).toBeGreaterThan(0)
  })
  it('reads a quoted favour of up to three words as a complaint, and bare praise after it as sarcasm', () => {
    for (const t of ['Why am I getting texts about "exclusive offers" at 11pm', 'where is the "award winning service"?', 'the "discount" you offered me to stay is £1 a month. wow. generous'])
      expect(score(t), t).toBeLessThan(0)
    expect(score('Got a discount to stay. Generous!')).toBeGreaterThan(0)
    for (const t of ['Merci pour la « nouvelle interface », maintenant il faut 5 clics pour réserver au lieu de 2. Bravo.', 'Danke für die „Verbesserung“, jetzt dauert alles doppelt so lange.'])
      expect(score(t), t).toBeLessThan(0)
  })
  it('reads praise whose object is a complaint as sarcasm, and praise of a good deed as meant', () => {
    for (const t of ['Love waiting on hold for an hour.', 'Nice job losing my bag again.', 'Thanks for ruining my weekend.', 'Just what I needed, a broken update.'])
      expect(score(t), t).toBeLessThan(0)
    expect(score('Great job fixing the sync so quickly!')).toBeGreaterThan(0)
    expect(score('Just what I needed.')).toBeGreaterThan(0)
  })
  it('reads praise beside an upside-down face as not meant, in any language', () => {
    for (const t of ['the agent fixed it eventually, only took an hour and a half 🙃', '謝謝你們每天凌晨兩點提醒我該運動了呢 🙃', "Merci pour les 4 mails par jour, vraiment, j'adore 🙃", 'Grazie per l\'email numero 47 di questo mese 🙃'])
      expect(analyzeText(t).sentiment.label, t).toBe('negative')
    expect(analyzeText('Great, thanks!').sentiment.label).toBe('positive')
  })
  it('keeps praise that is meant: thanks, a contrast, a complaint in another sentence, or praise with its object', () => {
    expect(score('Great, thanks!')).toBeGreaterThan(0)
    expect(score('Thank you, someone finally answered and changed my cancelled flight.')).toBeGreaterThan(-0.2)
    expect(analyzeText('Great app, but it crashes sometimes').sentiment.label).not.toBe('positive')
    expect(score('Great. The old version was slow, this one is fast.')).toBeGreaterThan(0)
  })
})
