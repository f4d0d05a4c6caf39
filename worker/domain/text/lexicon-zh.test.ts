import { describe, expect, it } from 'vitest'
import { ZH_CONCESSIVE, ZH_CONTRAST, ZH_DEGREE, ZH_LEXICON, ZH_MAX_WORD, ZH_NEGATORS, ZH_QUESTION, ZH_REQUEST, ZH_RESERVATION } from './lexicon-zh.ts'
import { analyzeText } from './index.ts'
import { toSimplified } from './normalize.ts'

const entries = () => [...ZH_LEXICON.keys(), ...ZH_NEGATORS.keys(), ...ZH_DEGREE.keys(), ...ZH_CONTRAST, ...ZH_CONCESSIVE, ...ZH_RESERVATION, ...ZH_QUESTION, ...ZH_REQUEST]

describe('Chinese word lists', () => {
  it('hold no entry longer than the matcher tries (提高了工作效率 never matched)', () => {
    expect(entries().filter((w) => /\p{Script=Han}/u.test(w) && w.length > ZH_MAX_WORD)).toEqual([])
  })
  it('hold Chinese only: the matcher reads a Han run apart from the Latin words beside it (卡成ppt never matched)', () => {
    expect(entries().filter((w) => /\p{Script=Han}/u.test(w) && /[^\p{Script=Han}]/u.test(w))).toEqual([])
  })
  it('read an English fault written into a Chinese clause as the Chinese word', () => {
    for (const t of ['新版本修复了bug', '这次更新修好了BUG']) expect(analyzeText(t).sentiment.label, t).toBe('positive')
    for (const t of ['卡成PPT', '一打开就卡成ppt了', '一堆bug']) expect(analyzeText(t).sentiment.label, t).toBe('negative')
  })
  it('write every entry as comments read after mapping to Simplified (毁原著 is read as 毁原着, so an entry 毁原著 never matched)', () => {
    expect(entries().filter((w) => toSimplified(w) !== w)).toEqual([])
  })
})

describe('Chinese words that hold others', () => {
  it('reads praise that opens with 不 as praise: its 不 denies nothing after it', () => {
    for (const t of ['这是一本不可多得的好书', '真是一本让人拿起来就不忍放下的好书', '不容错过的好电影']) expect(analyzeText(t).sentiment.label, t).toBe('positive')
  })
  it('reads 生的 as raw food only where no word holds its 生', () => {
    expect(analyzeText('鸡肉是生的').sentiment.label).toBe('negative')
    expect(analyzeText('本书阐述了近代发生的重大历史事件').sentiment.score).toBe(0)
  })
  it('reads 太多了 after praise as "far more", not "too many"', () => {
    for (const t of ['比之前用的那个好用太多了', '比以前快太多了']) expect(analyzeText(t).sentiment.label, t).toBe('positive')
    expect(analyzeText('广告太多了').sentiment.label).toBe('negative')
    // Having left is the verdict, whatever the rival does better.
    expect(analyzeText('已经换成别家了').sentiment.label).toBe('negative')
    expect(analyzeText('价格对小团队来说太高了').sentiment.label).toBe('negative')
    expect(analyzeText('UI太丑了').sentiment.label).toBe('negative')
    expect(analyzeText('介面很直覺，操作起來很順').sentiment.label).toBe('positive')
    for (const t of ['送货神速，多谢师傅', '已经养成习惯在他们家订饭', '能和真人沟通，很安心']) expect(analyzeText(t).sentiment.label, t).toBe('positive')
    for (const t of ['卡在国外被冻结了，解冻花了两天', '上课的时候视频一直缓冲', '智能客服就是个摆设', '说是商务房间结果安排在一楼，如何让商务客人安心休息？']) expect(analyzeText(t).sentiment.label, t).toBe('negative')
    expect(analyzeText('对比了好几家，最后选了这个，没后悔').sentiment.label).toBe('positive')
    for (const t of ['发票要等一个月才开', '和企业微信的集成经常断']) expect(analyzeText(t).sentiment.label, t).toBe('negative')
    // A fault that keeps happening is no minor reservation; a wish that keeps on is no fault.
    expect(analyzeText('客服很好，就是系统经常闪退').sentiment.label).toBe('mixed')
    for (const t of ['还可以，就是总是卡', '接口老是限流']) expect(analyzeText(t).sentiment.label, t).toBe('negative')
    // 挺好的 is praise, not the faint 还可以: turned from, it holds both (leaning to the gripe).
    for (const t of ['挺好的，就是老是掉线', '态度是挺好的，但问题到现在也没解决啊']) {
      expect(analyzeText(t).sentiment.label, t).toBe('mixed')
      expect(analyzeText(t).sentiment.score, t).toBeLessThan(0)
    }
    // A mild reservation holds both sides (mixed), but weighs little on the score.
    expect(analyzeText('菜很好吃，就是有点咸').sentiment.label).toBe('mixed')
    expect(analyzeText('菜很好吃，就是有点咸').sentiment.score).toBeGreaterThan(0.5)
    expect(analyzeText('上手很快，半天就全员用起来了').sentiment.label).toBe('positive')
    // Posts.
    for (const t of ['笑死我了，这个博主太有才了', '中奖啦！运气爆棚', '心情美美哒']) expect(analyzeText(t).sentiment.label, t).toBe('positive')
    for (const t of ['看完心情很沉重，三观尽毁', '手机掉厕所了，我想静静']) expect(analyzeText(t).sentiment.label, t).toBe('negative')
    // Cantonese, as Hong Kong writes it.
    for (const t of ['服務唔錯', '好正，好易用', '冇問題，好穩定', '抵用，推介', '好用到不行']) expect(analyzeText(t).sentiment.label, t).toBe('positive')
    for (const t of ['唔好用，成日死機', '客服冇人覆', '太貴啦，唔抵', '等咗好耐都未到', '難用到不行']) expect(analyzeText(t).sentiment.label, t).toBe('negative')
    // 摆设 alone is a room's furnishings.
    expect(analyzeText('房间的摆设很漂亮').sentiment.label).toBe('positive')
  })
  it('reads 美 after a degree word as beauty, and leaves words that hold 美 to their own reading', () => {
    expect(analyzeText('周末和朋友去爬山，风景超美').sentiment.label).toBe('positive')
    expect(analyzeText('非常美式的早餐').sentiment.score).toBe(0)
  })
  it('reads seeing a film again as praise, and not having used it yet as no verdict', () => {
    expect(analyzeText('三刷了，每次都有新发现').sentiment.label).toBe('positive')
    for (const t of ['还没开始用，等用了再来评价', '刚买还没试，过几天再评价']) expect(analyzeText(t).sentiment.label, t).toBe('neutral')
  })
})

describe('peace of mind, a lowball offer, bought thin air, and no view yet (h75)', () => {
  it('reads them as their writers did', () => {
    expect(analyzeText('医生几分钟就回了，说得很细，心里踏实多了').sentiment.label).toBe('positive')
    for (const t of ['同一款包，在别的平台多卖了一千多，你们压价也太狠了', '想看的剧全在别家，还续个啥，已经转投腾讯视频了', '4K只有超级会员能看，有种买了个寂寞的感觉'])
      expect(analyzeText(t).sentiment.label, t).toBe('negative')
    for (const t of ['没想好', '冇所謂', '轉咗去跟私家教車師傅學，唔係你哋問題']) expect(analyzeText(t).sentiment.label, t).toBe('neutral')
  })
})

describe('Chinese answers: drops every few days, "you call this…?", latency falling, quitting a hobby', () => {
  it('reads frequent drops, a rhetorical "you call this", a wrong sum, sarcastic thanks and a workaround faster than the app as complaints', () => {
    for (const t of ['网三天两头断，你们管这叫会员服务？', '又算错了我的加班费！！', '真是谢谢你们喔，升级完直接打不开', '找个发票要点四五层，最后还是直接打电话问比较快'])
      expect(analyzeText(t).sentiment.label, t).toBe('negative')
  })
  it('reads latency falling, and smooth for the first time, as praise; quitting a hobby as no verdict', () => {
    for (const t of ['看直播延迟从300降到50 太爽了', '第一次这么顺利，感动']) expect(analyzeText(t).sentiment.label, t).toBe('positive')
    expect(analyzeText('钓鱼退坑了').sentiment.label).toBe('neutral')
  })
})

describe('Chinese answers, a second read: 倒是, tears that are joy, a fault put right, chores', () => {
  it('holds both where 倒是 concedes praise after a fault', () => {
    expect(analyzeText('装了两个小时才装好，说明书像天书，用起来倒是挺顺手').sentiment.label).toBe('mixed')
  })
  it('reads tears after 哭了, a parcel re-sent with the fee refunded, less queueing and a child doing chores as praise', () => {
    for (const t of ['照片书印得超出预期，送给外婆，她看到哭了😭', '少发了一件，客服当天就补寄了还退了运费，这服务可以👍', '排队时间预测挺准的，少排了好多队', '任务打卡很好用，女儿为了零花钱主动倒垃圾😂'])
      expect(analyzeText(t).sentiment.label, t).toBe('positive')
  })
  it('reads frequent drops in Taiwan wording, a much higher price and a price gone from one figure to another as complaints', () => {
    for (const t of ['耳機三不五時就斷線，每次都要重新配對', '比超市贵了不少', '会员从30涨到45，不续了']) expect(analyzeText(t).sentiment.label, t).toBe('negative')
  })
  it('reads a child grown out of it and no snow this year as no verdict', () => {
    for (const t of ['個女大咗，唔再用小朋友嘅app', '今年冇乜雪，唔去喇']) expect(analyzeText(t).sentiment.label, t).toBe('neutral')
  })
})

describe('Chinese answers, a third read: stuck as soon as, bought for someone else', () => {
  it('reads stuck as soon as it starts, gold to eat and a dozen tries as complaints', () => {
    for (const t of ['一到晚上就卡，字都看不清', '一个小蛋糕三百多 吃的是金子吗', '开锁扫了十几次才开'])
      expect(analyzeText(t).sentiment.label, t).toBe('negative')
  })
  it('reads accurate, easy on the eye and a free repair arranged as praise; bought for mum and a shop closed as no verdict', () => {
    for (const t of ['心率监测蛮准的', '新版界面顺眼多了，一下就找到', '修完还是有问题，客服直接安排免费返修，这点服气']) expect(analyzeText(t).sentiment.label, t).toBe('positive')
    for (const t of ['買咗俾阿爸用，我自己冇戴', '間舖收咗，唔使再記數']) expect(analyzeText(t).sentiment.label, t).toBe('neutral')
  })
})
