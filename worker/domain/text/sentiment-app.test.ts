// In-app feedback as people write it: emoji codes, ratings, app complaints and internet slang.
import { describe, expect, it } from 'vitest'
import { replaceEmojiCodes } from './emoji-text.ts'
import { analyzeText } from './index.ts'
import { tokenize } from './tokenize.ts'

const label = (t: string) => analyzeText(t).sentiment.label

describe('emoji codes', () => {
  it('reads the bracket codes of Chinese apps and the shortcodes of Slack and GitHub as the emoji they stand for', () => {
    expect(replaceEmojiCodes('好用[赞][赞]')).toBe('好用 👍  👍 ')
    expect(replaceEmojiCodes('Great :thumbsup: :+1: :Heart:').trim().split(/\s+/)).toEqual(['Great', '👍', '👍', '❤'])
    expect(tokenize('又崩了[怒]', false).map((t) => t.text)).toEqual(['又崩了', '😠'])
  })
  it('leaves unknown codes, brackets and times alone', () => {
    expect(replaceEmojiCodes('[围观] [1] [see docs] 10:30:00 :eyes:')).toBe('[围观] [1] [see docs] 10:30:00 :eyes:')
  })
  it('scores a comment that is only codes, in either script', () => {
    expect(label('[怒][怒]')).toBe('negative')
    expect(label('[哈哈]太好玩了')).toBe('positive')
    expect(label('[淚]又掉線了')).toBe('negative')
    expect(label(':thumbsdown:')).toBe('negative')
  })
  it('never flips an emoji: a negator before it denies a word, not how the writer feels', () => {
    expect(label('客服一直不回[怒]')).toBe('negative')
    expect(analyzeText('doesn’t work 😡').sentiment.score).toBeLessThan(analyzeText('doesn’t work').sentiment.score)
  })
})

describe('emoticons and chat words', () => {
  it('reads Western and Eastern emoticons, in English and in Chinese', () => {
    for (const t of ['XD', ':P', '^_^', '谢谢^_^']) expect(label(t), t).toBe('positive')
    for (const t of [':/', '>:(', '好累T_T', 'Today T_T', ';_;']) expect(label(t), t).toBe('negative')
    // Not inside a link or a word.
    expect(tokenize('see http://x.com/a TTT').some((t) => t.kind === 'emoji')).toBe(false)
  })
  it('knows chat exclamations', () => {
    expect(label('smh')).toBe('negative')
    expect(label('yay!')).toBe('positive')
    expect(label('yikes')).toBe('negative')
    expect(label('woot')).toBe('positive')
    expect(label('Blech.')).toBe('negative')
    expect(label('pretty bummed about the price change')).toBe('negative')
    expect(label('The checkout is a nightmare right now')).toBe('negative')
    for (const t of ["can't stop listening to this album", "just saw the new trailer and i'm so hyped", 'omg this is the cutest thing ever', 'this show cracks me up']) expect(label(t), t).toBe('positive')
    for (const t of ['nobody showed up to my party', 'got rejected from another job, feeling down']) expect(label(t), t).toBe('negative')
    for (const t of ['Hats off to the gate attendant at terminal 3', 'Thank u for coming through for us!', 'No worries, it is sorted']) expect(label(t), t).toBe('positive')
    for (const t of ['Take a page from Delta and answer your customers', 'After 25 years we are officially done']) expect(label(t), t).toBe('negative')
    // Eagerness is a litotes word counts cannot read ("can", "not" and "wait" lean negative in reviews).
    for (const t of ['cannot wait for the weekend!!', "this song is stuck in my head and i'm not even mad", 'got the job!!!']) expect(label(t), t).toBe('positive')
    expect(label('why is everyone so mean today')).toBe('negative')
    for (const t of ['Clean design, no ads, does what I need', '包装严实，一点磕碰都没有']) expect(label(t), t).toBe('positive')
    for (const t of ['Forces you to create an account just to look around', 'Subscription is a rip off', 'Paywall after 3 uses, uninstalled', '用了一周屏幕就出现绿线', '说是全新，结果有使用痕迹'])
      expect(label(t), t).toBe('negative')
  })
  it('reads swearing before a verdict as a degree word, and slang praise as praise', () => {
    for (const t of ['it fucking rocks!!!', 'damn good support', 'The new editor is badass', 'This app kicks ass', "What's not to love?", 'how can you not love this app?']) expect(label(t), t).toBe('positive')
    expect(label('fucking terrible support')).toBe('negative')
    expect(analyzeText('freaking slow').sentiment.score).toBeLessThan(analyzeText('slow').sentiment.score)
    // Alone, a swear word is still a complaint.
    expect(label('this fucking app')).toBe('negative')
  })
  it('reads the shortest follow-up answers', () => {
    for (const t of ['does the trick', "can't fault it", 'keep it up guys', 'nothing to improve really']) expect(label(t), t).toBe('positive')
    expect(label('无力吐槽')).toBe('negative')
  })
})

describe('ratings', () => {
  it('reads a high or low score out of 5 or 10 as a verdict', () => {
    expect(label('10/10')).toBe('positive')
    expect(label('4.5/5 would use again')).toBe('positive')
    expect(label('1/10')).toBe('negative')
  })
  it('reads a score given in Chinese out of ten (给10分, 打1分) as a verdict, not a minute or the middle', () => {
    for (const t of ['就冲这个也给10分', '打九分吧', '9分，晚上十一点还能买到冰淇淋']) expect(label(t), t).toBe('positive')
    expect(label('0分，再也不买了')).toBe('negative')
    expect(label('打1分')).toBe('negative')
    for (const t of ['给我一分钟', '给5分']) expect(label(t), t).toBe('neutral')
  })
  it('leaves dates and middling scores as they are', () => {
    expect(tokenize('on 10/5/2024').some((t) => t.kind === 'emoji')).toBe(false)
    expect(tokenize('3/5').some((t) => t.kind === 'emoji')).toBe(false)
    expect(tokenize('12/10').some((t) => t.kind === 'emoji')).toBe(false)
  })
  it('leaves a day and month or a fraction alone, however low or high it looks', () => {
    const emoji = (t: string) => tokenize(t).some((x) => x.kind === 'emoji')
    expect(emoji('Requested on 2/5, still waiting')).toBe(false)
    expect(emoji('my voucher expires 4/10')).toBe(false)
    expect(emoji('$192 round trip 4/30-5/5')).toBe(false)
    expect(emoji('Flew 2/10 and again 2/15')).toBe(false) // 2/15 can only be a date
    expect(emoji('About 1/10 the perk it used to be')).toBe(false)
    expect(label('3/10 disappointed in the service')).toBe('negative')
    expect(label('Would rate 9/10')).toBe('positive')
  })
})

describe('English app feedback', () => {
  it('reads denying a problem with "never" as praise, but not a warning or a measure of how bad', () => {
    expect(label('Rock solid, never had an issue')).toBe('positive')
    expect(label('Never disappointed')).toBe('positive')
    expect(label('Never seen such bad support')).toBe('negative')
    expect(label('Never had a problem before, but this update broke everything')).toBe('negative')
    expect(label('The refund never arrived')).toBe('negative')
  })
  it('reads a denial cancelled by "without it" as praise: the product is indispensable', () => {
    for (const t of ["Can't imagine working without it", "I couldn't do my job without it", "Can't imagine life without this app"]) expect(label(t), t).toBe('positive')
    // "Without" an obstacle is no praise.
    for (const t of ["Can't log in without resetting my password", "Can't send a message without you following me"]) expect(label(t), t).not.toBe('positive')
  })
  it('reads praise in the past ("used to be good") as a complaint, but not a habit ("get used to")', () => {
    expect(label('It used to be good')).toBe('negative')
    expect(label('Used to love this app')).toBe('negative')
    expect(label('Hard to get used to but great')).toBe('positive')
  })
  it('reads a bare "it\'s ok" as lukewarm, not praise (what a passive writes)', () => {
    expect(label('It\'s ok')).toBe('neutral')
    expect(label("It's fine I guess")).not.toBe('positive')
    expect(label('Too early to say, we launched last week')).toBe('neutral')
    for (const t of ["It's become part of our weekly routine", "Our CSMs actually look forward to Monday's report", 'Your support folks are the reason we renewed']) expect(label(t), t).toBe('positive')
    expect(label('Works fine, support is great')).toBe('positive')
  })
  it('reads praise with a plain "too" complaint after it as mixed: too much of anything is a complaint', () => {
    expect(label('The app is great but too expensive')).toBe('mixed')
    expect(label('Too complicated')).toBe('negative')
  })
  it('reads what NPS respondents write', () => {
    for (const t of ['Been using it for years, no regrets', 'Nothing to complain about', 'Does what it says on the tin', 'Pays for itself']) expect(label(t), t).toBe('positive')
    for (const t of ['Missing basic features like export', 'Too many clicks to do simple things', 'The mobile app is an afterthought', 'Price went up again', 'Notifications are overwhelming'])
      expect(label(t), t).toBe('negative')
  })
  it('knows the words of app complaints and praise', () => {
    for (const t of ['The app drains my battery', 'Ads everywhere', 'The new design is a step backwards', 'Sync is flaky']) expect(label(t), t).toBe('negative')
    for (const t of ['Game changer', 'Saves me hours every week', 'yyds']) expect(label(t), t).toBe('positive')
  })
  it('reads verdicts against expectations and for the long run', () => {
    for (const t of ['Hard to beat at this price', 'Nothing comes close', 'Lives up to the hype', "You've earned a customer for life", 'The update fixed everything'])
      expect(label(t), t).toBe('positive')
    for (const t of ['Fell short of my expectations', "Didn't live up to the hype", "More trouble than it's worth", 'Costs me hours every week', 'You lost a loyal customer', 'Way off', 'I expected a lot more for the money'])
      expect(label(t), t).toBe('negative')
  })
})

describe('Chinese app feedback and internet slang', () => {
  it('reads crashes, clutter, renewals and silent support as complaints', () => {
    for (const t of ['更新之后老是闪退', '广告太多了', '太耗电了', '界面太乱了', '一直转圈圈', '体验很拉胯', '踩雷了，大家避雷', '纯属智商税', '自动续费也不提醒一下', '反应迟钝', '客服消息石沉大海'])
      expect(label(t), t).toBe('negative')
  })
  it('reads an urgent request for a fix as a complaint, not praise of speed', () => {
    expect(label('希望能尽快修复，已经影响工作了')).toBe('negative')
  })
  it('reads lag said with how often or how much as a complaint, and a wish for a lower price as no praise', () => {
    expect(label('经常卡')).toBe('negative')
    expect(label('用着很卡')).toBe('negative')
    expect(label('希望能便宜点')).not.toBe('positive')
  })
  it('reads what Chinese NPS respondents write', () => {
    for (const t of ['大大提高了我们的工作效率', '功能很全面', '没什么可挑剔的', '比之前用的工具好太多了']) expect(label(t), t).toBe('positive')
    for (const t of ['报表功能太弱', '又涨价了', '客服好几天才回复', '在考虑换别的工具', '通知太多了，打扰工作']) expect(label(t), t).toBe('negative')
  })
  it('reads slang praise as praise', () => {
    for (const t of ['绝绝子', '很丝滑', '这个功能太实用了', '用了三年了，离不开', '界面简洁，一目了然', '不卡了，流畅多了'])
      expect(label(t), t).toBe('positive')
    for (const t of ['再也离不开了', '体验拉满', '闭眼入', '稳如老狗', '不踩雷', '客服有问必答', '价格透明', '省了不少时间', '早知道早点买了'])
      expect(label(t), t).toBe('positive')
    for (const t of ['更新完反而更卡了', '低于预期', '花钱买罪受']) expect(label(t), t).toBe('negative')
  })
  it('reads what Chinese B2B customers write about a survey tool', () => {
    for (const t of ['已经成了我们每周例会必看的报表', '终于有一个研发同事不吐槽的问卷工具了', '预警功能这个季度帮我们留住了三个大客户', '中文分析终于准了', '今年做过最对的决定'])
      expect(label(t), t).toBe('positive')
    for (const t of ['每个操作都要多点好几下', '客服回了个模板，根本没看我的问题', '手机上看后台排版全乱了']) expect(label(t), t).toBe('negative')
    expect(label('刚上线一周，还说不好')).toBe('neutral')
    // Words that hold them: a standard room, a courier saying sorry.
    expect(label('标准间很干净')).toBe('positive')
    expect(label('小哥一个劲说不好意思来晚了，包装也好')).not.toBe('neutral')
  })
  it('reads feelings and the quality of goods, whatever was bought', () => {
    for (const t of ['太感人了', '百看不厌', '质量不错，会回购', '做工精细，爱不释手']) expect(label(t), t).toBe('positive')
    for (const t of ['无聊透顶', '剧情拖沓', '买到假货了', '洗了一次就掉色', '浪费时间']) expect(label(t), t).toBe('negative')
    // 假的 ("fake") is no entry: it stands inside 度假的 ("on holiday").
    expect(label('来度假的人很多')).toBe('neutral')
  })
  it('reads everyday posts: relief, excitement, a favour, effort not wasted; going too far', () => {
    for (const t of ['终于考完试了，解放啦', '孩子第一次叫妈妈，激动得哭了', '这部剧越看越上头', '同事帮了大忙', '升职了，努力没有白费']) expect(label(t), t).toBe('positive')
    for (const t of ['房东突然涨房租，太过分了', '电影看了一半就想走']) expect(label(t), t).toBe('negative')
  })
  it('reads goods that arrive spoiled, near their date or used as complaints, and none spoiled as praise', () => {
    for (const t of ['热水器用了不到一个月就漏水', '牛奶快过期了才发货', '书有折痕，像是二手的']) expect(label(t), t).toBe('negative')
    for (const t of ['包装严实，没有一个坏果', '送给爸妈的，他们说很好用']) expect(label(t), t).toBe('positive')
    // A verb before 不到 keeps it a negator: the hotel does not reach its stars.
    expect(label('服务达不到五星的水准')).toBe('negative')
  })
  it('reads the idioms of English product reviews', () => {
    for (const t of ["My kids haven't put this book down all week.", "The location can't be beat.", 'The plot twist blew my mind.', "I've washed it a dozen times and it still looks new."])
      expect(label(t), t).toBe('positive')
    for (const t of ['I expected more for this price.', 'The book is full of typos.']) expect(label(t), t).toBe('negative')
    for (const t of ['I was on the edge of my seat.', 'The kids were glued to the screen.']) expect(label(t), t).toBe('positive')
    for (const t of ['I fell asleep halfway through.', 'The characters are paper thin.', 'The trailer was better than the movie.']) expect(label(t), t).toBe('negative')
    for (const t of ['I was hooked from the first scene', 'an instant classic']) expect(label(t), t).toBe('positive')
    for (const t of ['it never rises above its sitcom roots', 'an exercise in tedium', "it's hard to care about any of these characters", 'The acting was so wooden I started checking my phone'])
      expect(label(t), t).toBe('negative')
    // Only a book or game one could not leave: "did not put the phone down" is no praise.
    expect(label('I did not put the phone down')).not.toBe('positive')
  })
  it('keeps words that are food on a delivery order neutral ("牛肉" is beef, not 牛 "awesome")', () => {
    expect(analyzeText('牛肉').sentiment.label).toBe('neutral')
  })
})

describe('"they" in Chinese', () => {
  it('reads praise of 人家 as a rival\'s where the answer left for one, and as our staff\'s elsewhere', () => {
    for (const t of ['轉咗用ClassPass，人哋book堂兩秒搞掂，你哋要撳成十下', '已经搬到有赞了，人家小程序商城一键生成，你们这还要自己折腾半天'])
      expect(analyzeText(t).sentiment.label, t).toBe('negative')
    expect(analyzeText('等了三天才打来，不过人家处理得挺利索，还补了50话费').sentiment.label).toBe('mixed')
  })
})

describe('Cantonese praise, ads and tries counted', () => {
  it('reads a lone 正 as praise, not 正 inside a word', () => {
    for (const t of ['正！', '正！HKTV冇貨呢度有']) expect(analyzeText(t).sentiment.label, t).toBe('positive')
    expect(analyzeText('正在处理中').sentiment.label).toBe('neutral')
  })
  it('reads ads paid past, tries counted and a quoted idiom after 好嘢 as complaints; "usually how many days" as a question', () => {
    for (const t of ['好棒喔，付了年費還是一堆廣告', '人脸识别每次都要试三四次才过', '好嘢，又加價，真係「物超所值」😊']) expect(analyzeText(t).sentiment.label, t).toBe('negative')
    for (const t of ['理财产品赎回一般几天到账？', '办公室装修预算被老板冻结了，明年再说']) expect(analyzeText(t).sentiment.label, t).toBe('neutral')
  })
})

describe('Chinese exits, declines and failures said in chat', () => {
  it('reads a declined save offer and exits for the customer\'s own reasons as no verdict', () => {
    for (const t of ['孩子考完十级了暂时不学了，优惠就不用了谢谢', '优惠就算了，主要是孩子自己不想学了', '公司没了，不需要工位了', '店面转让了，不干了',
      '貓咪已經送養給朋友了，所以取消', '冇乜意見', '公司縮減開支，老細唔批budget，冇計']) expect(label(t), t).toBe('neutral')
    // The offer turned down is no praise, and the reason given still counts.
    expect(label('八折就算了，太贵了')).toBe('negative')
  })
  it('reads lag like a slideshow, a till down again and a battery eaten as complaints; never dropped and no worry as praise', () => {
    for (const t of ['陪练视频卡成ppt，孩子弹到一半画面就定住', '收銀系統又當了！！週末尖峰時段耶！！', '個app好食電，上一堂課iPad冇咗40%電', '隔籬枱成日講電話講到好大聲，同職員講咗三次都冇人理'])
      expect(label(t), t).toBe('negative')
    for (const t of ['用了一年数据从来没断过，每天看看发电量还挺有成就感', '個櫃24小時都攞得，放工夜晚返嚟都唔怕', '实施顾问上门教了一下午，服务员第二天就上手了'])
      expect(label(t), t).toBe('positive')
  })
})
