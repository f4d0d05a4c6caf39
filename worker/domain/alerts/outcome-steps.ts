// Next steps that depend on what already happened, so they never contradict it: the exit survey's
// outcome (a customer saved by an offer, or one who turned it down) and anonymous answers, where
// there is nobody to contact. next-steps.ts picks among these; the texts are in three languages.
import type { Lang, Texts } from './i18n.ts'
import { own } from '../own.ts'

const t = (en: string, hans: string, hant: string): Texts => ({ en, 'zh-Hans': hans, 'zh-Hant': hant })

/** Saved by the offer (by its kind, as surveys configure it): make sure it holds, and follow up. */
export const SAVED_STEPS: Record<string, Texts> = {
  discount: t('They took the discount: confirm it is applied to their account, and check in before it ends.', '客户接受了折扣：确认折扣已在其账户生效，并在折扣结束前回访。', '客戶接受了折扣：確認折扣已在其帳戶生效，並在折扣結束前回訪。'),
  pause: t('They paused instead of cancelling: confirm the pause is set up, and check in before it ends.', '客户选择暂停而非取消：确认暂停已设置好，并在暂停结束前回访。', '客戶選擇暫停而非取消：確認暫停已設定好，並在暫停結束前回訪。'),
  downgrade: t('They moved to a smaller plan: confirm the change is applied, and check in after their first month on it.', '客户改用了更小的套餐：确认变更已生效，并在使用满一个月后回访。', '客戶改用了較小的方案：確認變更已生效，並在使用滿一個月後回訪。'),
  talk: t('They agreed to talk: book the call within a day and come with an answer to their reason.', '客户同意沟通：在一天内安排通话，并针对其取消原因准备好答复。', '客戶同意溝通：在一天內安排通話，並針對其取消原因準備好答覆。'),
}
export const SAVED_ANY = t('They accepted the save offer: confirm it is applied, and check in before it ends.', '客户接受了挽留优惠：确认优惠已生效，并在优惠结束前回访。', '客戶接受了挽留優惠：確認優惠已生效，並在優惠結束前回訪。')

/** Turned the offer down: they are leaving. */
export const LEAVING = t(
  "They turned down the save offer and are leaving: don't offer it again; ask for a short final call, or written feedback on what would have kept them.",
  '客户拒绝了挽留优惠，即将离开：不要再次提供；请求一次简短的告别通话，或书面反馈怎样才能留住他们。',
  '客戶拒絕了挽留優惠，即將離開：不要再次提供；請求一次簡短的道別通話，或書面回饋怎樣才能留住他們。',
)

/** Finished the exit survey without taking an offer, as a risk reason says it (no exit answer at hand). */
export const EXIT_FINISHED = t(
  'They finished the exit survey without taking an offer: read their answer, and ask for a final call or feedback.',
  '客户完成了退订问卷但未接受优惠：阅读其回答，并请求一次告别通话或反馈。',
  '客戶完成了退訂問卷但未接受優惠：閱讀其回答，並請求一次道別通話或回饋。',
)

/**
 * Exit reason → acting on the cause, with no offer in it: for a customer who already saw one
 * (saved or not). A reason not listed has no such step; the outcome's step still applies.
 */
export const EXIT_CAUSES: Record<string, Texts> = {
  too_expensive: t('Pass their price feedback, with their plan and usage, to whoever owns pricing.', '把其对价格的反馈连同套餐和使用情况转给负责定价的人。', '把其對價格的回饋連同方案和使用情況轉給負責定價的人。'),
  missing_features: t('Log the missing feature with product as feedback from the exit survey.', '把缺少的功能作为退订问卷中的反馈登记给产品团队。', '把缺少的功能作為退訂問卷中的回饋登記給產品團隊。'),
  switched_competitor: t('Find out which competitor and what won them over; pass it to product and sales.', '了解是哪家竞品以及吸引他们的原因；转告产品和销售团队。', '了解是哪家競品以及吸引他們的原因；轉告產品和銷售團隊。'),
  poor_support: t('Hand their case to the support lead: review their tickets and reply personally.', '将其情况转交客服主管：复查其工单并亲自回复。', '將其情況轉交客服主管：複查其工單並親自回覆。'),
  quality_issues: t('Send the problems they hit to engineering with their account details.', '把客户遇到的问题连同账户信息发给工程团队。', '把客戶遇到的問題連同帳戶資訊發給工程團隊。'),
  too_complicated: t('Pass the workflow they found too complicated to product as usability feedback.', '把客户觉得太复杂的流程作为易用性反馈转给产品团队。', '把客戶覺得太複雜的流程作為易用性回饋轉給產品團隊。'),
  no_longer_needed: t('Note what changed for them, so product and sales see why customers stop needing it.', '记录客户情况发生了什么变化，让产品和销售了解客户为何不再需要。', '記錄客戶情況發生了什麼變化，讓產品和銷售了解客戶為何不再需要。'),
  temporary: t('Note when they expect to need it again, and invite them back then.', '记录客户预计何时会再次需要，并届时邀请其回来。', '記錄客戶預計何時會再次需要，並屆時邀請其回來。'),
  other: t('Read their comment and reply personally.', '阅读其留言并亲自回复。', '閱讀其留言並親自回覆。'),
}

export function savedStep(offerKind: string | null | undefined): Texts {
  return (offerKind ? own(SAVED_STEPS, offerKind) : undefined) ?? SAVED_ANY
}

/** An anonymous answer: nobody to call or email. */
export const ANONYMOUS_NO_CONTACT = t(
  'The answer is anonymous, so there is nobody to call or email: read the comment for what went wrong.',
  '这是匿名回答，无人可以致电或发邮件：请阅读留言，了解问题所在。',
  '這是匿名回答，無人可以致電或寄信：請閱讀留言，了解問題所在。',
)
export const ANONYMOUS_NO_COMMENT = t(
  'The answer is anonymous and left no comment, so there is nobody to contact: see whether scores like it are becoming a trend.',
  '这是匿名回答且没有留言，无人可以联系：查看类似评分是否正在形成趋势。',
  '這是匿名回答且沒有留言，無人可以聯繫：查看類似評分是否正在形成趨勢。',
)
export const ANONYMOUS_THEME = t(
  'Look for the same theme in other answers (Responses, searched by words from the comment): is it one person or a pattern?',
  '在其他回答中查找相同主题（在“回答”页用留言中的词搜索）：是个别情况还是普遍问题？',
  '在其他回答中查找相同主題（在「回答」頁用留言中的詞搜尋）：是個別情況還是普遍問題？',
)
export const ANONYMOUS_LINK = t(
  'Link the response wherever that issue is tracked (a bug, a feature request, a pricing review), so it counts.',
  '把这条回答链接到跟踪该问题的地方（缺陷、功能需求、价格评估），让它被计入。',
  '把這則回答連結到追蹤該問題的地方（缺陷、功能需求、價格評估），讓它被計入。',
)

/** The theme step naming the answer's topics ("pricing and support"). */
export function anonymousThemeStep(topics: string[], lang: Lang): string {
  if (topics.length === 0) return ANONYMOUS_THEME[lang]
  if (lang === 'en') {
    const named = topics.length === 1 ? topics[0] : `${topics.slice(0, -1).join(', ')} and ${topics[topics.length - 1]}`
    return `Look for ${named} in other answers (Responses, filtered by topic): is it one person or a pattern?`
  }
  const named = topics.join('、')
  return lang === 'zh-Hans'
    ? `在其他回答中查找“${named}”（在“回答”页按主题筛选）：是个别情况还是普遍问题？`
    : `在其他回答中查找「${named}」（在「回答」頁按主題篩選）：是個別情況還是普遍問題？`
}
