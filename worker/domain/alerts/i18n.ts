// Languages the alert texts come in, and how a locale picks one.
// Team-facing text defaults to English; a customer's words are always quoted untouched.

export type Lang = 'en' | 'zh-Hans' | 'zh-Hant'
export type Texts = Record<Lang, string>

/** zh-TW, zh-HK, zh-MO and zh-Hant* read Traditional; other zh read Simplified; everything else English. */
export function languageFor(locale: string | null | undefined): Lang {
  if (!locale) return 'en'
  const tag = locale.replace(/_/g, '-').toLowerCase()
  if (tag !== 'zh' && !tag.startsWith('zh-')) return 'en'
  if (/(^|-)hant(-|$)/.test(tag)) return 'zh-Hant'
  if (/(^|-)hans(-|$)/.test(tag)) return 'zh-Hans'
  return /(^|-)(tw|hk|mo)(-|$)/.test(tag) ? 'zh-Hant' : 'zh-Hans'
}

/** Headings and words used around the facts of an alert. */
export const LABELS = {
  customer: { en: 'Customer', 'zh-Hans': '客户', 'zh-Hant': '客戶' },
  email: { en: 'Email', 'zh-Hans': '邮箱', 'zh-Hant': '電子郵件' },
  /** Who an answer with no customer id is (its stored id stays "anonymous"). */
  anonymous: { en: 'anonymous', 'zh-Hans': '匿名用户', 'zh-Hant': '匿名使用者' },
  plan: { en: 'Plan', 'zh-Hans': '套餐', 'zh-Hant': '方案' },
  revenue: { en: 'Revenue', 'zh-Hans': '收入', 'zh-Hant': '營收' },
  perMonth: { en: '/mo', 'zh-Hans': '/月', 'zh-Hant': '/月' },
  valueTier: { en: 'Value tier', 'zh-Hans': '价值层级', 'zh-Hant': '價值層級' },
  topValue: { en: 'top value', 'zh-Hans': '高价值', 'zh-Hant': '高價值' },
  score: { en: 'Score', 'zh-Hans': '评分', 'zh-Hant': '評分' },
  question: { en: 'Question', 'zh-Hans': '问题', 'zh-Hant': '問題' },
  comment: { en: 'Comment', 'zh-Hans': '评论', 'zh-Hant': '評論' },
  sentiment: { en: 'Sentiment', 'zh-Hans': '情感', 'zh-Hant': '情感' },
  topics: { en: 'Topics', 'zh-Hans': '话题', 'zh-Hant': '話題' },
  risk: { en: 'Churn risk', 'zh-Hans': '流失风险', 'zh-Hant': '流失風險' },
  reasons: { en: 'Why', 'zh-Hans': '原因', 'zh-Hant': '原因' },
  exitReason: { en: 'Exit reason', 'zh-Hans': '取消原因', 'zh-Hant': '取消原因' },
  offer: { en: 'Save offer', 'zh-Hans': '挽留优惠', 'zh-Hant': '挽留優惠' },
  nextSteps: { en: 'Suggested next steps', 'zh-Hans': '建议的下一步', 'zh-Hant': '建議的下一步' },
  openCustomer: { en: 'Open customer', 'zh-Hans': '查看客户', 'zh-Hant': '查看客戶' },
  severity: { en: 'Severity', 'zh-Hans': '严重程度', 'zh-Hant': '嚴重程度' },
  testNotice: {
    en: 'Test message from Stayloop: sample data, not a real alert about a real customer.',
    'zh-Hans': 'Stayloop 测试消息：示例数据，并非关于真实客户的真实提醒。',
    'zh-Hant': 'Stayloop 測試訊息：範例資料，並非關於真實客戶的真實提醒。',
  },
} satisfies Record<string, Texts>

export const KIND_TITLES = {
  detractor: { en: 'Detractor', 'zh-Hans': '贬损者', 'zh-Hant': '貶損者' },
  negative_feedback: { en: 'Negative feedback', 'zh-Hans': '负面反馈', 'zh-Hant': '負面回饋' },
  risk_escalated: { en: 'Churn risk escalated', 'zh-Hans': '流失风险上升', 'zh-Hant': '流失風險上升' },
  exit: { en: 'Exit survey', 'zh-Hans': '退订调查', 'zh-Hant': '退訂調查' },
  high_value_at_risk: { en: 'High-value customer at risk', 'zh-Hans': '高价值客户有流失风险', 'zh-Hant': '高價值客戶有流失風險' },
} satisfies Record<string, Texts>

export const WORDS = {
  low: { en: 'low', 'zh-Hans': '低', 'zh-Hant': '低' },
  medium: { en: 'medium', 'zh-Hans': '中', 'zh-Hant': '中' },
  high: { en: 'high', 'zh-Hans': '高', 'zh-Hant': '高' },
  critical: { en: 'critical', 'zh-Hans': '紧急', 'zh-Hant': '緊急' },
  positive: { en: 'positive', 'zh-Hans': '正面', 'zh-Hant': '正面' },
  negative: { en: 'negative', 'zh-Hans': '负面', 'zh-Hant': '負面' },
  neutral: { en: 'neutral', 'zh-Hans': '中性', 'zh-Hant': '中性' },
  mixed: { en: 'mixed', 'zh-Hans': '褒贬不一', 'zh-Hant': '褒貶不一' },
  saved: { en: 'accepted (saved)', 'zh-Hans': '已接受（已挽留）', 'zh-Hant': '已接受（已挽留）' },
  declined: { en: 'declined', 'zh-Hans': '已拒绝', 'zh-Hant': '已拒絕' },
  no_offer: { en: 'none shown', 'zh-Hans': '未提供', 'zh-Hant': '未提供' },
} satisfies Record<string, Texts>

/** Save-offer kinds the exit survey makes (surveys/types.ts: OfferKind). */
export const OFFER_KINDS = {
  discount: { en: 'discount', 'zh-Hans': '折扣', 'zh-Hant': '折扣' },
  pause: { en: 'pause', 'zh-Hans': '暂停账户', 'zh-Hant': '暫停帳戶' },
  downgrade: { en: 'downgrade', 'zh-Hans': '降级套餐', 'zh-Hant': '降級方案' },
  talk: { en: 'talk to us', 'zh-Hans': '和我们聊聊', 'zh-Hant': '和我們聊聊' },
} satisfies Record<string, Texts>

/** An offer kind in words; one this release does not know reads as its id with spaces. */
export function offerKindText(kind: string, lang: Lang): string {
  return Object.hasOwn(OFFER_KINDS, kind) ? OFFER_KINDS[kind as keyof typeof OFFER_KINDS][lang] : kind.replace(/_/g, ' ')
}
