import { describe, expect, it } from 'vitest'
import type { TopicDef } from './taxonomy.ts'
import { keywordHits } from './topics-keywords.ts'
import { analyzeText } from './index.ts'

const ids = (text: string, tax: TopicDef[]) => [...keywordHits(text, tax).keys()]

describe('keywords with a gap ("…" or "...")', () => {
  const tax: TopicDef[] = [
    { id: 'slow', name: 'Slow', keywords: ['too … slow'] },
    { id: 'hangs', name: 'Hangs', keywords: ['hängt ... auf'] },
  ]
  it('match with words between the parts, or none', () => {
    expect(ids('It is too damn slow', tax)).toEqual(['slow'])
    expect(ids('too slow', tax)).toEqual(['slow'])
    expect(ids('Die App hängt sich ständig auf', tax)).toEqual(['hangs'])
    expect(keywordHits('Die App hängt sich ständig auf', tax).get('hangs')!.matches).toEqual(['hängt ... auf'])
  })
  it('stay within one clause and within 8 words', () => {
    expect(ids('Far too many reports. Not slow though', tax)).toEqual([])
    expect(ids('too many, slow', tax)).toEqual([])
    expect(ids('too one two three four five six seven eight slow', tax)).toEqual(['slow'])
    expect(ids('too one two three four five six seven eight nine slow', tax)).toEqual([])
  })
  it('need every part, in order', () => {
    expect(ids('slow, but not too bad', tax)).toEqual([])
    expect(ids('Die App hängt', tax)).toEqual([])
  })
  it('work in Chinese too, within one clause and 12 characters, in either script', () => {
    const zh: TopicDef[] = [{ id: 'competitor', name: 'Competitor', keywords: ['还是…好用'] }, { id: 'renewal', name: 'Renewal', keywords: ['自動……續費'] }]
    expect(ids('还是钉钉好用', zh)).toEqual(['competitor'])
    expect(keywordHits('还是钉钉好用', zh).get('competitor')!.matches).toEqual(['还是…好用'])
    expect(ids('还是好用', zh)).toEqual(['competitor'])
    expect(ids('还是钉钉吧，飞书好用', zh)).toEqual([])
    expect(ids('还是一二三四五六七八九十一二好用', zh)).toEqual(['competitor'])
    expect(ids('还是一二三四五六七八九十一二三好用', zh)).toEqual([])
    expect(ids('好用还是', zh)).toEqual([])
    expect(ids('自动帮我续费了', zh)).toEqual(['renewal'])
  })
})

describe('phrase keywords run together', () => {
  const tax: TopicDef[] = [
    { id: 'support', name: 'Support', keywords: ['customer service'] },
    { id: 'late', name: 'Late', keywords: ['on time'] },
    { id: 'missing', name: 'Missing', keywords: ['new feature'] },
  ]
  it('match as a hashtag writes them, and show the keyword as written', () => {
    expect(ids('#CustomerService #fail', tax)).toEqual(['support'])
    expect(keywordHits('worst #customerservice ever', tax).get('support')!.matches).toEqual(['customer service'])
    expect(ids('never #ontime', tax)).toEqual(['late'])
  })
  it('not when the run is short enough to be another word', () => {
    expect(ids('See you today', [{ id: 'day', name: 'Day', keywords: ['to day'] }])).toEqual([])
  })
})

describe('stems that Porter folds into other words', () => {
  const tax: TopicDef[] = [{ id: 'late', name: 'Late', keywords: ['on time'] }, { id: 'missing', name: 'Missing', keywords: ['new feature'] }]
  it('keep "one" apart from "on" and "news" apart from "new"', () => {
    expect(ids('This is not a one time thing', tax)).toEqual([])
    expect(ids('The flight was not on time', tax)).toEqual(['late'])
    expect(ids('Read the news feature', tax)).toEqual([])
    expect(ids('Please add a new feature', tax)).toEqual(['missing'])
  })
  it('keep "added" apart from "ads"', () => {
    const ads: TopicDef[] = [{ id: 'ads', name: 'Ads', keywords: ['ads'] }]
    expect(ids('You added SSO', ads)).toEqual([])
    expect(ids('Too many ads', ads)).toEqual(['ads'])
  })
})

describe('a topic with no keywords', () => {
  const tax: TopicDef[] = [
    { id: 'late', name: 'Late Flight', keywords: [] },
    { id: 'bags', name: 'Lost luggage issues', keywords: [], examples: ['They lost my bag'] },
    { id: 'price', name: 'Pricing', keywords: ['expensive'] },
  ]
  it('is found by its name, whole or by its telling words', () => {
    expect(ids('Another late flight', tax)).toEqual(['late'])
    expect(keywordHits('Another late flight', tax).get('late')!.weight).toBeGreaterThan(keywordHits('We were late', tax).get('late')!.weight)
    expect(ids('My luggage never came', tax)).toEqual(['bags'])
  })
  it('but not by filler in its name, and a topic with keywords is found by them alone', () => {
    expect(ids('So many issues', tax)).toEqual([])
    expect(ids('The pricing page', tax)).toEqual([])
  })
})

describe('one-character Chinese keywords', () => {
  const tax: TopicDef[] = [{ id: 'pricing', name: 'Pricing', keywords: ['贵'] }, { id: 'performance', name: 'Performance', keywords: ['慢', '卡'] }]
  it('do not match inside words that only hold the character', () => {
    expect(ids('贵宾服务很好', tax)).toEqual([])
    expect(ids('慢慢就习惯了', tax)).toEqual([])
    expect(ids('银行卡绑定成功', tax)).toEqual([])
  })
  it('still match where the character stands for itself, beside such a word', () => {
    expect(ids('贵宾室太贵了', tax)).toEqual(['pricing'])
    expect(ids('银行卡绑定成功，就是经常卡', tax)).toEqual(['performance'])
  })
})

describe('a Chinese keyword holding another topic\'s keyword', () => {
  const tax: TopicDef[] = [{ id: 'support', name: 'Support', keywords: ['客服', '回复太慢'] }, { id: 'performance', name: 'Performance', keywords: ['太慢'] }]
  it('claims it, as an English phrase claims its words', () => {
    expect(ids('客服回复太慢了', tax)).toEqual(['support'])
  })
  it('leaves it to its own topic where the longer keyword is not there', () => {
    expect(ids('系统响应太慢', tax)).toEqual(['performance'])
    expect(ids('客服很好，就是加载太慢', tax).sort()).toEqual(['performance', 'support'])
  })
})

describe('the default taxonomy on survey answers', () => {
  const topics = (t: string) => analyzeText(t).topics.map((x) => x.id)
  it('files failures said plainly under reliability, and asks for a feature under missing_feature', () => {
    for (const t of ['never works when i actually need it', 'audio keeps cutting out on bluetooth', "the signature field just didn't save"]) expect(topics(t), t).toContain('reliability')
    for (const t of ['Any plans for a Hindi language option?', 'Where did the sleep timer go?']) expect(topics(t), t).toContain('missing_feature')
    expect(topics('Any plans for a Hindi language option?')).not.toContain('pricing')
    expect(topics('which plan is cheapest')).toContain('pricing')
    // To plan is a verb; moving to one of our own plans is no rival.
    expect(topics('I mostly log in on Mondays to plan out the week.')).not.toContain('pricing')
    expect(topics('switched to the pro plan last month')).toEqual(['pricing'])
  })
  it("reads a business closing down, a budget frozen and the customer's own emails as no outage and no mail from us", () => {
    expect(topics('Business closed down, no longer need e-signatures.')).not.toContain('reliability')
    expect(topics('Budget got frozen by my boss')).not.toContain('reliability')
    expect(topics('the site was down all day')).toContain('reliability')
    expect(topics('3 emails to support, zero replies.')).toEqual(['support'])
    expect(topics('I get 10 emails a day')).toContain('communication')
  })
  it('reads a place down the road as no outage, an insurance premium as price, and a rise on short notice as communication', () => {
    expect(topics('£289 a month for a hot desk when Spaces down the road is £199? no thanks')).not.toContain('reliability')
    expect(topics('Premiums are reasonable but the excess on older pets is ridiculous')).toContain('pricing')
    expect(topics('price went from $49 to $79/mo with 2 weeks notice')).toEqual(expect.arrayContaining(['pricing', 'communication']))
  })
})

describe('the default taxonomy on Chinese survey answers', () => {
  const topics = (t: string) => analyzeText(t).topics.map((x) => x.id)
  it('files deposits, money still taken and pay periods under billing, a till down again under reliability, and a rival dearer in Cantonese', () => {
    for (const t of ['職員好friendly，不過按金退咗成個月都未收到', '取消咗都仲扣我錢，搞咩呀', '能开个月付吗？现在只能季付']) expect(topics(t), t).toContain('billing')
    expect(topics('收銀系統又當了！！週末尖峰時段耶！！')).toContain('reliability')
    expect(topics('跑腿收費貴過gogovan，下次唔用')).toContain('competitor')
  })
  it('files value, download speed, crashes, push notices and feature asks, in Simplified, Traditional and Cantonese', () => {
    expect(topics('老师讲得很清楚，这钱花得值')).toContain('pricing')
    expect(topics('年繳方案很划算')).toContain('pricing')
    expect(topics('下载限速到几十K')).toContain('performance')
    expect(topics('挂号页面一到8点准时崩')).toContain('reliability')
    expect(topics('部掃地機成日話搵唔到wifi')).toContain('reliability')
    expect(topics('一天推播五六次，是怕我忘記你們嗎？')).toContain('communication')
    for (const t of ['請問有沒有辦法設定不同家人的權限？', '可唔可以加返個廣東話語音']) expect(topics(t), t).toContain('missing_feature')
  })
})

describe('words an exit answer holds without naming their topic', () => {
  const topics = (t: string) => analyzeText(t).topics.map((x) => x.id)
  it('reads a budget freeze, taking a break and tutors who keep cancelling as no price, breakage or cancellation', () => {
    expect(topics('budget freeze from finance, nothing to do with you guys')).not.toContain('pricing')
    expect(topics('Taking a break for the summer')).not.toContain('reliability')
    expect(topics('the tutors keep cancelling last minute')).not.toContain('billing')
    expect(topics('took 3 emails to get there')).not.toContain('communication')
    expect(topics('can i pay with paypal instead of card?')).toContain('billing')
  })
})

describe('save offers', () => {
  const topics = (t: string) => analyzeText(t).topics.map((x) => x.id)
  it('files a discount, a free month, a downgrade and 送三个月 under pricing, but not a design called a downgrade', () => {
    for (const t of ['ok 50% off for 3 months, yes please!', 'free month? sure why not', 'Downgrading to basic works for me', '哇送三个月 那我留下了hhh', '半价续费可以接受']) expect(topics(t), t).toContain('pricing')
    expect(topics('new design is a downgrade')).not.toContain('pricing')
    expect(topics('boss froze the budget')).not.toContain('reliability')
    expect(topics('the app froze again')).toContain('reliability')
  })
})

describe('words that name another topic than their keyword would', () => {
  const topics = (t: string) => analyzeText(t).topics.map((x) => x.id)
  it('reads "support" asked of the product as a feature request, not the support team', () => {
    for (const t of ['Would you ever support video podcasts?', 'does it support SSO', 'Do you plan to support Postgres 16 anytime soon?']) {
      expect(topics(t), t).toContain('missing_feature')
      expect(topics(t), t).not.toContain('support')
    }
    expect(topics('I reached out to support twice')).toEqual(['support'])
  })
  it('reads 手续费 as a price, not a renewal, and waits for support or delivery as no slowness of the product', () => {
    expect(topics('手續費比蝦皮還高，誰要用啊')).toEqual(['pricing'])
    expect(topics('客服说要等7个工作日')).not.toContain('performance')
    expect(topics('checkout page hangs for like 30 secs every time i try to pay')).toContain('performance')
  })
  it('reads a subscription named as no billing matter unless something happened to it', () => {
    expect(topics("lost my job so i'm cutting every subscription rn")).not.toContain('billing')
    expect(topics('My subscription was cancelled without warning')).toContain('billing')
  })
})

describe('rivals where others already work', () => {
  const topics = (t: string) => analyzeText(t).topics.map((x) => x.id)
  it('reads a name others are already on, or compared "than on", as a rival, but not "already on it"', () => {
    expect(topics("We merged with another agency and they're already on HubSpot.")).toContain('competitor')
    expect(topics('Matches are way better quality than on tinder')).toContain('competitor')
    expect(topics('I am already on it')).not.toContain('competitor')
  })
})

describe('an exit that names its reason', () => {
  it('files no billing matter under "cancelled because", in either tense', () => {
    expect(analyzeText('cancelled bc I only needed it for my wedding photos, all done now').topics.map((x) => x.id)).not.toContain('billing')
    expect(analyzeText('cancelled my subscription and was still charged').topics.map((x) => x.id)).toContain('billing')
  })
})

describe('cards, checks-ins and counted clicks', () => {
  const topicIds = (t: string) => analyzeText(t).topics.map((x) => x.id)
  it('reads 卡 in a card, a check-in or a cartoon as no lag, and 卡 said of the app as lag', () => {
    for (const t of ['最喜欢每天打卡的小日历', '医保卡绑定一次就成功了', '卡通风格孩子很喜欢', '抽卡概率离谱']) expect(topicIds(t), t).not.toContain('performance')
    expect(topicIds('更新后一直卡')).toContain('performance')
  })
  it('files clicks to do a thing under usability, a product that paid for itself under pricing, and 可以支援…嗎 as a request', () => {
    expect(topicIds('why does it take 4 clicks to cancel a class??')).toContain('usability')
    expect(topicIds('the thermostat paid for itself in one winter honestly')).toContain('pricing')
    expect(topicIds('可以支援注音跟倉頡切換嗎')).toContain('missing_feature')
  })
  it('reads "top tier" as praise, no pricing tier, and a plan\'s tier as pricing', () => {
    expect(topicIds('customer service is top tier')).not.toContain('pricing')
    expect(topicIds('the top tier plan is too expensive')).toContain('pricing')
  })
})

describe('ways to pay and things gone missing', () => {
  const topicIds = (t: string) => analyzeText(t).topics.map((x) => x.id)
  it('files a way to pay under billing, not as a rival', () => {
    for (const t of ['用PayMe增值好快，即刻到帳', '請問可以用LINE Pay付款嗎']) { expect(topicIds(t), t).toContain('billing'); expect(topicIds(t), t).not.toContain('competitor') }
  })
  it('files socks gone missing under reliability, not a missing feature, and an annual plan as no rival', () => {
    expect(topicIds('pickup very on time, but sometimes socks go missing')).toEqual(['reliability'])
    expect(topicIds('switched to annual billing, can you confirm the invoice goes to accounts@')).not.toContain('competitor')
  })
})

describe('faults told by how often or how far', () => {
  const topicIds = (t: string) => analyzeText(t).topics.map((x) => x.id)
  it('files a camera that goes offline, an app that works half the time and a wiped history under reliability, and an offline mode as a request', () => {
    for (const t of ['Camera goes offline every night around 2am.', 'great app when it works. which is never', 'the update wiped half my saved workouts', 'half the time the map just stays grey']) expect(topicIds(t), t).toContain('reliability')
    expect(topicIds('Camera goes offline every night around 2am.')).not.toContain('missing_feature')
    expect(topicIds('please add an offline mode')).toEqual(['missing_feature'])
    expect(ids('Camera goes offline every night', [{ id: 'outages', name: 'Outages', keywords: ['offline'] }])).toEqual(['outages'])
  })
  it('files looking for where a thing went, and steps to a task, under usability', () => {
    for (const t of ['took me 20 minutes to find where to change my plan', 'why does exporting a pdf take 5 steps to do']) expect(topicIds(t), t).toContain('usability')
  })
})

describe('tickets bought and features lacking in Chinese', () => {
  const topicIds = (t: string) => analyzeText(t).topics.map((x) => x.id)
  it('files a support ticket under support, and a ticket bought for a bus, a ferry or a show as none', () => {
    expect(topicIds('Support closed my ticket as resolved without replying')).toContain('support')
    for (const t of ['love paying a 99c booking fee on a €2.10 bus ticket', '$38 in fees on a $90 ticket??', 'got timed entry tickets in like 30 seconds']) expect(topicIds(t), t).not.toContain('support')
    // A workspace's own topic for the tickets it sells still takes them.
    expect(ids('love paying a 99c booking fee on a €2.10 bus ticket', [{ id: 'tickets', name: 'Tickets', keywords: ['ticket'] }])).toEqual(['tickets'])
  })
  it('files 连…都没有 ("not even a …") under missing_feature', () => {
    expect(topicIds('连个学生票选项都没有？')).toContain('missing_feature')
  })
})

describe('failures and effort told by what happened', () => {
  const ids = (t: string) => analyzeText(t).topics.map((x) => x.id)
  it('files wrong totals, mails in spam, unregistered returns and pending withdrawals under reliability', () => {
    for (const t of ['year-end giving statement had the wrong total', "magic link emails land in spam for outlook users", 'the dock didnt register my return', 'the stats are always a day behind'])
      expect(ids(t), t).toContain('reliability')
  })
  it('files time it took me, a feature gone missing from the screen and hating the app under usability', () => {
    for (const t of ['took me 20 minutes to return the car', 'new dashboard is gorgeous but where did the logs go??', 'Love the classes, hate the app']) expect(ids(t), t).toContain('usability')
    for (const t of ['门禁二维码经常刷不开，早上排队等保安开门', '投屏老断，一集断三四次']) expect(ids(t), t).toContain('reliability')
    for (const t of ['Sarah was brilliant, sorted in 5 mins 👍', 'nice guy, solved it']) expect(ids(t), t).toContain('support')
    for (const t of ['could you export monthly production as csv?', 'is there a way to set a different schedule per room?', "the react native sdk doesn't support passkeys yet"]) expect(ids(t), t).toContain('missing_feature')
    for (const t of ['约课、签到、评价一个页面搞定，绝了', '回放拖进度条太难定位了，要来回滑半天']) expect(ids(t), t).toContain('usability')
  })
})

describe('default taxonomy words read from survey answers', () => {
  const topics = (t: string) => analyzeText(t).topics.map((x) => x.id)
  it('finds the topic a customer means without naming it', () => {
    expect(topics('連個夜間模式都冇，半夜睇書好刺眼')).toContain('missing_feature')
    expect(topics('医生连我家狗是什么品种都没看清就下结论')).not.toContain('missing_feature')
    expect(topics('平台说找工长，工长说找平台，皮球踢了一个月没人管')).toContain('support')
    expect(topics('连续包月从18涨到25')).toContain('pricing')
    expect(topics('broker went silent for 3 weeks right before completion')).toContain('communication')
    expect(topics("you can't add a stop mid trip?? every other app lets you do this")).toEqual(expect.arrayContaining(['missing_feature', 'competitor']))
  })
})

describe('support of a thing, and support from people', () => {
  const topics = (t: string) => analyzeText(t).topics.map((x) => x.id)
  it('reads "plans for video podcast support" as a capability asked for, not the support team', () => {
    expect(topics('Any plans for video podcast support?')).not.toContain('support')
    expect(topics('any chance of HEIC support')).not.toContain('support')
  })
  it('keeps the people: thanks for the support, waiting for customer support, help from support, a sentence that opens with it', () => {
    for (const t of ['thanks for all the support', 'waiting for customer support for a week', 'asked for help from support', 'Missing the salmon again. Support credit me every time.'])
      expect(topics(t), t).toContain('support')
  })
})
