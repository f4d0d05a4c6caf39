import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY, type TopicDef } from './taxonomy.ts'
import { learningFeatures } from './features.ts'
import { ALL_TOPICS_LABEL, labelIncrements, modelFromRows } from './model.ts'
import { matchTopics, topicScores, TOPIC_BLEND } from './topics.ts'

const ids = (text: string, tax: TopicDef[] = DEFAULT_TAXONOMY) => matchTopics(text, tax).map((t) => t.id)
const sortedIds = (text: string) => ids(text).sort()

describe('topics', () => {
  it('matches English keywords on stems and phrases', () => {
    expect(ids('The app crashed twice and is way too expensive')).toEqual(expect.arrayContaining(['reliability', 'pricing']))
    const m = matchTopics('I was double charged on my credit card', DEFAULT_TAXONOMY).find((t) => t.id === 'billing')
    expect(m?.matches).toEqual(expect.arrayContaining(['credit card']))
    expect(m!.confidence).toBeGreaterThan(0.5)
  })
  it('matches Simplified and Traditional Chinese', () => {
    expect(ids('客服一直不回复')).toContain('support')
    expect(ids('價格太貴了')).toContain('pricing')
    expect(ids('这个月扣了两次钱')).toContain('billing')
  })
  it('files app complaints under the topic a product team would', () => {
    const cases: [string, string][] = [
      ['太耗电了', 'performance'], ['一直转圈圈', 'performance'], ['The app drains my battery', 'performance'], ['Spinning wheel forever', 'performance'],
      ['无语，又崩了', 'reliability'], ['登录不上去', 'reliability'], ['数据全丢了', 'reliability'], ['Lost all my data after syncing', 'reliability'], ['I keep getting logged out', 'reliability'],
      ['广告太多了', 'communication'], ['Ads everywhere', 'communication'], ['纯属智商税', 'pricing'], ['心累，找个导出按钮找半天', 'usability'],
      ['又涨价了', 'pricing'], ['一点都不直观', 'usability'], ['Too many clicks to do simple things', 'usability'], ['同步老是出问题', 'reliability'],
      ['Sync breaks all the time', 'reliability'], ['Would be a 10 if it had SSO', 'missing_feature'], ['在考虑换别的工具', 'competitor'],
      ['Not worth the money anymore', 'pricing'], ['菜品不值这个价', 'pricing'],
    ]
    for (const [text, topic] of cases) expect(ids(text), text).toContain(topic)
  })
  it('returns nothing for a comment without topic words', () => {
    expect(ids('thanks')).toEqual([])
  })
  it('takes praise of a feature for praise, not a missing feature', () => {
    expect(ids('The funnels feature is excellent, our PMs live in it.')).not.toContain('missing_feature')
    expect(ids('Feature request: a dark mode')).toContain('missing_feature')
    expect(ids('Please add a feature to schedule reports')).toContain('missing_feature')
  })
  it('takes a well-wish for a well-wish, not a feature request: 希望越做越好 asks for nothing', () => {
    for (const t of ['希望越做越好', '希望越来越好，加油', '希望你们继续保持']) expect(ids(t), t).toEqual([])
    expect(ids('希望继续保持，也希望能加个导出')).toContain('missing_feature')
    expect(ids('希望增加导出功能')).toContain('missing_feature')
    // 支持 in tech support, or in "we'll keep buying", asks for nothing either.
    expect(ids('技术支持很耐心')).toEqual(['support'])
    expect(ids('会继续支持的')).toEqual([])
  })
  it('reads using a rival instead, or going back to the old tool, as the competitor; "minutes instead of days" is not', () => {
    for (const t of ['We went with Hotjar instead', 'We are moving back to our old tool at renewal', '之前用的是另一家', "Typeform's logic jumps are more flexible than yours"]) expect(ids(t), t).toContain('competitor')
    expect(ids('Reporting takes minutes instead of days')).not.toContain('competitor')
    expect(ids('Delighted does the same thing for half the price')).toContain('competitor')
  })
  it('follows taxonomy edits: added, renamed, removed topics', () => {
    const edited: TopicDef[] = [
      ...DEFAULT_TAXONOMY.filter((t) => t.id !== 'pricing'),
      { id: 'mobile', name: 'Mobile app', keywords: ['android', 'iphone', '手机'] },
    ]
    expect(ids('too expensive on android', edited)).toEqual(['mobile'])
    expect(ids('手机版', edited)).toEqual(['mobile'])
  })
})

describe('topic scoring details', () => {
  const tax: TopicDef[] = [
    { id: 'lines', name: 'Lines', keywords: ['wait', 'counter'], strong: ['queue'] },
    { id: 'late', name: 'Late', keywords: ['wait', 'hours', 'gate'] },
  ]
  it('lets a strong keyword outweigh plain ones', () => {
    expect(topicScores('a queue at the gate for hours', tax)[0].id).toBe('lines')
    expect(topicScores('waiting at the gate for hours', tax)[0].id).toBe('late')
  })
  it('uses example sentences only when no keyword matched', () => {
    const withExamples: TopicDef[] = [
      { id: 'a', name: 'A', keywords: ['invoice'], examples: ['the zorblat widget is zorblat'] },
      { id: 'b', name: 'B', keywords: ['crash'], examples: ['crash crash crash'] },
    ]
    expect(topicScores('zorblat again', withExamples)[0]).toMatchObject({ id: 'a' })
    expect(topicScores('zorblat again', withExamples)[0].score).toBeGreaterThan(0)
    // With a keyword hit, the examples do not move the scores.
    const hit = topicScores('crash zorblat', withExamples)
    expect(hit.find((s) => s.id === 'a')!.score).toBe(0)
  })
  it('lets learned counts reorder keyword matches but not silence them', () => {
    const model = modelFromRows([])
    for (let i = 0; i < 40; i++) model.add(labelIncrements(learningFeatures(`the counter was closed ${i}`), ['topic:lines', ALL_TOPICS_LABEL]))
    for (let i = 0; i < 40; i++) model.add(labelIncrements(learningFeatures(`wait again, hours late ${i}`), ['topic:late', ALL_TOPICS_LABEL]))
    const text = 'wait again'
    // Both topics list "wait": a tie, broken by taxonomy order.
    expect(topicScores(text, tax)[0].id).toBe('lines')
    const learned = topicScores(text, tax, { model })
    expect(learned[0].id).toBe('late')
    // The keyword match for "lines" survives the model's evidence against it.
    expect(learned.find((s) => s.id === 'lines')!.score).toBeGreaterThanOrEqual(TOPIC_BLEND.threshold)
  })
})

describe('default taxonomy: stems that are other words', () => {
  it('does not take customers for customization, help for support, a missed flight for a missing feature or text for texts', () => {
    expect(ids('Our customers love it')).toEqual([])
    expect(ids('The tool helps me a lot')).toEqual([])
    expect(ids('We planned to expand')).toEqual([])
    expect(ids('The text is too small')).toEqual(['usability']) // not texts as in messages
    expect(ids('The editor lags when the document gets long')).toEqual(['performance'])
    expect(ids('Missing dark mode')).toEqual(['missing_feature'])
    expect(ids('Support was very helpful')).toEqual(['support'])
    expect(ids('It took 5 minutes to set up')).toEqual(['onboarding']) // not settings
  })
  it('does not take words an idiom holds for the topic they name alone', () => {
    expect(ids('Wish I had bought it sooner')).toEqual([])
    expect(ids("wish we'd bought it years ago")).toEqual([])
    expect(ids('I wish I could schedule reports earlier')).toEqual(['missing_feature'])
    expect(ids('Company is shutting down')).toEqual([])
    expect(ids('The site was down all morning')).toEqual(['reliability'])
    // A product that does not fit is no fault of it.
    expect(ids("The new pricing doesn't work for us")).toEqual(['pricing'])
    expect(ids("It didn't work out")).toEqual([])
    for (const t of ["Export doesn't work", 'Export is not working for me']) expect(ids(t), t).toEqual(['reliability'])
  })
  it('knows how exit answers name adoption and a missing app', () => {
    expect(ids('Too hard to get my team to adopt it')).toEqual(['onboarding'])
    expect(ids("Couldn't figure out how to set it up")).toContain('onboarding')
    expect(ids('No mobile app')).toEqual(['missing_feature'])
    expect(ids("Can't segment by plan, which is the one thing we need")).toContain('missing_feature')
    expect(ids('Everything takes one more click than it should')).toEqual(['usability'])
    expect(ids('Duplicate account')).toEqual([]) // an exit reason, not duplicated data
    // The customer's own email is no mail from us.
    for (const t of ['I emailed them three times and nobody replied', 'I sent an email to support and got no answer']) expect(ids(t), t).toEqual(['support'])
    for (const t of ['We get too many emails', 'I receive emails daily']) expect(ids(t), t).toEqual(['communication'])
    for (const t of ['Surveys stopped showing on our site after the last release', 'Half the responses from yesterday are duplicated', "The button doesn't show up"]) expect(ids(t), t).toContain('reliability')
    expect(ids('The app is great')).toEqual([])
  })
  it('files survey answers about breakage and ease where a team would look, and "setting up" under set-up only', () => {
    for (const t of ['export to csv just gives me an empty file', 'the sign button does nothing on safari', '開會開到一半一直斷線', '升级之后自动填充失灵了', 'lost all my highlights after the update']) expect(ids(t), t).toContain('reliability')
    for (const t of ['unlocking with the phone is super smooth', '转账快，指纹一按就好，很方便', '升级套餐的流程很顺，两步就搞定']) expect(ids(t), t).toContain('usability')
    expect(ids('He walked me through setting up the integration step by step')).not.toContain('usability')
    expect(ids('the second agent asked me to send the same screenshots again')).not.toContain('performance')
    for (const t of ['东西是真的便宜，但是物流太慢了', '绑卡的时候验证码一直收不到']) expect(ids(t), t).not.toContain('performance')
    expect(ids('自动续费一点提醒都没有，莫名其妙扣了我25块')).not.toContain('missing_feature')
    expect(ids('报表没有导出功能')).toContain('missing_feature')
  })
  it('knows how SaaS customers name the topics', () => {
    expect(ids('Search takes 10 seconds to return results')).toContain('performance')
    expect(ids('Hard to get my team up and running')).toContain('onboarding')
    expect(ids('Still no offline mode after all these years')).toContain('missing_feature')
    expect(ids('I get notified about every tiny change')).toContain('communication')
    expect(ids('Asana does this much better')).toContain('competitor')
    expect(ids('设置藏得太深了，找了好久')).toContain('usability')
    expect(ids('飞书比你们好用多了')).toContain('competitor')
    expect(ids('Way too many emails from you guys, please tone it down')).toEqual(['communication'])
    // Slow answers are support's; a slow app is performance.
    expect(sortedIds('The price is ok but support is slow.')).toEqual(['pricing', 'support'])
    expect(ids('The app is slow to load')).toEqual(['performance'])
    expect(ids('I never know where to click to find old surveys')).toContain('usability')
    expect(ids('不能批量导出，太不方便了')).toContain('missing_feature')
    expect(ids('每次更新之后都要重新登录，太麻烦了')).toContain('reliability')
    expect(ids('导出的文件全是乱码')).toContain('reliability')
    // Plans priced too steeply, per-response pricing (not support's 回复), newcomers, ease.
    expect(ids('The jump from Starter to Growth is way too steep')).toEqual(['pricing'])
    expect(ids('按回复数收费太不合理了')).toEqual(['pricing'])
    expect(ids('新手文档太简略了，装代码那一步没写清楚')).toContain('onboarding')
    expect(ids('Took us two weeks to get the first survey live')).toContain('onboarding')
    expect(ids('Building a survey is dead simple')).toEqual(['usability'])
    // Answers that never arrive, receipts, the vendor's CSM (not the customer's own), nobody telling.
    expect(ids('Survey answers from Safari users never reach the dashboard')).toEqual(['reliability'])
    expect(ids('Safari用户的答卷到不了后台')).toEqual(['reliability'])
    expect(ids("Can't download old receipts anywhere")).toContain('billing')
    expect(ids('Got a personal video walkthrough from your CSM, amazing')).toContain('support')
    expect(ids("Our CSMs actually look forward to Monday's report")).not.toContain('support')
    expect(ids('Nobody told us we had to verify the domain first')).toEqual(['onboarding'])
    expect(ids('没人告诉我们要先验证域名')).toEqual(['onboarding'])
    // Not told of an outage is no onboarding; an exit answer opening "Cancelling because" is no billing; unasked-for mail is no sign-up.
    // Not being told is communication (survey answers label it so), never onboarding.
    expect(ids('We lost a week of responses when the sync broke and nobody told us').sort()).toEqual(['communication', 'reliability'])
    expect(ids('Cancelling because it never gave us anything actionable')).toEqual([])
    expect(ids('The project this was for got cancelled')).toEqual([])
    expect(ids('My subscription was cancelled without warning')).toEqual(['billing'])
    expect(ids('Stop sending me marketing emails I never signed up for')).toEqual(['communication'])
    expect(ids('同样的功能，别的平台只要一半价格').sort()).toEqual(['competitor', 'pricing'])
    // Staff who are patient, or pass a problem around, are support.
    expect(ids('Really patient with my questions, even the silly ones')).toEqual(['support'])
    expect(ids('问题踢来踢去，没人负责')).toEqual(['support'])
    // Nobody answering is support's, no missing feature; a charge for removed seats is billing; a painting hung is no outage.
    expect(ids('Three days and still no human has looked at my ticket')).toEqual(['support'])
    expect(ids('删掉的席位上个月还在收费')).toEqual(['billing'])
    expect(ids('更新之后组件直接挂了')).toEqual(['reliability'])
    expect(ids('墙上挂了幅画')).toEqual([])
    expect(ids('Building a survey is drag and drop, love it')).toEqual(['usability'])
    expect(ids('Qualtrics gives us all of this in our existing contract')).toEqual(['competitor'])
    expect(ids('SurveyMonkey is half the price')).toEqual(['competitor'])
    // A survey's response rate is no support reply.
    expect(ids('上线一周，回复率就翻了一番')).toEqual([])
    expect(ids('客服回复太慢')).toEqual(['support'])
    expect(ids('Formbricks is open source and does most of this')).toEqual(['competitor'])
    expect(ids('We need to be able to export to Sheets')).toEqual(['missing_feature'])
  })
})

describe('default taxonomy: people and breakage', () => {
  it('reads asking for a human as support, and what broke as reliability', () => {
    expect(ids('Your chatbot is useless, I want a human.')).toContain('support')
    expect(ids('The last release broke the calendar')).toContain('reliability')
  })
})

describe('default taxonomy: app reviews', () => {
  it('reads bug reports, feature requests and UX complaints as app stores hear them, in English and Chinese', () => {
    const cases: [string, string][] = [
      ["Since the last update I can't log in at all", 'reliability'], ["It won't sync with my watch", 'reliability'], ["Videos won't play", 'reliability'],
      ['Needs a dark theme', 'missing_feature'], ['Can you make it work on iPad?', 'missing_feature'], ['The buttons are too small to tap', 'usability'],
      ['视频播放不了', 'reliability'], ['同步不了，换手机数据全没了', 'reliability'], ['字体太小了，看不清', 'usability'], ['打开要好几秒', 'performance'],
      ['莫名其妙扣了钱', 'billing'], ['Frequent downtime during business hours', 'reliability'], ['It froze and I lost an afternoon', 'reliability'],
      ['Cancelling was a nightmare', 'billing'], ['注销账号太麻烦了', 'billing'], ['时不时就连不上服务器', 'reliability'],
      ['Great value for a small agency', 'pricing'], ['Search results are instant now', 'performance'], ['No Gantt view is a dealbreaker for us', 'missing_feature'],
      ['Honestly Trello does this for free', 'competitor'], ['附件经常上传失败', 'reliability'], ['设置入口太难找了', 'usability'], ['帮助文档太少了', 'onboarding'], ['My team never got the hang of it', 'onboarding'],
    ]
    for (const [text, topic] of cases) expect(sortedIds(text), text).toEqual([topic])
  })
  it('reads 文档 as a document, not documentation, unless it is help or docs', () => {
    expect(sortedIds('文档一长打字就卡')).toEqual(['performance'])
  })
  it('lets a phrase of three words or more speak for the words it holds: "add support for" asks for a feature', () => {
    expect(sortedIds('Add support for Outlook calendars')).toEqual(['missing_feature'])
    expect(sortedIds('Support for SSO is great, and support answered fast')).toContain('support')
  })
  it('lets a phrase with a gap speak for the words at its ends: missing responses are lost data, not a missing feature', () => {
    expect(sortedIds('Half our responses from last night are missing')).toEqual(['reliability'])
    expect(sortedIds('The missing responses feature')).toEqual(['missing_feature'])
  })
  it('files timeouts under performance, an unexplained score under onboarding and the shop next door under competitor', () => {
    const cases: [string, string][] = [['Exports time out on big accounts', 'performance'], ['Nobody explained how the risk score works', 'onboarding'], ['隔壁家的产品更便宜', 'competitor']]
    for (const [text, topic] of cases) expect(sortedIds(text), text).toContain(topic)
    // A feature named is no request for it, in either language.
    expect(sortedIds('Exports time out on big accounts')).not.toContain('missing_feature')
    expect(sortedIds('界面太乱，找不到想要的功能')).toEqual(['usability'])
    for (const t of ['希望增加导出功能', '功能太少了', '功能不全', '要是能导出PDF就好了', '什么时候支持多语言', '功能太单一了']) expect(sortedIds(t), t).toEqual(['missing_feature'])
    expect(sortedIds('不知道这个功能怎么设置')).toEqual(['onboarding'])
  })
})

describe('default taxonomy: what SaaS and support answers name', () => {
  it('files paying for unused features, release notes, shortcuts, mismatched data and phone calls where a team would look', () => {
    const cases: [string, string[]][] = [
      ["We're paying for features we'll never use", ['pricing']], ['Release notes are vague and come after the fact', ['communication']],
      ['Keyboard shortcuts for everything, my favourite tool', ['usability']], ["Data between the mobile app and web doesn't match", ['reliability']],
      ['Webhooks silently stopped firing last Tuesday', ['reliability']], ['We lost a week of responses after the migration', ['reliability']],
      ['打了三次电话都没解决', ['support']], ['客服响应太慢，工单三天没人理', ['support']],
      // 没有 ("there is no") names a missing feature, but not inside 没有回 ("never called back").
      ['说好的回电一直没有回', ['support']], ['没有导出功能', ['missing_feature']],
      ['Exports randomly drop rows', ['reliability']], ['导出的数据经常缺行，对不上', ['reliability']], ['这次更新之后快多了', ['performance']],
      ['Our non-technical staff picked it up in an afternoon', ['onboarding']], ['The product is great and support has always been quick', ['support']],
      // The customer's own emails are no mail from us; screenshots that don't match the UI are no data fault.
      ['It took three emails to get a refund', ['billing']], ["Half the screenshots in the docs don't match the current UI", ['onboarding', 'usability']],
      ['My card was declined but you still suspended the account', ['billing']], ['Paying extra for SSO is ridiculous', ['missing_feature', 'pricing']],
      ['Nobody on your team could tell me why my data looked wrong', ['support']], ['Half my scheduled posts never went out', ['reliability']],
      ['Scrolling through responses is choppy', ['performance']], ['The widget slows down our site', ['performance']],
      ["I can't tell which surveys are live and which are drafts", ['usability']], ['草稿和已发布的分不清', ['usability']], ['The date picker is a nightmare', ['usability']],
      ['Price per response adds up fast for us', ['pricing']], ['高级功能都要单独收费', ['pricing']], ['数据导出一半就中断了', ['reliability']],
      ['Stop sending me surveys about your surveys', ['communication']], ['按钮太多，不知道点哪个', ['usability']],
      ['问卷链接打开是空白页', ['reliability']], ['用了三年没出过问题', ['reliability']], ['拖拽编辑很方便', ['usability']], ['短信轰炸', ['communication']],
      ['客户成功经理每周都会跟我们对齐', ['support']], ['Responses show up twice in the export', ['reliability']], ['Too many in-app banners', ['communication']],
      ['Would be great if we could schedule exports', ['missing_feature']],
      ['Our response rate doubled after switching to in-app surveys', []], ['We are switching to Typeform', ['competitor']], ['The weekly digest is noise', ['communication']], ['No idea where to start after signing up', ['onboarding']],
    ]
    for (const [text, topics] of cases) expect(sortedIds(text), text).toEqual(topics)
  })
})
