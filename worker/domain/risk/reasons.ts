// Turning a score's biggest contributions into plain words with the numbers behind them.
import type { FeatureName, RiskFeatures } from './features.ts'
import { topicLabel } from '../alerts/next-steps.ts'
import type { Lang } from '../alerts/i18n.ts'
import { exitReasonLabel } from '../surveys/exit-reasons.ts'

export interface RiskReason {
  code: string
  /** In English; `i18n` holds the same sentence in Chinese, for the dashboard and alerts. */
  text: string
  i18n: { 'zh-Hans': string; 'zh-Hant': string }
  /** Log-odds this reason adds to the score (larger = more of the risk). */
  impact: number
  /** For `exit_intent`: how the exit survey ended, as a fact for what to do next (alerts' next steps). */
  exitOutcome?: 'started' | 'finished' | 'saved'
}

type Contributions = Partial<Record<FeatureName, number>>
type Texts = [en: string, hans: string, hant: string]
type Describe = (f: RiskFeatures) => Texts

const pct = (v: number | null) => `${Math.round(Math.abs(v ?? 0))}%`
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`)
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
/** The first two topics by their names in `lang` ("missing feature", 缺少功能), not their ids. */
const list = (topics: string[], and: string, lang: Lang) => topics.slice(0, 2).map((id) => topicLabel(id, lang)).join(and)
const fell = (from: number | null, to: number | null, change: number | null) => change !== null && change < 0 && from !== null
/** Effort: higher is worse, so the move that matters is a rise. */
const rose = (from: number | null, change: number | null) => change !== null && change > 0 && from !== null
/** Only ever given a fall (READS below keeps rises out), which is at most 100%. */
const down = (what: Texts, v: number | null, days: number): Texts =>
  [`${what[0]} down ${pct(v)} vs. the ${days} days before`, `${what[1]}比前 ${days} 天下降 ${pct(v)}`, `${what[2]}比前 ${days} 天下降 ${pct(v)}`]

/** Customers younger than this are "new" (the default model adds risk only below it). */
const NEW_CUSTOMER_DAYS = 90
/** Less than a week without a visit or a purchase is no silence worth a line (the default model's first cut for visits). */
const SILENT_DAYS = 7

/**
 * Which values read the way their reason's words do. A refit may give risk to the other side of a
 * feature (usage up, no complaints, a promoter's 10, a customer of five years), which no sentence
 * here describes; such a part still counts in the score but is given as no reason, rather than
 * one saying the opposite of what happened ("sessions down 575%" for a rise).
 */
const READS: Partial<Record<FeatureName, (v: number) => boolean>> = {
  loginsChangePct: (v) => v < 0,
  sessionsChangePct: (v) => v < 0,
  featureUsesChangePct: (v) => v < 0,
  purchaseChangePct: (v) => v < 0,
  daysSinceLastSeen: (v) => v >= SILENT_DAYS,
  daysSinceLastPurchase: (v) => v >= SILENT_DAYS,
  csatLatest: (v) => v < 4,
  csatChange: (v) => v < 0,
  cesLatest: (v) => v >= 4,
  cesChange: (v) => v > 0,
  complaints30: (v) => v > 0,
  tickets30: (v) => v > 0,
  negativeComments30: (v) => v > 0,
  tenureDays: (v) => v < NEW_CUSTOMER_DAYS,
  npsLatest: (v) => v <= 8,
  npsChange: (v) => v < 0,
  paymentFailures90: (v) => v > 0,
  paymentLate90: (v) => v > 0,
  exitIntent: (v) => v > 0,
}

const reads = (f: RiskFeatures, name: FeatureName) => {
  const value = f.values[name]
  const check = READS[name]
  return !check || (value !== null && check(value))
}

/** "customer for only 0 days" reads oddly: a first day says so. */
const newCustomer = (n: number): Texts => n < 1
  ? ['new customer (joined today)', '新客户（今天加入）', '新客戶（今天加入）']
  : [`new customer (joined ${plural(n, 'day')} ago)`, `新客户（${n} 天前加入）`, `新客戶（${n} 天前加入）`]

/** Related features speak as one reason, e.g. NPS level and NPS change. */
const GROUPS: { code: string; features: FeatureName[]; describe: Describe }[] = [
  { code: 'logins_down', features: ['loginsChangePct'], describe: (f) => down(['logins', '登录次数', '登入次數'], f.values.loginsChangePct, 60) },
  { code: 'sessions_down', features: ['sessionsChangePct'], describe: (f) => down(['sessions', '使用次数', '使用次數'], f.values.sessionsChangePct, 60) },
  { code: 'feature_use_down', features: ['featureUsesChangePct'], describe: (f) => down(['feature use', '功能使用', '功能使用'], f.values.featureUsesChangePct, 60) },
  { code: 'inactive', features: ['daysSinceLastSeen'], describe: (f) => { const n = f.values.daysSinceLastSeen; return [`not seen for ${n} days`, `已 ${n} 天未出现`, `已 ${n} 天未出現`] } },
  {
    code: 'purchases_down',
    features: ['purchaseChangePct', 'daysSinceLastPurchase'],
    describe: (f) => {
      if (f.values.purchaseChangePct !== null && f.values.purchaseChangePct < 0) return down(['purchases', '购买', '購買'], f.values.purchaseChangePct, 90)
      const n = f.values.daysSinceLastPurchase
      return [`no purchase for ${n} days`, `已 ${n} 天没有购买`, `已 ${n} 天沒有購買`]
    },
  },
  {
    code: 'csat_low',
    features: ['csatLatest', 'csatChange'],
    describe: ({ values: v, detail: d }) => fell(d.csatPrevious, v.csatLatest, v.csatChange)
      ? [`CSAT fell from ${d.csatPrevious} to ${v.csatLatest} of 5`, `CSAT 从 ${d.csatPrevious} 降到 ${v.csatLatest}（满分 5）`, `CSAT 從 ${d.csatPrevious} 降到 ${v.csatLatest}（滿分 5）`]
      : [`CSAT ${v.csatLatest} of 5`, `CSAT ${v.csatLatest}（满分 5）`, `CSAT ${v.csatLatest}（滿分 5）`],
  },
  {
    code: 'effort_high',
    features: ['cesLatest', 'cesChange'],
    describe: ({ values: v, detail: d }) => rose(d.cesPrevious, v.cesChange)
      ? [`effort score rose from ${d.cesPrevious} to ${v.cesLatest} of 7 (7 = very difficult)`, `费力度从 ${d.cesPrevious} 升到 ${v.cesLatest}（满分 7，7 = 非常困难）`, `費力度從 ${d.cesPrevious} 升到 ${v.cesLatest}（滿分 7，7 = 非常困難）`]
      : [`effort score ${v.cesLatest} of 7 (7 = very difficult)`, `费力度 ${v.cesLatest}（满分 7，7 = 非常困难）`, `費力度 ${v.cesLatest}（滿分 7，7 = 非常困難）`],
  },
  { code: 'complaints', features: ['complaints30'], describe: (f) => { const n = f.values.complaints30 ?? 0; return [`${plural(n, 'complaint')} in 30 days`, `30 天内投诉 ${n} 次`, `30 天內投訴 ${n} 次`] } },
  { code: 'tickets', features: ['tickets30'], describe: (f) => { const n = f.values.tickets30 ?? 0; return [`${plural(n, 'support ticket')} in 30 days`, `30 天内工单 ${n} 个`, `30 天內工單 ${n} 個`] } },
  {
    code: 'negative_comments',
    features: ['negativeComments30'],
    describe: ({ values: v, detail: d }) => {
      const n = v.negativeComments30 ?? 0
      const about = d.topics.length > 0
      return [`${plural(n, 'negative comment')} in 30 days${about ? `, about ${list(d.topics, ' and ', 'en')}` : ''}`,
        `30 天内负面评论 ${n} 条${about ? `，涉及${list(d.topics, '、', 'zh-Hans')}` : ''}`, `30 天內負面評論 ${n} 則${about ? `，涉及${list(d.topics, '、', 'zh-Hant')}` : ''}`]
    },
  },
  { code: 'new_customer', features: ['tenureDays'], describe: (f) => newCustomer(f.values.tenureDays ?? 0) },
  { code: 'renewal_soon', features: ['daysToRenewal'], describe: (f) => { const n = f.values.daysToRenewal ?? 0; return [`renewal in ${plural(n, 'day')}`, `${n} 天后续约`, `${n} 天後續約`] } },
  {
    code: 'segment_churn',
    features: ['segmentChurnRate'],
    describe: (f) => { const p = pct((f.values.segmentChurnRate ?? 0) * 100); return [`${p} of similar customers churn`, `同类客户中 ${p} 流失`, `同類客戶中 ${p} 流失`] },
  },
  {
    code: 'nps',
    features: ['npsLatest', 'npsChange'],
    describe: ({ values: v, detail: d }) => {
      const t = d.npsTopics
      const [en, hans, hant]: Texts = fell(d.npsPrevious, v.npsLatest, v.npsChange)
        ? [`NPS fell from ${d.npsPrevious} to ${v.npsLatest}`, `NPS 从 ${d.npsPrevious} 降到 ${v.npsLatest}`, `NPS 從 ${d.npsPrevious} 降到 ${v.npsLatest}`]
        : [`NPS ${v.npsLatest}`, `NPS ${v.npsLatest}`, `NPS ${v.npsLatest}`]
      return t.length ? [`${en}, comment mentions ${list(t, ' and ', 'en')}`, `${hans}，评论提到${list(t, '、', 'zh-Hans')}`, `${hant}，評論提到${list(t, '、', 'zh-Hant')}`] : [en, hans, hant]
    },
  },
  { code: 'payment_failed', features: ['paymentFailures90'], describe: (f) => { const n = f.values.paymentFailures90 ?? 0; return [`payment failed ${times(n)} in 90 days`, `90 天内付款失败 ${n} 次`, `90 天內付款失敗 ${n} 次`] } },
  { code: 'payment_late', features: ['paymentLate90'], describe: (f) => { const n = f.values.paymentLate90 ?? 0; return [`paid late ${times(n)} in 90 days`, `90 天内逾期付款 ${n} 次`, `90 天內逾期付款 ${n} 次`] } },
  {
    code: 'exit_intent',
    features: ['exitIntent'],
    describe: ({ detail: d }) => {
      // The reason by its words in each language, never its code.
      const why = (lang: Lang, open: string, close = '') => (d.exitReason ? `${open}${exitReasonLabel(d.exitReason, lang)}${close}` : '')
      if (d.exitOutcome === 'saved') {
        return [`saved by an offer in the exit survey${why('en', ' (reason: ', ')')}`, `在退订问卷中接受了挽留优惠${why('zh-Hans', '（原因：', '）')}`, `在退訂問卷中接受了挽留優惠${why('zh-Hant', '（原因：', '）')}`]
      }
      const done = d.exitOutcome === 'finished'
      return [`${done ? 'finished' : 'started'} the exit survey${why('en', ': ')}`, `${done ? '已完成' : '已开始'}退订问卷${why('zh-Hans', '：')}`, `${done ? '已完成' : '已開始'}退訂問卷${why('zh-Hant', '：')}`]
    },
  },
]

/** Reasons that raise the score, biggest first; tiny nudges (< 0.1 log-odds) are not worth a line. */
export function reasonsFor(features: RiskFeatures, parts: Contributions): RiskReason[] {
  const reasons: RiskReason[] = []
  for (const group of GROUPS) {
    const impact = group.features.reduce((s, name) => s + (reads(features, name) ? parts[name] ?? 0 : 0), 0)
    if (impact < 0.1) continue
    const [text, hans, hant] = group.describe(features)
    const exitOutcome = group.code === 'exit_intent' ? features.detail.exitOutcome ?? undefined : undefined
    reasons.push({ code: group.code, text, i18n: { 'zh-Hans': hans, 'zh-Hant': hant }, impact: Math.round(impact * 100) / 100, ...(exitOutcome ? { exitOutcome } : {}) })
  }
  return reasons.sort((a, b) => b.impact - a.impact)
}
