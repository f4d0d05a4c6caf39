// What customers write beside their exit reason in the demo: the comment says the same thing as
// the reason, as it does in real exit surveys (the demo used to pair any complaint with any reason).
// Locales without their own list use their general complaints.
import type { CommentLocale } from './comments.ts'

export type ExitReason = 'too_expensive' | 'switched_competitor' | 'missing_features' | 'poor_support' | 'quality_issues' | 'temporary'

export const EXIT_COMMENTS: Record<ExitReason, Partial<Record<CommentLocale, string[]>>> = {
  too_expensive: {
    en: ['The price went up again and we cannot justify it for a team our size.', 'Too expensive for how little of it we use.', 'Budget cuts, and this was the priciest tool we pay for.'],
    'zh-Hans': ['价格又涨了，我们团队规模撑不起这个价。', '太贵了，用到的功能很少。'],
    'zh-Hant': ['價格太貴了，預算不夠。'],
  },
  switched_competitor: {
    en: ['Moving to Mixpanel, it does more for the same price.', 'We switched to Amplitude, the team already knew it.', 'Found a cheaper alternative that covers what we need.'],
    'zh-Hans': ['换成神策了，功能更全。', '公司统一改用了别的工具。'],
    'zh-Hant': ['改用其他工具了，功能比較多。'],
  },
  missing_features: {
    en: ['Still no Salesforce sync, we cannot keep exporting CSVs by hand.', 'We needed an API for custom events and it never came.', 'No mobile app, and our field team lives on their phones.'],
    'zh-Hans': ['一直没有导出API，只能手动导出，太麻烦。', '缺少我们需要的功能，等了半年也没上线。'],
    'zh-Hant': ['一直沒有我們需要的功能。'],
  },
  poor_support: {
    en: ['Support took a week to answer, twice.', 'Every ticket got a copy-pasted answer from the docs.', 'Nobody replied when our dashboard was down.'],
    'zh-Hans': ['客服一个星期都不回复。', '工单没人处理，问题一直没解决。'],
    'zh-Hant': ['客服回覆太慢了。'],
  },
  quality_issues: {
    en: ['Too many outages this quarter, we lost data twice.', 'Reports kept crashing during client meetings.', 'Charts take forever to load, the team stopped using it.'],
    'zh-Hans': ['经常崩溃，数据丢了两次。', '加载太慢，团队都不用了。'],
    'zh-Hant': ['常常當機，資料還不見了。'],
  },
  temporary: {
    en: ['Project paused until next quarter, we will be back.', 'Seasonal business, we only need it in the summer.'],
    'zh-Hans': ['项目暂停了，下个季度再用。'],
    'zh-Hant': ['專案暫停，之後再回來。'],
  },
}
