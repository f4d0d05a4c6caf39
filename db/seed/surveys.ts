// The four surveys every new workspace starts with, in English, Simplified and Traditional Chinese (the NPS
// survey in Spanish too, which the widget speaks with the words the server sends).
import type { SurveyContent, SurveyKind, Trigger, Frequency } from '../../worker/domain/surveys/types.ts'

export interface SurveySeed {
  kind: SurveyKind
  name: string
  content: SurveyContent
  trigger: Trigger
  frequency: Frequency
  sampling: number
}

const nps: SurveyContent = {
  locales: {
    en: {
      question: 'How likely are you to recommend Acme Analytics to a friend or colleague?',
      lowLabel: 'Not at all likely',
      highLabel: 'Extremely likely',
      followUps: { detractor: 'What disappointed you?', passive: 'What would make it a 10 for you?', promoter: 'What do you like most?' },
      commentPlaceholder: 'Tell us more (optional)',
      thankYou: 'Thank you! Your feedback goes straight to our product team.',
    },
    'zh-Hans': {
      question: '您有多大可能向朋友或同事推荐 Acme Analytics？',
      lowLabel: '完全不可能',
      highLabel: '非常可能',
      followUps: { detractor: '哪些地方让您失望？', passive: '怎样才能让您打 10 分？', promoter: '您最喜欢哪一点？' },
      commentPlaceholder: '说说您的想法（选填）',
      thankYou: '谢谢！您的反馈会直接送到我们的产品团队。',
    },
    'zh-Hant': {
      question: '您有多大可能向朋友或同事推薦 Acme Analytics？',
      lowLabel: '完全不可能',
      highLabel: '非常可能',
      followUps: { detractor: '哪些地方讓您失望？', passive: '怎樣才能讓您打 10 分？', promoter: '您最喜歡哪一點？' },
      commentPlaceholder: '說說您的想法（選填）',
      thankYou: '謝謝！您的回饋會直接送到我們的產品團隊。',
    },
    // The widget ships only English and Chinese words; for Spanish the server sends its own (widget-strings.ts).
    es: {
      question: '¿Qué probabilidad hay de que recomiendes Acme Analytics a un amigo o colega?',
      lowLabel: 'Nada probable',
      highLabel: 'Muy probable',
      followUps: { detractor: '¿Qué te decepcionó?', passive: '¿Qué haría falta para que fuera un 10?', promoter: '¿Qué es lo que más te gusta?' },
      commentPlaceholder: 'Cuéntanos más (opcional)',
      thankYou: '¡Gracias! Tu opinión llega directamente a nuestro equipo de producto.',
    },
  },
}

const csat: SurveyContent = {
  locales: {
    en: {
      question: 'How satisfied are you with the new reports page?',
      lowLabel: 'Very unsatisfied',
      highLabel: 'Very satisfied',
      followUps: { low: 'What went wrong?', high: 'What worked well for you?' },
      commentPlaceholder: 'Anything else? (optional)',
      thankYou: 'Thanks for letting us know!',
    },
    'zh-Hans': {
      question: '您对新的报表页面满意吗？',
      lowLabel: '非常不满意',
      highLabel: '非常满意',
      followUps: { low: '哪里出了问题？', high: '哪些地方让您满意？' },
      commentPlaceholder: '还有其他想说的吗？（选填）',
      thankYou: '感谢您的反馈！',
    },
    'zh-Hant': {
      question: '您對新的報表頁面滿意嗎？',
      lowLabel: '非常不滿意',
      highLabel: '非常滿意',
      followUps: { low: '哪裡出了問題？', high: '哪些地方讓您滿意？' },
      commentPlaceholder: '還有其他想說的嗎？（選填）',
      thankYou: '感謝您的回饋！',
    },
  },
}

const ces: SurveyContent = {
  locales: {
    en: {
      question: 'How easy was it to set up your first dashboard?',
      lowLabel: 'Very easy',
      highLabel: 'Very difficult',
      followUps: { low: 'Great! What helped most?', high: 'Sorry about that. What made it hard?' },
      commentPlaceholder: 'Tell us more (optional)',
      thankYou: 'Thank you, this helps us make it easier.',
    },
    'zh-Hans': {
      question: '设置您的第一个仪表板有多容易？',
      lowLabel: '非常容易',
      highLabel: '非常困难',
      followUps: { low: '太好了！什么帮助最大？', high: '抱歉给您添麻烦了。难在哪里？' },
      commentPlaceholder: '说说您的想法（选填）',
      thankYou: '谢谢，这能帮助我们把它做得更简单。',
    },
    'zh-Hant': {
      question: '設定您的第一個儀表板有多容易？',
      lowLabel: '非常容易',
      highLabel: '非常困難',
      followUps: { low: '太好了！什麼幫助最大？', high: '抱歉給您添麻煩了。難在哪裡？' },
      commentPlaceholder: '說說您的想法（選填）',
      thankYou: '謝謝，這能幫助我們把它做得更簡單。',
    },
  },
}

const reasonsEn = {
  too_expensive: 'It’s too expensive', missing_features: 'It’s missing features I need', switched_competitor: 'I’m switching to another product',
  poor_support: 'Support didn’t help me', quality_issues: 'Too many bugs or quality issues', too_complicated: 'It’s too complicated',
  no_longer_needed: 'I no longer need it', temporary: 'It’s only temporary', other: 'Other',
}
const reasonsHans = {
  too_expensive: '价格太贵', missing_features: '缺少我需要的功能', switched_competitor: '我要换用其他产品', poor_support: '客服没能帮到我',
  quality_issues: '问题或故障太多', too_complicated: '太复杂了', no_longer_needed: '不再需要了', temporary: '只是暂时停用', other: '其他',
}
const reasonsHant = {
  too_expensive: '價格太貴', missing_features: '缺少我需要的功能', switched_competitor: '我要換用其他產品', poor_support: '客服沒能幫到我',
  quality_issues: '問題或故障太多', too_complicated: '太複雜了', no_longer_needed: '不再需要了', temporary: '只是暫時停用', other: '其他',
}

const exit: SurveyContent = {
  reasons: ['too_expensive', 'missing_features', 'switched_competitor', 'poor_support', 'quality_issues', 'too_complicated', 'no_longer_needed', 'temporary', 'other'],
  offers: { too_expensive: { kind: 'discount' }, temporary: { kind: 'pause' }, too_complicated: { kind: 'talk' }, poor_support: { kind: 'talk' } },
  locales: {
    en: {
      question: 'Sorry to see you go. Why are you cancelling?',
      commentPlaceholder: 'Anything we could have done better? (optional)',
      thankYou: 'Thank you for telling us.',
      reasons: reasonsEn,
      offers: {
        too_expensive: { title: 'Stay for 30% less', body: 'Keep everything you have for 30% off the next 3 months.', accept: 'Apply the discount', decline: 'No thanks, cancel' },
        temporary: { title: 'Pause instead?', body: 'Pause your subscription for up to 3 months and keep your data.', accept: 'Pause my subscription', decline: 'No thanks, cancel' },
        too_complicated: { title: 'Let us set it up with you', body: 'Book a free 30-minute session with a product specialist.', accept: 'Book a session', decline: 'No thanks, cancel' },
        poor_support: { title: 'Talk to a senior engineer', body: 'We’ll have a senior support engineer call you within one business day.', accept: 'Yes, call me', decline: 'No thanks, cancel' },
      },
    },
    'zh-Hans': {
      question: '很遗憾您要离开。请问取消的原因是什么？',
      commentPlaceholder: '我们哪里可以做得更好？（选填）',
      thankYou: '感谢您告诉我们。',
      reasons: reasonsHans,
      offers: {
        too_expensive: { title: '立减 30%，继续使用', body: '接下来 3 个月享受 7 折，所有功能保持不变。', accept: '使用折扣', decline: '不用了，继续取消' },
        temporary: { title: '改为暂停？', body: '最多暂停 3 个月，数据完整保留。', accept: '暂停订阅', decline: '不用了，继续取消' },
        too_complicated: { title: '我们陪您一起设置', body: '预约 30 分钟免费产品专家指导。', accept: '预约指导', decline: '不用了，继续取消' },
        poor_support: { title: '请高级工程师联系您', body: '我们的高级支持工程师将在一个工作日内致电您。', accept: '好的，请联系我', decline: '不用了，继续取消' },
      },
    },
    'zh-Hant': {
      question: '很遺憾您要離開。請問取消的原因是什麼？',
      commentPlaceholder: '我們哪裡可以做得更好？（選填）',
      thankYou: '感謝您告訴我們。',
      reasons: reasonsHant,
      offers: {
        too_expensive: { title: '立減 30%，繼續使用', body: '接下來 3 個月享受 7 折，所有功能保持不變。', accept: '使用折扣', decline: '不用了，繼續取消' },
        temporary: { title: '改為暫停？', body: '最多暫停 3 個月，資料完整保留。', accept: '暫停訂閱', decline: '不用了，繼續取消' },
        too_complicated: { title: '我們陪您一起設定', body: '預約 30 分鐘免費產品專家指導。', accept: '預約指導', decline: '不用了，繼續取消' },
        poor_support: { title: '請資深工程師聯絡您', body: '我們的資深支援工程師將在一個工作日內致電您。', accept: '好的，請聯絡我', decline: '不用了，繼續取消' },
      },
    },
  },
}

export const DEFAULT_SURVEYS: SurveySeed[] = [
  { kind: 'nps', name: 'Quarterly NPS', content: nps, trigger: { type: 'pageview', url: { match: 'contains', value: '/' } }, frequency: { mode: 'every', days: 90 }, sampling: 100 },
  { kind: 'csat', name: 'Reports page CSAT', content: csat, trigger: { type: 'event', event: 'report_viewed' }, frequency: { mode: 'until_answered' }, sampling: 100 },
  { kind: 'ces', name: 'Onboarding effort (CES)', content: ces, trigger: { type: 'event', event: 'dashboard_created' }, frequency: { mode: 'once' }, sampling: 100 },
  { kind: 'exit', name: 'Cancellation flow', content: exit, trigger: { type: 'manual' }, frequency: { mode: 'every', days: 1 }, sampling: 100 },
]
