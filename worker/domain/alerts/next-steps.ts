// A suggested next step per topic, risk reason, exit reason and alert kind, in three languages.
// Written from common customer-success practice: act on the cause the customer named, fast.
// Steps that depend on what already happened (an exit's outcome, an anonymous answer) are in
// outcome-steps.ts, so a step never contradicts the alert it sits in.
import type { Alert, RiskReason } from './types.ts'
import type { Lang, Texts } from './i18n.ts'
import { own } from '../own.ts'
import { ANONYMOUS_LINK, ANONYMOUS_NO_COMMENT, ANONYMOUS_NO_CONTACT, anonymousThemeStep, EXIT_CAUSES, EXIT_FINISHED, LEAVING, SAVED_ANY, savedStep } from './outcome-steps.ts'

const t = (en: string, hans: string, hant: string): Texts => ({ en, 'zh-Hans': hans, 'zh-Hant': hant })

/** Topic id → its label and the step it calls for. Ids follow the built-in taxonomy. */
export const TOPICS: Record<string, { label: Texts; step: Texts }> = {
  pricing: { label: t('pricing', '价格', '價格'), step: t('Offer a plan review: right-size their plan or show the value they get for the price.', '提供套餐评估：调整到合适的套餐，或说明价格对应的价值。', '提供方案評估：調整到合適的方案，或說明價格對應的價值。') },
  billing: { label: t('billing', '账单', '帳單'), step: t('Check their invoices and charges, fix any error and confirm in writing.', '核对账单和扣费，纠正错误并书面确认。', '核對帳單和扣款，更正錯誤並書面確認。') },
  support: { label: t('support', '客服', '客服'), step: t('Escalate their open ticket to a senior agent and reply today.', '将其未结工单升级给资深客服，并于今天回复。', '將其未結工單升級給資深客服，並於今天回覆。') },
  reliability: { label: t('reliability', '稳定性', '穩定性'), step: t('Loop in engineering with the incident details and send the customer a status update.', '把故障细节同步给工程团队，并向客户发送进展说明。', '把故障細節同步給工程團隊，並向客戶傳送進度說明。') },
  performance: { label: t('performance', '性能', '效能'), step: t('Ask engineering to profile their account and share the fix timeline.', '请工程团队排查该账户的性能问题，并告知修复时间。', '請工程團隊排查該帳戶的效能問題，並告知修復時間。') },
  usability: { label: t('usability', '易用性', '易用性'), step: t('Book a short walkthrough of the workflow they struggle with.', '预约一次简短演示，讲解其遇到困难的流程。', '預約一次簡短示範，講解其遇到困難的流程。') },
  missing_feature: { label: t('missing feature', '缺少功能', '缺少功能'), step: t('Log the request with product, share the roadmap or a workaround.', '向产品团队登记需求，分享路线图或替代方案。', '向產品團隊登記需求，分享路線圖或替代方案。') },
  onboarding: { label: t('onboarding', '上手引导', '上手引導'), step: t('Offer a guided onboarding session and a setup checklist.', '提供一次引导式上手培训和配置清单。', '提供一次引導式上手培訓和設定清單。') },
  communication: { label: t('communication', '沟通', '溝通'), step: t('Have their account owner reach out personally and agree how to keep them informed.', '由客户负责人亲自联系，约定后续沟通方式。', '由客戶負責人親自聯繫，約定後續溝通方式。') },
  competitor: { label: t('competitor', '竞争对手', '競爭對手'), step: t('Find out which competitor and why; send the comparison and any migration help.', '了解是哪家竞品及原因；发送对比资料并提供迁移协助。', '了解是哪家競品及原因；傳送比較資料並提供遷移協助。') },
  bugs: { label: t('bugs', '缺陷', '缺陷'), step: t('File the bug with engineering and tell the customer when it will be fixed.', '向工程团队提交缺陷，并告知客户修复时间。', '向工程團隊提交缺陷，並告知客戶修復時間。') },
}

/** Risk-reason code → step. Codes come from the risk engine; words in the text are the fallback. */
export const REASONS: Record<string, Texts> = {
  payment_failures: t('Contact billing: update the card on file before the next retry.', '联系账务：在下次扣款前更新付款卡。', '聯繫帳務：在下次扣款前更新付款卡。'),
  usage_decline: t('Reach out to re-engage: ask what changed and show features they have not used.', '主动联系促活：询问发生了什么变化，并介绍未使用的功能。', '主動聯繫促活：詢問發生了什麼變化，並介紹未使用的功能。'),
  inactive: t('Check in personally: they have gone quiet.', '亲自联系问候：该客户已很久未活跃。', '親自聯繫問候：該客戶已很久未活躍。'),
  complaints: t('Review their open complaints and tickets and close each one out with them.', '梳理其未结投诉和工单，逐一跟进解决。', '梳理其未結投訴和工單，逐一跟進解決。'),
  low_nps: t('Call them to close the loop on their NPS answer.', '致电客户，跟进其 NPS 反馈。', '致電客戶，跟進其 NPS 回饋。'),
  low_csat: t('Follow up on the interaction they rated poorly.', '跟进其评分较低的那次服务。', '跟進其評分較低的那次服務。'),
  exit_intent: t('They looked at cancelling: reach out with a save offer before they do.', '客户曾查看取消页面：在其取消前主动联系并提供挽留方案。', '客戶曾查看取消頁面：在其取消前主動聯繫並提供挽留方案。'),
  renewal_soon: t('Renewal is close: schedule a value review now.', '临近续约：立即安排一次价值回顾。', '臨近續約：立即安排一次價值回顧。'),
  purchases_down: t('Purchases dropped: send a tailored offer or ask what changed.', '购买减少：发送定制优惠或询问原因。', '購買減少：傳送客製優惠或詢問原因。'),
}

const REASON_WORDS: [RegExp, string][] = [
  [/payment|card|invoice|charge/i, 'payment_failures'],
  [/exit|cancel/i, 'exit_intent'],
  [/complain|ticket/i, 'complaints'],
  [/\bnps\b|detractor/i, 'low_nps'],
  [/csat|ces\b|satisf/i, 'low_csat'],
  [/renewal|renews/i, 'renewal_soon'],
  [/purchase|order/i, 'purchases_down'],
  [/days since|inactive|not seen|last seen/i, 'inactive'],
  [/login|session|usage|activity|page view|feature use/i, 'usage_decline'],
]

/** Exit-reason id (the widget's list) → step, when no save offer was shown: the offer that fits the reason. */
export const EXIT_REASONS: Record<string, Texts> = {
  too_expensive: TOPICS.pricing.step,
  missing_features: TOPICS.missing_feature.step,
  switched_competitor: TOPICS.competitor.step,
  poor_support: TOPICS.support.step,
  quality_issues: TOPICS.reliability.step,
  too_complicated: TOPICS.usability.step,
  no_longer_needed: t('Ask what changed; offer a pause or a smaller plan to keep the door open.', '询问发生了什么变化；提供暂停或更小的套餐，保留回来的可能。', '詢問發生了什麼變化；提供暫停或更小的方案，保留回來的可能。'),
  temporary: t('Offer to pause the account instead of cancelling.', '建议暂停账户而不是取消。', '建議暫停帳戶而不是取消。'),
  other: t('Read their comment and reply personally.', '阅读其留言并亲自回复。', '閱讀其留言並親自回覆。'),
}

/** When nothing more specific applies. */
export const KIND_STEPS: Record<Alert['kind'], Texts> = {
  detractor: t('Call or email them within 48 hours to close the loop.', '在 48 小时内致电或发邮件跟进。', '在 48 小時內致電或寄信跟進。'),
  negative_feedback: t('Reply to their comment personally and ask what would fix it.', '亲自回复其留言，询问怎样才能解决。', '親自回覆其留言，詢問怎樣才能解決。'),
  risk_escalated: t('Review their account and reach out this week.', '查看其账户情况，并在本周内联系。', '查看其帳戶情況，並在本週內聯繫。'),
  exit: t('Follow up on their exit reason within a day.', '在一天内跟进其取消原因。', '在一天內跟進其取消原因。'),
  high_value_at_risk: t('Route to a senior success manager: call them within 24 hours.', '交由资深客户成功经理处理：24 小时内致电。', '交由資深客戶成功經理處理：24 小時內致電。'),
}

export interface NextStep {
  /** What the step answers, e.g. "topic:pricing", "reason:payment_failures", "exit:temporary", "kind:detractor". */
  key: string
  text: string
}

export function reasonCode(reason: RiskReason): string | null {
  if (reason.code && own(REASONS, reason.code)) return reason.code
  for (const [pattern, code] of REASON_WORDS) if (pattern.test(`${reason.code ?? ''} ${reason.text}`)) return code
  return null
}

/** Topics whose step is itself a save offer: not for a customer who already saw one in the exit survey. */
const OFFER_TOPICS = ['pricing']

/**
 * Steps for an alert, most specific first, without repeats; always at least one. They follow what
 * already happened: an exit answer by its outcome (saved: make the offer hold; declined: no second
 * offer, act on the reason, ask for a last word; no offer shown: the offer that fits the reason),
 * and an anonymous answer with no one to contact.
 */
export function nextStepsFor(alert: Pick<Alert, 'kind' | 'data'>, lang: Lang, max = 3): NextStep[] {
  if (alert.data.customer?.anonymous) return anonymousSteps(alert, lang).slice(0, max)
  const steps: NextStep[] = []
  const seen = new Set<string>()
  const add = (key: string, texts: Texts | undefined) => {
    if (!texts || seen.has(texts.en)) return
    seen.add(texts.en)
    steps.push({ key, text: texts[lang] })
  }
  // The most senior route comes first for the customers who matter most.
  if (alert.kind === 'high_value_at_risk') add('kind:high_value_at_risk', KIND_STEPS.high_value_at_risk)
  const exit = alert.data.exit
  const reason = exit?.reason
  const offerSeen = exit?.outcome === 'saved' || exit?.outcome === 'declined'
  if (exit?.outcome === 'saved') add('exit:saved', savedStep(exit.offer))
  if (reason) add(`exit:${reason}`, own(offerSeen ? EXIT_CAUSES : EXIT_REASONS, reason))
  if (exit?.outcome === 'declined') add('exit:declined', LEAVING)
  for (const topic of alert.data.response?.topics ?? []) {
    const key = topicKey(topic.id)
    if (!(offerSeen && OFFER_TOPICS.includes(key))) add(`topic:${topic.id}`, own(TOPICS, key)?.step)
  }
  for (const r of alert.data.risk?.reasons ?? []) {
    const code = reasonCode(r)
    // An exit answer's own outcome says more than the risk engine's "exit intent".
    if (code === 'exit_intent' && exit) continue
    if (code) add(`reason:${code}`, code === 'exit_intent' ? exitIntentStep(r) : own(REASONS, code))
  }
  const picked = steps.slice(0, max)
  if (picked.length === 0) picked.push({ key: `kind:${alert.kind}`, text: KIND_STEPS[alert.kind][lang] })
  return picked
}

/**
 * The exit-intent step by how the exit survey ended: saved by an offer, finished without one, or
 * only started. Reasons stored before they carried `exitOutcome` tell it only in their English text.
 */
function exitIntentStep(reason: RiskReason): Texts {
  const outcome = reason.exitOutcome ?? (/^saved by an offer/i.test(reason.text) ? 'saved' : /^finished the exit survey/i.test(reason.text) ? 'finished' : 'started')
  return outcome === 'saved' ? SAVED_ANY : outcome === 'finished' ? EXIT_FINISHED : REASONS.exit_intent
}

/**
 * No one to contact: read what they said, see whether others say it too, file it where it counts.
 * Without a comment there is nothing to read or file: only the trend can tell more.
 */
function anonymousSteps(alert: Pick<Alert, 'data'>, lang: Lang): NextStep[] {
  const response = alert.data.response
  if (!response?.comment?.trim()) return [{ key: 'anonymous:no_contact', text: ANONYMOUS_NO_COMMENT[lang] }]
  const topics = (response.topics ?? []).map((x) => (own(TOPICS, topicKey(x.id)) ? topicLabel(x.id, lang) : x.label ?? topicLabel(x.id, lang)))
  return [
    { key: 'anonymous:no_contact', text: ANONYMOUS_NO_CONTACT[lang] },
    { key: 'anonymous:theme', text: anonymousThemeStep([...new Set(topics)], lang) },
    { key: 'anonymous:link', text: ANONYMOUS_LINK[lang] },
  ]
}

// Other spellings taxonomies use for the same topics.
const TOPIC_ALIASES: Record<string, string> = {
  price: 'pricing', prices: 'pricing', cost: 'pricing', missing_features: 'missing_feature', features: 'missing_feature',
  feature_request: 'missing_feature', customer_service: 'support', service: 'support', bug: 'bugs', quality: 'reliability',
  outage: 'reliability', speed: 'performance', ux: 'usability', ease_of_use: 'usability', payment: 'billing', payments: 'billing',
}

export function topicKey(id: string): string {
  const key = id.toLowerCase()
  return own(TOPICS, key) ? key : own(TOPIC_ALIASES, key) ?? key
}

export function topicLabel(id: string, lang: Lang): string {
  return own(TOPICS, topicKey(id))?.label[lang] ?? id.replace(/_/g, ' ')
}

/** A topic's name for a field of its own ("Missing feature", 缺少功能), as the default taxonomy names it. */
export function topicName(id: string, lang: Lang): string {
  const label = topicLabel(id, lang)
  return lang === 'en' ? label.charAt(0).toUpperCase() + label.slice(1) : label
}
