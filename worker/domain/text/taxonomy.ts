// The default topic taxonomy. Keywords: English words or phrases (matched on stems, so
// "crash" also finds "crashes"), Simplified and Traditional Chinese substrings, and a best-effort
// set in Spanish, Portuguese, French, German, Italian and Dutch (taxonomy-other.ts). Workspaces
// edit a copy of this; every function takes the taxonomy as an argument.
import { otherTopicKeywords } from './taxonomy-other.ts'

/** `strong`: keywords that name the topic outright ("cancelled", "refund"), weighing more than plain ones. */
export type TopicDef = { id: string; name: string; keywords: string[]; strong?: string[]; examples?: string[] }

/**
 * Keywords a topic may hold (the taxonomy API's limit, which the default topics keep to so a
 * workspace can read, edit and save them back): enough for one concern in eight languages. 300
 * was reached by reliability, whose faults customers name in more ways than any other concern.
 */
export const MAX_TOPIC_KEYWORDS = 400

/** Appends a topic's keywords in the other languages (those it already lists are not repeated). */
function withOtherLanguages(topics: TopicDef[]): TopicDef[] {
  return topics.map((t) => ({ ...t, keywords: [...t.keywords, ...otherTopicKeywords(t.id).filter((k) => !t.keywords.includes(k))] }))
}

export const DEFAULT_TAXONOMY: TopicDef[] = withOtherLanguages([
  {
    id: 'pricing', name: 'Pricing',
    keywords: ['白花', 'paid for itself', 'pays for itself', 'premiums', 'my premium', 'our premium', 'premium went up', 'premium increase', '单独付费', '另外付费', '额外付费', '全包', '抽成', '送半年', '课包', '一节课', '日租', 'cash grab', 'upsell', 'upsells', 'a bit dear', 'bit dear', 'family plan', '涨了', '单价', 'commission', '佣', '违约金', '入会费', '运费', '车资', '月租', '资费', '平过', '手续费', '费用', '年费', '抢钱', '好抵', '团购价', 'free version', 'free plan', 'paywall', 'bargain', 'for what i pay', '折扣', 'free month', 'months free', 'month free', 'half price', 'downgrade', 'downgrading', '学生价', '半价', '送一个月', '送两个月', '送三个月', '打折', '七折', '六折', '五折', '八折', '降级', '基础版', '学生认证', 'twice the price', 'double the price', '服务费', '花得值', '值这个钱', '不值这个钱', '溢价', '划算', '劃算', '肉疼', '原价', '年缴', '年繳', 'price', 'pricing', 'expensive', 'cheap', 'cost', 'too steep', 'steep', '按回复数', 'paying for', 'pay for', 'paying extra', 'pay extra', '套餐', 'adds up', 'adds up fast', '单独收费', 'overpriced', 'afford', 'affordable', 'too much money', 'value for money', 'plan', 'tier', 'discount', 'pricey', 'priciest', '价格', '价钱', '贵', '便宜', '性价比', '收费', '優惠', '价位', '價格', '價錢', '貴', '智商税', '坑钱', '割韭菜', '圈钱', '会员费', '开会员', '充会员', 'price increase', 'price hike', '涨价', '价格上涨', 'waste of money', 'for the money', 'less money', 'more money', 'save money', 'saves money', 'saved us money', 'saves us money', 'worth the money', 'worth the price', 'worth every penny', 'worth every cent', '值这个价', '不值这个价', 'fee', 'fees', 'per seat', 'cheaper', 'justify the cost', 'justify the price', 'value', '专业版', '高级版', '免费版'],
    examples: ['The price is too high for what we get', '太贵了，性价比不高'],
  },
  {
    id: 'billing', name: 'Billing',
    keywords: ['扣我钱', '按金', '月付', '季付', '年付', 'payme', 'line pay', '街口支付', '八达通', 'paynow', '付了钱', '付咗钱', '俾咗钱', 'gcash', 'pay via', 'payout', 'went through twice', '自动扣', '还扣', '退了钱', '押金', '取消费', '注销账号', 'subscription … cancelled', 'cancelled my subscription', 'card on file', 'apple pay', 'google pay', 'payment method', '开票', '专票', '付钱', 'pay with', 'paypal', 'direct debit', 'billing', 'bill', 'billed', 'late fee', 'waive', 'waived', 'waiving', 'invoice', 'receipt', 'receipts', '收据', '收據', 'charge', 'charged', 'refund', 'payment', 'credit card', 'card … declined', 'suspended', 'renewal', 'double charged', '还在收费', '还在扣费', '照样收费', 'cancelling', 'canceling', 'cancellation', 'cancel my', '扣费', '扣款', '扣钱', '扣了钱', '扣了我', '被扣', '扣了两次', '扣两次', '多扣', '乱扣', '重复扣', '退款', '发票', '账单', '付款', '支付', '续费', '取消订阅', '扣錢', '發票', '帳單', '退費'],
    examples: ['I was charged twice this month', '重复扣费，还没退款'],
  },
  {
    id: 'support', name: 'Support',
    keywords: ['sorted in', 'solved it', 'issue got resolved', 'problem got resolved', 'had to ring', 'engineer', 'chats about', 'emails to get', 'hung up', 'in one call', 'explained the same', 'copy paste', 'number i can call', 'escalation', 'above and beyond', 'walked me through', 'rang back', 'rang me back', '没下文', 'legend', '好好人', '解决了', '没解决', '热线', '申诉', '门市人员', '门市职员', '门市小姐', 'sorted my', 'bot', 'transferred me', 'got transferred', 'was transferred', 'speak to a person', 'talk to a person', 'a real person', 'on the phone', 'helpline', 'call me back', 'called me back', 'callback', 'on chat', 'no replies', 'zero replies', 'support', 'customer service', 'help desk', 'quick response', 'fast response', 'quick reply', 'fast reply', 'responded quickly', 'answered quickly', 'nobody answers', 'no one answers', '技术支持', 'your csm', 'your customer success', 'agent', 'representative', 'rep', 'response time', 'ticket', 'reply', 'responded', 'still no human', 'still no reply', 'still no response', 'still no answer', 'patient with', 'patiently', '耐心', '踢来踢去', '推来推去', '踢皮球', '推诿', '没人负责',
      // Slow answers are support's, not the product's speed ("support is slow": a phrase holds its words).
      'support … quick', 'support … fast', 'support … responsive', '客户成功', '客户经理', 'your team', 'your staff', 'your people', 'support is slow', 'support was slow', 'support is so slow', 'support has been slow', 'slow to reply', 'slow to answer', 'slow to get back', 'staff', 'rude', 'helpful', 'on hold', 'hotline', '客服', '工单', '服务态度', '售后', '回复', '态度', '服务员', '工作人员', '服務態度', '售後', '回覆', '回复慢', '回复太慢', '回复很慢', '客服响应慢', '客服响应太慢', '客服响应很慢', '电话', '回电', '没有回', '没回', '工程师', 'chatbot', 'a human', 'real person', 'customer success', 'success team', 'success manager', 'account manager', 'live chat'],
    examples: ['Support never answered my ticket', '客服态度很差，一直不回复'],
  },
  {
    id: 'reliability', name: 'Reliability',
    keywords: ['又当了', '系统当了', '对不起来', '又是空的', '刷不开', '进不去', '启动不了', '没出过岔子', '掉链子', '老断', '一片白', '识别错', '经常漏', 'wrong total', 'wrong medication', 'wrong item', 'wrong order', 'wrong parcel', 'wrong price', 'wrong amount', 'wrong place', 'wrong address', 'did not apply', 'way off', 'off by', 'dead batteries', 'dead battery', 'did not register', 'in spam', 'went to spam', 'stopped heating', 'just works', 'works most of the time', 'nobody showed up', 'stuck in', 'been pending', 'still pending', 'a day behind', 'kept asking me to', 'did not go out', 'dropped a', 'was offline', 'is offline', 'keeps going offline', 'half the time', 'when it works', 'wiped', 'goes offline', 'go offline', 'stopped halfway', 'keeps dropping', 'gone missing', 'are duplicated', 'go missing', 'went missing', 'deliverability', 'single issue', '卡死', 'black screen', 'went offline', 'will not connect', '到一半断', '卡在', '由头来过', '显示', '飘', '登入不到', '登不进', '还没生效', '消失', '不见了', '定位老', '飘到', 'without a single issue', 'already taken', 'missed a beat', 'dropped connection', 'loses connection', 'losing connection', 'loses the connection', 'drops the connection', '查不到', '时好时坏', '怪怪的', 'been dropping', 'dropping every', 'drops off the', 'fixed nothing', 'pair with', '同步冲突', '老冲突', '崩', '当掉', '當掉', '没丢过', '不记录', '涉嫌违规', '误判', '找不到wifi', '连不到wifi', 'never works', 'cutting out', 'keeps cutting', 'just gone', 'did not save', 'does not save', 'not saving', 'never got sent', 'never sent', 'never executed', 'missing data', 'data … missing', 'something went wrong', 'went wrong', 'empty file', 'does nothing', 'did nothing', 'blank', 'call drop', 'connection drops', 'disconnect', 'never had an issue', 'never had a problem', 'timing out', 'lost all my', 'lost my whole', 'lost a whole', 'lost weeks', 'keeps deleting', 'mangling', 'no record of', 'not scan', 'uptime', 'reliable', 'kept resetting', 'keeps resetting', 'sync conflict', 'sync between', 'out of sync', 'sync issues', 'sync broke', '断线', '老是断', '经常断', '一直断', '没断过', '离线', '不同步', '没同步', '失灵', '没反应', '全没了', '判错', '识别不了', '卡住', '定位不准', '同步很稳', '抖了', 'responses … missing', 'answers … missing', 'vanished', '挂了', 'never reach', 'never arrive', 'stopped arriving', '到不了', 'bug', 'buggy', 'crash', 'broken', 'error', 'outage', 'down', 'glitch', 'data loss', 'not working', 'stopped working', 'stopped showing', 'not show', 'broke', 'not load', 'not open', 'not sync', 'not play', 'not log in', 'not login', 'not sign in', 'disappeared', 'unreliable', 'fails', 'freeze', 'flaky', 'lost … data', 'logged out', 'logging me out', 'signed out', 'breaks', 'downtime', 'froze', 'frozen', 'unstable', 'stable', '出问题', '崩溃', '崩了', '死机', '黑屏', '白屏', '掉线', '登录不', '登不上', '数据 … 丢', '对不上', '失败', '丢了', '闪退', '乱码', '故障', '报错', '出错', '宕机', '当机', '丢失', '打不开', '用不了', '收不到', '播放不了', '同步不了', '数据全没', '数据没了', '加载不出', '刷不出', '无法登录', '无法打开', '无法使用', '不能用', '稳定', '连不上', '服务器', '重新登录', '錯誤', 'stopped firing', 'stopped syncing', 'lost … responses', 'data … not match', 'drop rows', 'never went out', 'forgets', 'forgot my', '空白页', '出过问题', 'show up twice', '中断'],
    examples: ['The app crashes every time I open it', '经常闪退，数据也丢了'],
  },
  {
    id: 'performance', name: 'Performance',
    keywords: ['食电', '内存', '记忆体', '快很多', '半分钟', '快了', '烫', '掉电', '电掉', '转好久', '十几秒', 'to open the app', 'hangs', 'hanging', '缓冲', '转半天', '电池', '续航', '没电', '限速', '下载快', '下载慢', '下载速度', '网速', '几百k', '跑满', 'slow', 'lag', 'laggy', 'takes … seconds', 'seconds to load', 'seconds to open', 'lags', 'lagging', 'latency', 'buffering', 'choppy', 'stutters', 'stuttering', 'over a minute', 'loading', 'load time', 'speed', 'sluggish', 'takes forever', 'takes ages', 'took ages', 'performance', 'fast', 'faster', 'slower', 'quicker', 'snappy', 'snappier', 'battery', 'spinning', 'spinner', 'instant', 'instantly', 'render', 'rendering', 'time out', 'times out', 'timed out', 'timeout', 'timeouts', '慢', '耗电', '费电', '发烫', '转圈', '卡', '卡顿', '加载', '速度', '延迟', '很久', '太慢', '速度快', '快多了', '快了很多', '变快了', '等半天', '好久才', '好几秒', '几秒钟', '載入', '緩慢'],
    examples: ['Pages take forever to load', '加载太慢了，很卡'],
  },
  {
    id: 'usability', name: 'Usability',
    keywords: ['搞定', '找起来', 'at a glance', '不知道选', '难定位', '来回滑', '上手快', '一个页面', 'took me', 'screens of', 'where did', 'where has', 'looks nicer', 'hate the app', 'app is a nightmare', 'makes zero sense', 'different screens', 'steps to', 'step form', 'to find', 'find where', 'where is the', 'old app was better', 'prettier', 'search is', 'search keeps', 'screens to', 'clicks to', 'taps to', '按错', '撳唔到', '字又细', 'hard to cancel', '重填', 'back end', '流程', 'steps just to', 'search bar', 'to work out how', 'to figure out how', 'hidden under', 'font is', '一目了然', '字小', '字太小', '好几层', '好易', '点十几下', '十几下', 'clicks', 'redesign', 'new look', 'new design', '易用', '全搞定', '少了一步', '少一步', 'confusing', 'hard to use', 'smooth', 'a mess', 'painless', 'taps', 'submenu', 'nicer to use', 'by herself', 'by himself', 'by themselves', '方便', '顺手', '清爽', '简单', '很顺', '省心', '一键', '两步', '几步', '简洁', '操作', '一两下', 'easy', 'easiest', 'simple', 'drag and drop', 'difficult', 'easier', 'so much easier', 'dead simple', 'dead easy', 'simple to use', '反人类', 'where to click', 'shortcuts', 'keyboard shortcuts', 'not tell which', 'hard to tell', 'picker', 'dropdown', '分不清', '拖拽', '按钮', '点哪', '排版', 'one more click', 'extra click', 'extra clicks', 'intuitive', 'easy to use', 'ui', 'interface', 'design', 'navigate', 'navigation', 'clunky', 'complicated', 'user friendly', 'layout', "can't find", 'cannot find', "couldn't find", 'never find', 'hard to find', 'where to find', 'figure out', 'cluttered', 'too many clicks', 'bloated', 'maze', 'too small', 'button', 'buttons', 'menu', 'menus', 'all over the place', 'straightforward', 'hard to read', 'buried', 'too many steps', 'settings page', 'settings menu', 'in settings', 'the settings', '藏得', '难找', '入口', '步骤太多', '藏太深', '找了半天', '找了好久', '不好找', '字体太小', '看不清', '按钮太小', '点错', '点不到', '菜单', '界面', '找半天', '太乱', '很乱', '杂乱', '直观', '臃肿', '点好几下', '难用', '好用', '复杂', '设计', '不方便', '看不懂', '找不到', '介面', '難用', '複雜'],
    examples: ['The interface is confusing and hard to navigate', '操作太复杂，找不到设置'],
  },
  {
    id: 'missing_feature', name: 'Missing feature',
    // Not the bare "feature": "the funnels feature is excellent" asks for nothing.
    keywords: ['could you', 'is there a way', 'let me pick', 'does not support', 'is not supporting', 'are not supporting', 'not supporting', 'do not support', 'no csv', 'can not pay with', 'can not pause', 'does this do', 'waiting for this', 'would be handy to', 'possible to add', '连…都没有', 'can not export', 'too limited', '可以支援', 'pretty basic', 'too basic', 'will there be', 'would be good to', 'would be handy if', 'kindly add', 'would love a', 'would love an', 'would love to see', 'can you export', '之后会有', '之后可以', '还不能', 'needs a', 'you support', 'ever support', 'do you plan', 'it support', 'could you add', 'any plans to', 'version coming', 'would be good if', 'would be nice to have', 'would be great to have', 'wish there was', '能不能加', '可不可以加', '加个', '建议增加', '希望增加', '希望能加', '什么时候支持', '什么时候能', '啥时候能', '有没有办法', '加返', '什么时候恢复', '啥时候恢复', 'any plans for', 'plans to add', 'would you ever offer', 'where did … go', 'feature request', '没有 … 功能', '没有 … 选项', '没有 … 按钮', '没有 … 模式', '没有 … 版', 'need to be able to', '能不能按', 'would be great if', 'would be nice if', 'more features', 'add a feature', 'need a feature', 'missing features', 'lack of features', 'limited features', "doesn't have", 'does not have', 'can you add', 'should have', 'roadmap', 'wish', 'would be nice', 'please add', 'pls add', 'plz add', 'missing', 'lack', 'lacks', 'integration', 'support for', 'option to', 'ability to', 'dark mode', 'if it had', 'if it supported', 'customization', 'customisation', 'sso', 'offline', 'no way to', 'still no', 'needs an', 'add support for', 'add an option', 'can you make', 'could you make', 'make it work on', 'love to be able', 'like to be able', 'ipad version', 'android version', 'no mobile app', 'no app', 'the one thing we need', 'only thing we need', 'one thing missing', '不能按', 'no android app', 'no ios app', 'no iphone app', 'dealbreaker', 'deal breaker', 'really need', '功能不全', '功能少', '功能不够', '功能单一', '太单一', '缺功能', '要是能', '如果能', '自定义', '希望', '建议', '增加', '缺少', '支持', '能不能', '不能批量', '无法批量', '没法批量', '功能太少', '建議', '希望能'],
    examples: ['I wish it had an export to CSV', '希望增加导出功能'],
  },
  {
    id: 'onboarding', name: 'Onboarding',
    keywords: ['教学', 'help videos', 'figure it out', '从哪里开始', '学会', '怎么设定', '培训', 'onboarding', 'setup', 'set up', 'set it up', 'setting it up', 'picked it up', 'pick it up', 'help center', 'help articles', 'where to start', 'adopt', 'adoption', 'getting started', 'get started', 'up and running', 'walkthrough', 'training', 'documentation', 'docs', 'tutorial', 'guide', 'learning curve', 'the hang of', 'explained how', 'explain how', 'how it works', '没用起来', 'install', 'configure', 'sign up', 'signup', '上手', '教程', '帮助文档', '使用文档', '开发文档', '接口文档', '说明文档', '文档写得', '文档不全', '文档太少', '文档齐全', '文档很详细', '文档过时', '文档太旧', '文档有误', '示例代码', '示例都', '引导', '注册', '安装', '配置', '入门', '怎么设置', '不知道怎么', '不会设置', 'nobody told us to', 'nobody told us how', 'nobody told us we', 'no one told us to', 'no one told us how', 'nobody told me to', 'nobody told me how', 'no one told me to', 'no one told me how', '没人告诉', '没有人告诉', '新手', 'go live', 'get live', 'first survey live', '說明', '註冊', '安裝'],
    examples: ['Setup took hours and the docs are unclear', '上手很难，没有教程'],
  },
  {
    id: 'communication', name: 'Communication',
    keywords: ['weeks notice', 'days notice', 'without notice', 'without any notice', 'no notice', 'little notice', 'short notice', 'edm', '行销信', '营销信', 'reminder', 'reminders', '提醒', 'texting me', 'texts me', 'sms', '每天推', '推播', '电话就没停', '销售打过来', '销售电话', '推销电话', '打电话推', 'email', 'emails', 'notification', 'notifications', 'release notes', 'changelog', 'digest', 'banner', 'banners', '轰炸', 'stop sending', 'spam', 'newsletter', 'too many messages', 'tone it down', 'tone down', 'push', 'alerts', 'unsubscribe', 'texts', 'ads', 'adverts', 'popups', 'pop-ups', 'notified', 'notify', 'notifies', 'pings', 'spams', 'spamming', 'marketing emails', 'never signed up for', 'never subscribed to', 'promotional', '营销短信', '营销邮件', '推销', '广告', '弹窗', '邮件', '通知', '推送', '短信', '骚扰', '垃圾邮件', '郵件', '簡訊', '騷擾'],
    examples: ['Way too many emails every week', '推送通知太多了，很烦'],
  },
  {
    id: 'competitor', name: 'Competitor',
    keywords: ['免费都做到', 'leaving for', '快过你', '好过你', 'different platform', '免费就能', '免费都能', 'different app', 'old broker', 'does it cheaper', '平过你', 'going back to', 'went back to', 'back to using', 'competitor', 'switch to', 'switching to', 'switched to', 'switched from', 'switching from', 'moved from', 'moving from', 'alternative', 'moved to', 'better elsewhere', 'other tool', 'another app', 'cheaper option', '竞品', '别家', '其他家', '换成', '换到', '转用', '改用', '换用', '换别的', '考虑换', '竞争对手', '別家', '換成', '競品', 'evaluating', 'use … instead', 'using … instead', 'went with … instead', 'moving back to', 'our old tool', 'previous tool', '另一家', '之前用的', 'does this … better', 'does it … better', 'does everything … better', 'better than you', 'than yours', 'than you guys', 'than your app', 'than your tool', 'than your product', 'does this for free', 'does the same thing for', 'does the same for', 'gives us all of this', 'gives us all this', 'is half the price', 'at half the price', 'does most of this', 'does all of this', 'does all this', '就能做到', 'does it for free', 'does that for free', '比你们', '比你家', '比贵司', '隔壁家', '别人家', '别的平台', '其他平台', '其他app', '别的app', '其他的app', '别家app'],
    examples: ['We are switching to a competitor that is cheaper', '别家更便宜，准备换了'],
  },
])

/**
 * What labelled files and other tools call the default topics ("Bug", "Feature request", "UX";
 * exit reasons' ids come from EXIT_REASON_TOPIC),
 * so a file labelled in its own words maps onto the taxonomy (stayloop eval and train, POST
 * /v1/text-model/examples). Keyed by id: they follow a topic a workspace renames, and never take a
 * name or id the workspace's own topics use.
 */
export const TOPIC_LABEL_ALIASES: Readonly<Record<string, readonly string[]>> = {
  pricing: ['price', 'prices', 'cost', 'costs', 'expensive', 'too expensive', 'value', 'value for money', 'plans'],
  billing: ['payment', 'payments', 'invoice', 'invoices', 'invoicing', 'refund', 'refunds', 'charges', 'subscription', 'subscriptions'],
  support: ['customer support', 'customer service', 'service', 'help', 'poor support', 'customer care'],
  reliability: ['bug', 'bugs', 'bug report', 'crash', 'crashes', 'error', 'errors', 'outage', 'outages', 'stability', 'quality', 'quality issues'],
  performance: ['speed', 'slow', 'slowness', 'latency', 'loading', 'load time'],
  usability: ['ux', 'ui', 'design', 'ease of use', 'user experience', 'too complicated', 'complexity', 'navigation'],
  missing_feature: ['feature request', 'feature requests', 'feature', 'features', 'missing features', 'enhancement', 'request'],
  onboarding: ['setup', 'set up', 'documentation', 'docs', 'getting started', 'learning curve', 'training', 'tutorial'],
  communication: ['notifications', 'emails', 'email', 'spam', 'ads', 'messages'],
  competitor: ['competition', 'competitors', 'alternative', 'alternatives', 'switched to a competitor'],
}

