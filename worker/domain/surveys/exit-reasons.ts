// Exit reasons in words, for risk reasons and alerts: people read "Too expensive" / 太贵了, never
// the stored code `too_expensive`. (The widget and the dashboard keep their own copies for their
// screens; these are the server's.)
import type { Lang } from '../alerts/i18n.ts'
import type { EXIT_REASONS } from './types.ts'

type Reason = (typeof EXIT_REASONS)[number]

const LABELS: Record<Reason, Record<Lang, string>> = {
  too_expensive: { en: 'too expensive', 'zh-Hans': '太贵了', 'zh-Hant': '太貴了' },
  missing_features: { en: 'missing features', 'zh-Hans': '缺少功能', 'zh-Hant': '缺少功能' },
  switched_competitor: { en: 'switched to a competitor', 'zh-Hans': '换用了竞品', 'zh-Hant': '換用了競品' },
  poor_support: { en: 'poor support', 'zh-Hans': '支持服务不好', 'zh-Hant': '支援服務不好' },
  quality_issues: { en: 'quality issues', 'zh-Hans': '质量问题', 'zh-Hant': '品質問題' },
  too_complicated: { en: 'too complicated', 'zh-Hans': '太复杂', 'zh-Hant': '太複雜' },
  no_longer_needed: { en: 'no longer needed', 'zh-Hans': '不再需要', 'zh-Hant': '不再需要' },
  temporary: { en: 'only needed it for a while', 'zh-Hans': '只是临时需要', 'zh-Hant': '只是臨時需要' },
  other: { en: 'something else', 'zh-Hans': '其他原因', 'zh-Hant': '其他原因' },
}

/** A built-in reason's words in `lang`; a survey's own reason code reads with spaces for underscores. */
export function exitReasonLabel(reason: string, lang: Lang): string {
  return Object.hasOwn(LABELS, reason) ? LABELS[reason as Reason][lang] : reason.replace(/_/g, ' ')
}
