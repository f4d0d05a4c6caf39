// Answers as people write them in telehealth, insurance, camera, e-signature, audiobook, cloud-drive,
// online-course, ride-hailing and smart-home surveys: how they echo the question, count what went
// wrong, swear, code-switch, and give a reason that blames nobody.
import { describe, expect, it } from 'vitest'
import { analyzeText } from './index.ts'

const label = (t: string) => analyzeText(t).sentiment.label

describe('what went wrong, counted', () => {
  it('reads a wait with its count written onto the unit, transfers and messages by the day as complaints', () => {
    for (const t of ['waited 1hr 20 min on chat, only to be told to clear my cache', 'waited 45mins for an agent', 'it took 3 transfers to get to someone who could help', 'I get 10 emails a day from you'])
      expect(label(t), t).toBe('negative')
    // Not a count of messages: surveys by the day, and a reply in ten minutes is still prompt.
    expect(label('There are 3 surveys in a day')).toBe('neutral')
    expect(label('got a reply in 10mins')).toBe('positive')
  })
  it('reads messages that keep coming after unsubscribing as a complaint', () => {
    for (const t of ['I unsubscribed and still get emails', 'unsubscribed twice, still getting them']) expect(label(t), t).toBe('negative')
  })
})

describe('how answers are said', () => {
  it('reads the question said back as no praise, and the answer after it', () => {
    expect(label('how easy? not at all. the upload kept failing on anything over 10mb')).toBe('negative')
    expect(label('how easy was it? pretty easy')).toBe('positive')
  })
  it('reads "as hell" and "af" as strengthening the word before, whichever way it leans', () => {
    expect(label('fast af')).toBe('positive')
    expect(label('the app is buggy as hell')).toBe('negative')
    expect(label('Doctors are great, the app is buggy as hell')).toBe('mixed')
  })
  it('reads a dash as parting clauses, so a negator before it flips nothing after it', () => {
    expect(label('The doctor was lovely. The billing was not - charged twice for one appointment and the refund took 12 days.')).toBe('mixed')
  })
  it('reads Hinglish verdicts', () => {
    expect(label('bahut bekaar experience, doctor was 25 min late')).toBe('negative')
    expect(label('accha hai')).toBe('positive')
    expect(label('badhiya service')).toBe('positive')
  })
  it('reads British "sorted", "only to be told" and "cool cool cool"', () => {
    expect(label('Support sorted my refund in one reply, thanks Priya!')).toBe('positive')
    expect(label('3 emails to support, zero replies. cool cool cool')).toBe('negative')
  })
  it('reads praise alone closing a Chinese complaint as sarcasm', () => {
    for (const t of ['打开app转圈半分钟，等它加载好我都走到了，真棒👍', '挂号页面一到8点准时崩，抢了五天专家号一个没抢到，绝了', '开了超级会员下载还是几百K，那我这钱交了个寂寞？', '门锁APP显示已上锁，回家一看门大开着，这谁还敢用'])
      expect(label(t), t).toBe('negative')
    for (const t of ['这次改版下单少了一步，好评', '这个价格能有这体验，没啥好挑的了']) expect(label(t), t).toBe('positive')
  })
})

describe('us against a rival, and a price only supposed', () => {
  it('reads a comparative before a name, with no name before it, as ours', () => {
    expect(label('cheaper than DocuSign but missing bulk send, which we kind of need')).toBe('mixed')
    expect(label('way faster than Zendesk')).toBe('positive')
    expect(label('HubSpot was cheaper than you')).toBe('negative')
  })
  it('reads a Latin name before 同一/同样的 as a rival whose clause praises it', () => {
    expect(label('Uber 同一段路便宜快一百，你們的價格是怎樣')).toBe('negative')
    expect(label('APP同样的功能很好用')).toBe('positive')
  })
  it('reads a fall in price only supposed as a complaint, and a rise supposed as no verdict', () => {
    expect(label('Would stay if the price was lower, honestly the app itself is great')).toBe('mixed')
    expect(label('the price was lower than last year')).toBe('positive')
  })
})

describe('reasons that blame nobody', () => {
  it('reads a decision above the writer, a trial undecided and falling ill as no verdict', () => {
    for (const t of ['My company is switching everyone to Adobe Sign, not my call.', 'did the 7 day trial to try it out, not ready to commit yet', "gave a 6 because I haven't really used it enough to say",
      'I only use it once or twice a year when the kids get sick.', 'Not leaving because of anything you did. We merged with another practice.', '公司统一买了企业版，个人的就不续了', '冇嘢補充', '請問有沒有辦法設定不同家人的權限？'])
      expect(label(t), t).toBe('neutral')
    // A switch the whole company made, with no complaint about us, is an exit that blames nobody (as
    // 公司统一买了企业版 above); leaving for a rival because of a fault, or being sick of something, complains.
    expect(label('公司统一换阿里云盘了，这边就不续了')).toBe('neutral')
    expect(label('换阿里云盘了，你们同步太慢')).toBe('negative')
    expect(label("I'm sick of the ads")).toBe('negative')
  })
})

describe('answers from neobanks, meal kits, charging and job apps', () => {
  it('reads sarcasm: a word in single scare quotes, the upside-down face, a price rise greeted, 好嘢 and 好棒 opening a complaint', () => {
    for (const t of ["Great, another 'improvement' nobody asked for 🙃", 'oh great another price rise, love that for me', '好嘢，更新完連登入都登入唔到，真係多謝晒', '好棒喔，面試通知寄到垃圾信件匣，等我看到公司已經錄取別人了呢👏'])
      expect(label(t), t).toBe('negative')
    // An apostrophe is no quote, and the rest being nice after a complaint is no sarcasm.
    expect(label("it's the best app i've used")).toBe('positive')
    expect(label('番茄醬撒了QAQ,其他nice')).not.toBe('negative')
  })
  it('reads service that followed up, what never went down and wishing one had switched sooner as praise', () => {
    for (const t of ['never had it go down once in 3 years', "switched from lastpass after the breach and honestly wish i'd done it sooner", '10分 用了两年了没出过岔子', '挺好的 没啥毛病', '车机语音识别真的绝了，说四川话都能听懂', '比之前用的威力導演好上手太多了'])
      expect(label(t), t).toBe('positive')
    expect(label('Support is top notch but $12/user/month is steep for a 3-person studio')).toBe('mixed')
  })
  it('reads what food arrived as, a slow screen in secs, can\'t-hold-it slang and who can afford it as complaints', () => {
    for (const t of ['half my veggies arrived mushy and the chicken was warm. ice packs fully melted', 'gantt view takes like 20 sec to load', '蚌埠住了，导出到99%直接崩，20分钟白等', 'WeMo 漲成這樣誰騎得起，我去騎 GoShare 了，掰', 'new design is a downgrade. where did the transfer button go'])
      expect(label(t), t).toBe('negative')
  })
  it('reads a question with 吗, a feature asked for, funding ended and a job taken as no verdict', () => {
    for (const t of ['充电的电子发票可以合并开吗', '請問年費方案可以改成月繳嗎？', '能不能加个用药提醒，每天定时提醒吃药那种，老人家因该挺需要的', 'Taking a break for the summer, will probably be back in September',
      'Just cooking less these days, living alone now.', 'Ticket closed as resolved.'])
      expect(label(t), t).toBe('neutral')
    expect(label('Ticket #48213 closed as resolved. It is not resolved.')).toBe('negative')
  })
})

describe('a reservation the rules cannot read', () => {
  it('reads praise, a contrast and words that name no verdict as mixed', () => {
    for (const t of ['new editor layout is cleaner but where tf did the fade button go', 'better filters than Indeed honestly, but half the listings are expired', '介面很乾淨，但統計報表太陽春，年底報稅還是得自己整理'])
      expect(label(t), t).toBe('mixed')
    // Not a tail ("but yeah"), nor a reason that gives no verdict, nor praise summed up after the contrast.
    for (const t of ['great app but yeah', '50% off is nice but we really just don\'t need it anymore']) expect(label(t), t).not.toBe('mixed')
    expect(label('小孩的卡在便利商店刷不過')).toBe('negative')
  })
})

describe('exit flows and save offers', () => {
  it('reads offers taken gladly, a plan switched within the product and "ill"/"id" typed for I\'ll/I\'d', () => {
    for (const t of ['ok 50% off for 3 months, yes please!', 'aww ok you got me, ill stay 😂', 'yes to the downgrade, free tier is enough for me tbh', '哇送三个月 那我留下了hhh', '首月免费然后每月15？可以可以，不走了', '年付打六折？那我直接换年付'])
      expect(label(t), t).toBe('positive')
    expect(label('fine, ill take the free month')).not.toBe('mixed')
    expect(label('I feel ill')).toBe('negative')
  })
  it('reads a question about being charged, a reason that blames nobody and not now as no verdict', () => {
    for (const t of ['if i pause will i still get charged?', 'not right now, maybe later', 'boss froze the budget for all subscriptions till Q3', 'any plans for a linux client? would come back if so', '送的那个月到期会自动扣费吗', '暫停咗之後會唔會自動再扣錢？',
      '不是你們的問題。公司今年預算凍結，老闆一刀切把所有SaaS訂閱都停了。', '家裡已經有人訂了，共用就好'])
      expect(label(t), t).toBe('neutral')
  })
  it('reads sarcastic thanks, stingier rewards, charging on time and records all gone as complaints', () => {
    for (const t of ['感谢自动续费，又让我白交了一年的钱呢👍', '会员红包越来越抠，以前满30减5，现在满40减3，开着有啥意思', '扣款很準時，其他什麼都慢', '客服回信要等五天，誰等得了', 'new design is a downgrade'])
      expect(label(t), t).toBe('negative')
    // Praise, then a reason of one's own use, is no reservation.
    for (const t of ['好正，不過我冇乜時間睇', '還不錯啦 只是最近比較少用']) expect(label(t), t).toBe('positive')
  })
})

describe('questions and gripes about the survey', () => {
  it('reads a polite question (请问, 有没有) with a passing word of why, and a gripe about the survey itself, as no verdict', () => {
    for (const t of ['请问下单后一般多久发货？', '請問有沒有自訂合約範本的教學影片可以參考？', '请问多门店版本怎么收费？官网上没写', '问卷也太长了吧，这都第几题了', 'this survey is longer than my actual support chat was'])
      expect(label(t), t).toBe('neutral')
    // Rhetorical questions still complain.
    for (const t of ['能不能快点？', '有没有搞错？', '这样合理吗？']) expect(label(t), t).toBe('negative')
  })
})

describe('after a ticket, and from admins of business software', () => {
  it('reads a reason said to be no fault of ours as no verdict, however it is told', () => {
    for (const t of ["Cancelling because we're moving to Spain, nothing to do with the service.", 'switching to Quikbooks bc head office uses it, not a reflection on you guys', '明年预算还没批，续不续要等老板拍板', 'SSO 可以支援 Azure AD 嗎？', '幾時先可以同 Teams 連埋一齊用？'])
      expect(label(t), t).toBe('neutral')
  })
  it('reads being hung up on, invoices written wrong and being treated as a sucker as complaints, money back as praise', () => {
    for (const t of ['Agent hung up on me.', '发票开错三次了，抬头都能写错，财务快疯了', '續約一加就加三成，當我哋水魚咩？', 'changed my plan fine but now i get 3 marketing emails a day']) expect(label(t), t).toBe('negative')
    for (const t of ['refund came through the next day', '續約時業務主動幫我們爭取到八折，很有誠意']) expect(label(t), t).toBe('positive')
    expect(label('bug挺多的，不过每次反馈客服响应都很快，修得也快')).toBe('mixed')
  })
})

describe('short phone answers', () => {
  it('reads slang and what a reply took in days', () => {
    for (const t of ['goated 🐐', '50% off? ok im staying 😅', 'Honestly the only banking app that doesn\'t make me want to throw my phone.', 'The little tutorial at the start was actually helpful']) expect(label(t), t).toBe('positive')
    for (const t of ['the ick fr', 'support ghosted me', 'Support took 4 days to reply']) expect(label(t), t).toBe('negative')
    for (const t of ['I gave a 7 because I don\'t really use it that much.', 'how do i turn off emails', 'no thanks, just cancel']) expect(label(t), t).toBe('neutral')
  })
})

describe('rentals, trading and booking apps', () => {
  it('reads no queue and a rental done as praise, steps counted and a withdrawal pending as complaints, a reason with nothing against us as no verdict', () => {
    for (const t of ['Pickup took 5 minutes with the digital key, no counter, no line. Would rent again.', '正！下次再用']) expect(label(t), t).toBe('positive')
    for (const t of ['took 9 steps and 3 logins to share one password with a new hire', 'Withdrawals have been pending for 6 days.', '$14.99 a month for breathing exercises? lol no', '手机发烫，电掉得飞快，打一局掉20%', '房源照片和实际完全两回事'])
      expect(label(t), t).toBe('negative')
    for (const t of ["We're closing the office at the end of the month and the team is being let go, so we won't be renewing. Nothing against the product.", 'My manager froze all software spend until Q3.', '換工作了，新公司有提供EAP諮商，所以先不續了'])
      expect(label(t), t).toBe('neutral')
  })
})

describe('scores said first, chores spared, pains that stopped (read from h78/h79)', () => {
  it('reads full marks or a top score opening the answer as praise, even before "the"', () => {
    // A low rating that ends its sentence is one all the same (a version number is not).
    for (const t of ['2/10.', 'Honestly 2/10. The app is what it is.']) expect(label(t), t).toBe('negative')
    for (const t of ['10/10 the new rota screen saves me an hour a week', '9 - does the job, no complaints', '10: refunds land the same day']) expect(label(t), t).toBe('positive')
    // Not a time, a range or a list item.
    expect(label('9:30 class got cancelled again')).toBe('negative')
    expect(label('1/10 the price of the big brands and twice as good')).toBe('positive')
  })
  it('reads wishing one had started years ago, a chore not even needed and "genius" as praise; not a wish to have cancelled', () => {
    for (const t of ["wish we'd signed up years ago, payroll takes minutes now", 'paid the parking in seconds, didnt even need to find a machine', 'the auto-pause feature is honestly genius']) expect(label(t), t).toBe('positive')
    expect(label('wish i had cancelled years ago')).toBe('negative')
  })
  it('reads leave requested or booked in an HR tool as time off, not a customer leaving', () => {
    expect(label('the team loves booking annual leave from their phones')).toBe('positive')
  })
  it('reads a question whose only warmth is a thank-you as a question, keeping its lean', () => {
    const a = analyzeText('could the invoices go to a second email too? thanks').sentiment
    expect(a.label).toBe('neutral')
    expect(a.score).toBeGreaterThan(0)
  })
  it('reads 再也没, 不会再 before a pain, past a happening (跳一堆), as relief; before nothing bad, as before', () => {
    for (const t of ['用了这个闹钟再也没错过早班车', '新版筛选准多了，不会再弹一堆不相关的商品', '更新以后不会再出现闪退了']) expect(label(t), t).toBe('positive')
    expect(label('再也不会来了')).toBe('negative')
  })
  it('reads 是不是有点 as asserting what follows, money wasted, charges in full for nothing, prices raised at will as complaints', () => {
    for (const t of ['八点就开始推送，是不是有点过分', '会员费花得真冤，啥也没用上', '直播卡了一晚上，会员费倒是扣得一分不少', '说涨就涨，也不提前说']) expect(label(t), t).toBe('negative')
  })
  it('reads a reason set by school or work, no particular feeling, and "if needed I will be back" as no verdict', () => {
    for (const t of ['公司不让装外部软件，只能先停了', '还行吧，没什么特别感觉', '孩子病好了，有需要再回来']) expect(label(t), t).toBe('neutral')
  })
  it('reads renewing when asked and goodwill up as praise; taps counted in Cantonese as a complaint', () => {
    for (const t of ['好啦，帮我续一年吧', '客服主动打电话帮我处理，好感度大增']) expect(label(t), t).toBe('positive')
    expect(label('改個地址要撳五六下，煩')).toBe('negative')
  })
})

describe('a rival nearby, time won back, irony that closes, and reasons with nobody to blame', () => {
  it('reads an unnamed business down the road that is cheaper, and "love that for me" after a loss, as complaints', () => {
    for (const t of ['the gym round the corner is cheaper and its showers actually work', 'great, the sync deleted my saved playlists. love that for me', 'oh great, the update wiped my saved routes. love that for me', 'bandwidth drops to like 3mbps every evening', '£12 booking fee on a £30 lesson, robbery'])
      expect(label(t), t).toBe('negative')
  })
  it('reads minutes instead of a whole day, a doubt at first, waste cut in half and loyalty with a negator as praise', () => {
    for (const t of ['invoicing takes me 5 minutes now instead of a whole afternoon', 'I was sceptical at first but it has cut our paperwork in half', 'honestly wouldnt use anything else', 'the teachers are so patient with my son'])
      expect(label(t), t).toBe('positive')
  })
  it('holds both where a rival wins one thing and we win another', () => {
    expect(label('Homebase was easier to learn tbh but yours does rotas way better')).toBe('mixed')
  })
  it('reads doing less of what it serves, or getting one free through work, as no verdict', () => {
    for (const t of ['not decorating as much these days so nothing to sell', 'my wife gets a gym membership free through work now']) expect(label(t), t).toBe('neutral')
  })
})

describe('a fault put right in passing, thanks after sarcasm, staff who understand', () => {
  it('reads "got my broken X fixed" and understanding staff as praise', () => {
    for (const t of ['the chat team got my broken invoice export fixed in an hour, lifesavers', 'had the cracked lens replaced the next day', 'we had to move the date three times and the planners were so understanding'])
      expect(label(t), t).toBe('positive')
  })
  it('reads bare thanks after a sarcastic sentence as more of it, and not after a plain request', () => {
    expect(label('oh great, another update and now the thermostat says 30 degrees. thanks guys')).toBe('negative')
    expect(label('please send the missing parcel again. thanks!')).not.toBe('negative')
  })
  it('reads a fine the app should have prevented as a complaint, and a care home or the weather as no verdict', () => {
    expect(label('the app said I had paid, got a fine anyway. £60. brilliant.')).toBe('negative')
    for (const t of ['Dad has moved into a nursing home now', 'weather was terrible so we stayed home all summer']) expect(label(t), t).toBe('neutral')
  })
})

describe('a third read: surprises, fears answered, sarcasm held for a sentence, reasons of one\'s own', () => {
  it('reads a pleasant surprise, a fear answered "not at all", "worth every penny" and a life changed as praise', () => {
    for (const t of ['never thought i would enjoy meditating this much', 'was worried it would be a ripoff but not at all, worth every penny', 'the coach genuinely changed my life', 'the call never dropped once on the trip'])
      expect(label(t), t).toBe('positive')
  })
  it('reads "oh good," before the same thing again, a praise word alone before "again", and the same meal weeks running as complaints', () => {
    for (const t of ['oh good, lentils again.', 'Brilliant. The app logged me out again.', 'pasta bake third week in a row'])
      expect(label(t), t).toBe('negative')
    expect(label('Great. The new update is fast.')).toBe('positive')
  })
  it('keeps a praise word that closes a fault put right: "refunded it in 5 minutes. super"', () => {
    expect(label('I was charged twice for one class, the chat refunded it in like 5 minutes. super')).toBe('positive')
  })
  it('reads an employer\'s phone, living alone, a bike stolen and "no, that\'s all" as no verdict', () => {
    for (const t of ['work gives me a phone now', 'i live alone now so no need', 'my bike got stolen so nothing left to service', 'no thats all', "thanks for the 20% off but i don't have any trips planned"])
      expect(label(t), t).toBe('neutral')
  })
})
