// What customers of software write in a survey's follow-up, in English and Chinese: how it turned
// out after a misgiving, work that got done or undone, what a comparative asks for.
import { describe, expect, it } from 'vitest'
import { analyzeText } from './index.ts'
import { ruleSentiment } from './sentiment-rules.ts'

const label = (t: string) => analyzeText(t).sentiment.label
const rules = (t: string) => ruleSentiment(t).score

describe('a misgiving, then how it turned out', () => {
  it('counts the misgiving and what was feared for nothing once a contrast follows', () => {
    expect(label('I was worried about migrating our data, but it went smoothly.')).toBe('positive')
    expect(label('I was afraid it would be too complicated, but it was perfect')).toBe('positive')
  })
  it('still reads a misgiving with no turn after it, and a turn for the worse', () => {
    expect(rules('I am worried about the new pricing')).toBeLessThan(0)
    expect(label('I was worried about the price, but the support is terrible')).toBe('negative')
  })
})

describe('work done and undone', () => {
  it('reads a fault put right, a product that just works and bugs that never came as praise', () => {
    for (const t of ['The bug I reported was fixed the next day.', 'It just works.', 'No bugs so far', 'No crashes since the update', 'Solid product, rarely any downtime.', '没遇到过什么bug，很稳', '问题当天就解决了', '文档写得很清楚，接入很顺利', '用了就回不去了',
      'Support fixed my export issue within the hour', 'They resolved our billing problem quickly', 'Setup took ten minutes and everything synced on the first try', '毫不犹豫续费了'])
      expect(label(t), t).toBe('positive')
  })
  it('reads praise a product stopped earning, paywalls and work left undone as complaints', () => {
    for (const t of ['Feels like the product stopped improving after the acquisition.', 'Half the features I need are locked behind the enterprise plan.', 'It was never fixed', 'It rarely works', '客服只会复制粘贴，根本不解决问题', '客服就是机器人，根本解决不了问题', '推送通知太频繁，已经关掉了', '每次打开都要等十几秒',
      // "Never" denies a fix as "not" does, though before praise it is mostly a measure ("never been happier").
      'They never resolved the problem', 'Support never fixed my export issue', 'It never got fixed',
      '导出的报表格式总是乱的', '价格涨得太快了，续费有点犹豫'])
      expect(label(t), t).toBe('negative')
    expect(label("didn't work on the first try")).not.toBe('positive')
    // Courtesy, then no fix: it holds both, and the fix weighs more.
    expect(analyzeText('Support is friendly but never actually fixes anything').sentiment.score).toBeLessThan(0)
    // "Can't stop smiling" denies the stopping, not the smile.
    expect(label("can't stop smiling")).toBe('positive')
  })
})

describe('what customers say a product was worth', () => {
  it('reads value, no looking back and no downtime as praise, a cash grab and falling apart as complaints', () => {
    for (const t of ["Switched from spreadsheets last month and haven't looked back.", 'It paid for itself in the first month.', 'Zero downtime in eighteen months.', 'The redesign is a step up.', '一个月就回本了', '价格公道，更新也勤', '新功能正是我们需要的', '东西和图片一模一样', '一年多没出过故障', '团队效率明显提升'])
      expect(label(t), t).toBe('positive')
    for (const t of ['The new pricing tiers feel like a cash grab.', "It's become harder to use with every release.", 'Zero support for two weeks.', '用了一个月就散架了', '性能有待提升'])
      expect(label(t), t).toBe('negative')
  })
})

describe('what a customer would not be without', () => {
  it('reads being indispensable, clear pricing and staying on as praise, and overcharging as a complaint', () => {
    for (const t of ["Honestly can't imagine running the business without it now.", "I can't imagine a better tool", 'Clear pricing, no surprises on the invoice.', 'Calendar view is gorgeous.', '定价透明，没有隐藏收费', '续费了，明年继续用', '比我们之前用的系统好上手多了'])
      expect(label(t), t).toBe('positive')
    expect(label('Your billing page overcharged us again.')).toBe('negative')
  })
})

describe('statements of fact', () => {
  it('labels a comment with no verdict in it neutral, however review-trained counts lean', () => {
    for (const t of ['I use it mostly for invoicing.', 'We have about 40 people on the team.', 'I only use the mobile app.', '主要用来记账', '团队大概二十人', '刚注册没几天', '用得不多，不好评价'])
      expect(label(t), t).toBe('neutral')
  })
  it('still gives a side to what the counts are sure of, and to any verdict the rules find', () => {
    expect(label('It keeps logging me out.')).toBe('negative')
    expect(label('Setup was painless.')).toBe('positive')
    // No longer needing it is no complaint: the rules find nothing to deny.
    expect(rules("We don't need it")).toBe(0)
    expect(label('暂时用不上了')).toBe('neutral')
    // "Not long" measures time: the breakage after it still counts.
    expect(label('用了没多久就坏了')).toBe('negative')
  })
})

describe('plans, charges and editors', () => {
  it('reads a charge without notice and an outrageous rise as complaints, whatever the plan is called', () => {
    for (const t of ['试用结束没提醒就扣费了', '专业版涨价太离谱']) expect(label(t), t).toBe('negative')
  })
  it('reads "drag and drop" and "important" as no verdict', () => {
    expect(label('The drag and drop editor is super intuitive.')).toBe('positive')
    expect(label('The setup guide skipped the important steps.')).not.toBe('positive')
  })
})

describe('comparatives and what came before', () => {
  it('reads a comparative as praise, and one the product "needs to be" as a mild complaint', () => {
    expect(label('Way faster than the old version.')).toBe('positive')
    for (const t of ['It needs to be faster.', 'Search has to be better']) expect(label(t), t).toBe('negative')
    // Needing something better is a request, with no verdict in its clause.
    expect(label('Needs better docs')).toBe('neutral')
  })
  it('reads 本来 as 以前: the praise after it was, unless it is an expectation or a booking', () => {
    expect(label('本来挺好用的，现在越改越烂')).toBe('negative')
    expect(label('本来以为很好，结果很差')).toBe('negative')
    // A booking: the lake view stays praise.
    expect(rules('本来订的湖景房')).toBeGreaterThan(0)
  })
  it('keeps features named after praise words, and walls thin enough to hear through, from counting as praise', () => {
    expect(label('说是智能推荐，其实一点也不准')).toBe('negative')
    expect(rules('隔壁说话听得很清楚')).toBeLessThan(0)
  })
})

describe('exit answers and short verdicts', () => {
  it('reads an answer that says there is no verdict as neutral, whatever its other words lean to', () => {
    for (const t of ['Project ended, no longer need it', "Too early to tell, we've only had it a week", '项目结束了，暂时用不到', "Haven't really explored the analytics part yet"]) expect(label(t), t).toBe('neutral')
    // Not yet having what was owed is still a complaint; not yet having had problems is praise.
    expect(label("haven't had any problems yet")).toBe('positive')
    // Beside a verdict, the verdict still speaks.
    expect(label("Don't need it anymore, it was too buggy")).toBe('negative')
  })
  it('reads exit reasons that are no fault of the product as neutral, and leaving for something better as a complaint', () => {
    for (const t of ['Company is shutting down', "Seasonal business, we'll pause until spring", 'Budget freeze for this quarter', 'Only needed it for a one-off study', '预算冻结', '公司业务调整'])
      expect(label(t), t).toBe('neutral')
    for (const t of ['Found something that fits our workflow better', 'Pricing change made it unaffordable', '换了更便宜的']) expect(label(t), t).toBe('negative')
  })
  it('reads leaving, a product too thin or too hard, and one that does all it should', () => {
    // An exit reason said to be no fault of the product is no verdict (held-out survey answers so label it).
    expect(label('Nothing wrong with the product, we just downsized')).toBe('neutral')
    for (const t of ['Does everything we need and more', '该有的功能都有', "Couldn't have asked for a smoother experience", '数据很准确']) expect(label(t), t).toBe('positive')
    // A satisfaction survey names a measure, not a verdict.
    expect(label('我們主要用來做客戶滿意度調查')).toBe('neutral')
    for (const t of ['The learning curve was too steep for our staff', 'Reporting is too basic for us', '公司换了别的系统', '报表功能太简单了', '菜单太深了，找个设置都费劲', '感觉在对牛弹琴', '很难上手']) expect(label(t), t).toBe('negative')
  })
})

describe('what it changed for the customer', () => {
  it('reads a difference made, help that helps and ease counted in taps as praise; charges without a word as complaints', () => {
    for (const t of ['The trainers actually remember my name, makes a difference', 'Reminder notifications actually help me stay on track', 'Booking a table took two taps'])
      expect(label(t), t).toBe('positive')
    expect(label('Subscription auto-renewed without warning')).toBe('negative')
  })
})

describe('a rival compared with us', () => {
  it('reads a comparative that favours a rival over us as a complaint, and its denial as praise', () => {
    for (const t of ['Typeform is way better than you guys', 'Other tools are cheaper than yours']) expect(label(t), t).toBe('negative')
    expect(rules('Nothing is better than this')).toBeGreaterThan(0)
    // Better than a rival, or than anyone would expect, is praise.
    for (const t of ["it's better than Typeform", "Better than you'd expect"]) expect(label(t), t).toBe('positive')
  })
  it('reads a named rival praised mid-sentence as a complaint, but not a name compared with something else', () => {
    for (const t of ['Honestly Qualtrics has much better reporting', 'I think Typeform does conditional logic way better']) expect(label(t), t).toBe('negative')
    for (const t of ['Our rep Sarah was much better than the last one', 'Reporting is way better now']) expect(label(t), t).toBe('positive')
  })
  it('reads praise after leaving for a rival, in the same sentence, as the rival\'s', () => {
    for (const t of ['We switched to Typeform, it is great', '已经换成问卷星了，便宜很多']) expect(label(t), t).toBe('negative')
    // A new sentence, or a contrast, may turn back to us.
    expect(ruleSentiment('Switched to Typeform. Your support was great though').label).toBe('mixed')
  })
})

describe('long answers', () => {
  it('reads hiccups sorted out, a product that does what it says, and hopes let down', () => {
    expect(label('There were a few hiccups with the sync at first, but your team jumped on a call and sorted it. Since then it has been rock solid.')).toBe('positive')
    expect(label('It does what it says. The themes page shows us what people complain about without reading every answer.')).toBe('positive')
    for (const t of ['Everything loads instantly now', 'The templates alone are worth the price',
      'The new themes page is a game changer for us. We found out in a week what used to take a quarter of reading through comments.']) expect(label(t), t).toBe('positive')
    expect(label('I really wanted this to work. The analytics are shallow and every question to support takes days. We are moving back to our old tool.')).toBe('negative')
  })
})

describe('effort answers (CES)', () => {
  it('reads ease and first-time answers as praise, runarounds and stale help as complaints', () => {
    for (const t of ['Effortless, honestly', 'The guide answered my question before I had to ask', 'Got a callback within the hour', 'Could not have been easier'])
      expect(label(t), t).toBe('positive')
    for (const t of ['Had to dig through three menus to find it', 'Went round in circles with the chatbot', 'Your help articles are out of date', 'Could not have been harder'])
      expect(label(t), t).toBe('negative')
  })
})

describe('what B2B customers say of a tool they chose', () => {
  it('reads living in a tool and asking for nothing more as praise; half-baked, beta-like and overpromised as complaints', () => {
    for (const t of ['Our team lives in it', "Couldn't ask for more", 'Worth it for the churn alerts alone', 'The soundtrack alone is worth the price'])
      expect(label(t), t).toBe('positive')
    for (const t of ['The Zendesk integration is half-baked', 'Feels like a beta', 'Overpromised, underdelivered', 'The kids were left alone'])
      expect(label(t), t).toBe('negative')
  })
})

describe('what a first survey of a new tool hears', () => {
  it('reads superlatives of speed, set-ups done in minutes and answers that rose as praise', () => {
    for (const t of ["Quickest support response I've ever had from a SaaS company", 'Set up our first NPS survey in ten minutes without reading any docs',
      'Responses went up 3x after we switched to the in-app widget', 'Fastest checkout I have used'])
      expect(label(t), t).toBe('positive')
  })
  it('reads the old version missed, unfinished features and manual work as complaints', () => {
    for (const t of ['The new navigation is a mess, I liked the old one better', 'The old version was so much better', 'I preferred the old layout',
      'Half the features feel unfinished', "Would love an API for pulling themes, right now it's all manual", '希望能支持企业微信，现在只能手动导出'])
      expect(label(t), t).toBe('negative')
    // The comparative first says what is better now.
    expect(label('So much better than the old one')).toBe('positive')
  })
  it('reads too early to say and an exit no fault of ours as no verdict', () => {
    for (const t of ['We only started last week so hard to say yet', 'Our company switched vendors, nothing to do with you', '刚开始用，还没什么感觉', '第一次用，没什么感觉'])
      expect(label(t), t).toBe('neutral')
  })
  it('reads a rival named in Chinese as the one praised, unless we are compared with it or left it', () => {
    for (const t of ['同样的功能，别的平台只要一半价格', '别家同样的功能便宜一半', '别家比你们便宜多了'])
      expect(label(t), t).toBe('negative')
    for (const t of ['比别家好用多了', '别家都比不上你们', '从别的平台迁移过来一下午就搞定了'])
      expect(label(t), t).toBe('positive')
  })
})

describe('exit and after-ticket answers', () => {
  it('reads consolidation, a pause and a project cancelled as no fault of ours; a flight cancelled is one', () => {
    for (const t of ["We're consolidating tools across the company", 'The project this was for got cancelled'])
      expect(label(t), t).toBe('neutral')
    expect(label('My flight got cancelled twice')).toBe('negative')
    expect(label("I'm leaving because we're consolidating tools and you didn't make the cut")).toBe('negative')
  })
  it('reads a sign-off refused for what we lack, choosing a named rival and repeating oneself as complaints', () => {
    for (const t of ["Missing SSO, our security team won't approve without it", 'Going with HubSpot since we already pay for it',
      'I had to repeat my account number four times', '问题踢来踢去，没人负责', '嘥時間'])
      expect(label(t), t).toBe('negative')
    // Depending on us stays praise.
    expect(label("Can't do my job without it")).toBe('positive')
  })
  it('reads patience and a refund the same day as praise, not a same-day change of flight', () => {
    for (const t of ['Really patient with my questions, even the silly ones', 'Got my refund the same day']) expect(label(t), t).toBe('positive')
    expect(label('@united have you read your own same day travel change policy?')).not.toBe('positive')
  })
})

describe('short NPS answers as people type them', () => {
  it('reads a team that listens, a tool that no longer looks dated, a dread gone and nothing to add as praise', () => {
    for (const t of ['the team actually listens to feedback, shipped my request in 2 weeks', "Finally a survey tool that doesn't look like it's from 2005",
      'I used to dread reading survey comments, now it takes me ten minutes a week', "Nothing to add, keep doing what you're doing", '终于不用手动整理反馈了'])
      expect(label(t), t).toBe('positive')
  })
  it('reads confident errors, exhausting changes, muting everything and a claim that is "really just" less as complaints', () => {
    for (const t of ['The AI summaries are confidently wrong half the time', 'Features are fine, but the constant UI changes are exhausting',
      '通知一天几十条，已经全部静音了', '说是AI分析，其实就是关键词匹配'])
      expect(label(t), t).toBe('negative')
  })
  it('reads pros then cons, and a verdict conceded by saying it twice (好用是好用), as mixed', () => {
    for (const t of ['Pros: fast, clean UI. Cons: pricing, no SSO.', '好用是好用，就是太贵']) expect(label(t), t).toBe('mixed')
  })
})

describe('what a B2B survey tool hears about its parts', () => {
  it('reads answers that vanished, exports that take forever, charges for removed seats and a component that died as complaints', () => {
    for (const t of ['Survey answers from yesterday just vanished', 'Exports take forever', '删掉的席位上个月还在收费', '更新之后组件直接挂了'])
      expect(label(t), t).toBe('negative')
    // A painting hung on the wall did not crash.
    expect(label('窗户很大，视野开阔，就像墙上挂了幅画')).toBe('positive')
    for (const t of ['昨天挂了两次', '系统挂了一整天']) expect(label(t), t).toBe('negative')
  })
  it('reads a set-up live in an afternoon, in Chinese too, as praise', () => {
    for (const t of ['The setup wizard got us live in an afternoon', '跟着引导半天就上线了', 'It took an afternoon to set up']) expect(label(t), t).toBe('positive')
    // Cheaper than a small expense; the unhappy customers are the ones the product helps answer.
    expect(label('Small team here. It took an afternoon to set up, costs less than our coffee budget, and the Slack alerts mean we reply to unhappy customers the same day.')).toBe('positive')
  })
})

describe('exit reasons that are no fault of ours', () => {
  it('reads low use, an acquisition, a break, a champion who left, no budget and a colleague gone as no verdict', () => {
    for (const t of ['Not using it enough right now', 'Company was acquired, new parent uses something else', 'Just need a break, might come back',
      'The person who championed this left the company', '没有预算了', '负责这个的同事离职了'])
      expect(label(t), t).toBe('neutral')
  })
  it('still reads praise that falls short and a price over budget as complaints', () => {
    for (const t of ['The data was never accurate enough to act on', 'Never good enough for our team', '太贵了，预算不够']) expect(label(t), t).toBe('negative')
  })
})

describe('a rival named as it opens a sentence', () => {
  it('reads a rival offering what we charge for as a complaint: for free, half the price, all of this', () => {
    for (const t of ['Typeform does this for free', 'Qualtrics gives us all of this in our existing contract', 'Google Forms does the same thing for free',
      'SurveyMonkey is half the price', 'Hotjar already does most of this', 'Honestly Tally does this for free'])
      expect(label(t), t).toBe('negative')
  })
  it('leaves words we know, and our own things, to mean what they say', () => {
    for (const t of ['Shipping was free and fast', 'Setup is free and takes minutes', 'Everything is half the price of our old tool'])
      expect(label(t), t).toBe('positive')
  })
})

describe('hours spent, and who answers', () => {
  it('reads a task that takes an hour as slow, a set-up in only an hour as quick', () => {
    expect(label('Reporting is powerful, but building a custom report takes an hour')).toBe('mixed')
    expect(label('Takes only an hour to get started')).toBe('positive')
  })
  it('reads an admin who is not a daily user as no verdict, an assistant that makes up numbers as a complaint', () => {
    expect(label("I'm the admin, not a daily user")).toBe('neutral')
    expect(label('The AI assistant makes up numbers')).toBe('negative')
  })
})
