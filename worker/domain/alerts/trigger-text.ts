// Why an alert fired, in words, from the facts it was decided on. The rules store the English
// sentence as `data.trigger` (the API's field); every message says it again in its own language
// from the same facts, so a Chinese team never reads "detractor" or "offer declined".
import type { AlertData, AlertKind, RiskTier } from './types.ts'
import { offerKindText, WORDS, type Lang, type Texts } from './i18n.ts'
import { exitReasonLabel } from '../surveys/exit-reasons.ts'

/** The trigger's facts, named as the deliveries API names them (`about.why`). */
export interface TriggerFacts {
  surveyKind?: string | null
  score?: number | null
  sentiment?: string | null
  confidence?: number | null
  /** The exit reason's label (in the team's language when the alert was decided), and its id. */
  exitReason?: string | null
  exitReasonId?: string | null
  exitOutcome?: 'saved' | 'declined' | 'no_offer' | null
  offerKind?: string | null
  riskTier?: RiskTier | null
  previousTier?: RiskTier | null
  riskScore?: number | null
}

export function triggerFacts(data: Pick<AlertData, 'response' | 'exit' | 'risk'>): TriggerFacts {
  const { response, exit, risk } = data
  return {
    surveyKind: response?.surveyKind ?? null,
    score: response?.score ?? null,
    sentiment: response?.sentiment?.label ?? null,
    confidence: response?.sentiment?.confidence ?? null,
    exitReason: exit?.reasonLabel ?? null,
    exitReasonId: exit?.reason ?? null,
    exitOutcome: exit?.outcome ?? null,
    offerKind: exit?.offer ?? null,
    riskTier: risk?.tier ?? null,
    previousTier: risk?.previousTier ?? null,
    riskScore: risk?.score ?? null,
  }
}

const t = (en: string, hans: string, hant: string): Texts => ({ en, 'zh-Hans': hans, 'zh-Hant': hant })

/** The detractor band of each scored survey kind (thresholds.ts: DETRACTOR_BANDS). */
const BANDS: Record<string, Texts> = {
  nps: t('detractor: 0-6', '贬损者：0-6', '貶損者：0-6'),
  csat: t('dissatisfied: 1-2 of 5', '不满意：5 分制中的 1-2', '不滿意：5 分制中的 1-2'),
  ces: t('very difficult: 6-7 of 7', '非常费力：7 分制中的 6-7', '非常費力：7 分制中的 6-7'),
}
const NO_REASON = t('no reason given', '未填原因', '未填原因')
const SAID = {
  exit: t('exit survey: {r}', '退订调查：{r}', '退訂調查：{r}'),
  offer: t('; offer {o}', '；挽留优惠（{k}）：{o}', '；挽留優惠（{k}）：{o}'),
  negative: t('negative comment (confidence {c})', '负面评论（置信度 {c}）', '負面評論（信賴度 {c}）'),
  mixed: t('mixed comment leaning negative (confidence {c})', '褒贬不一、偏负面的评论（置信度 {c}）', '褒貶不一、偏負面的評論（信賴度 {c}）'),
  rose: t('Risk rose from {a} to {b} ({s})', '流失风险从{a}升至{b}（{s}）', '流失風險從{a}升至{b}（{s}）'),
  topRisk: t('Top-value customer at high risk ({s}, was {a})', '高价值客户流失风险高（{s}，之前为{a}）', '高價值客戶流失風險高（{s}，之前為{a}）'),
}
// English keeps the words the API has always stored ("offer declined", "offer saved").
const OUTCOME_EN = { saved: 'saved', declined: 'declined' } as const

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w)\}/g, (_, k: string) => values[k] ?? '')
}

/**
 * The sentence for `kind` in `lang`, or null when the facts to say it are missing (an alert
 * stored by an older release): the caller then shows the stored `trigger`.
 */
export function triggerText(kind: AlertKind, f: TriggerFacts, lang: Lang): string | null {
  const risk = f.riskScore == null ? null : `${Math.round(f.riskScore)}/100`
  switch (kind) {
    case 'detractor': {
      const band = f.surveyKind ? BANDS[f.surveyKind] : undefined
      if (!band || f.score == null) return null
      const head = `${f.surveyKind!.toUpperCase()} ${f.score}`
      return lang === 'en' ? `${head} (${band.en})` : `${head}（${band[lang]}）`
    }
    case 'exit': {
      if (!f.exitOutcome) return null
      const reason = f.exitReason ?? (f.exitReasonId ? exitReasonLabel(f.exitReasonId, lang) : NO_REASON[lang])
      const said = fill(SAID.exit[lang], { r: reason })
      // No offer was made: there is nothing to say about one.
      if (f.exitOutcome === 'no_offer') return said
      const outcome = lang === 'en' ? OUTCOME_EN[f.exitOutcome] : WORDS[f.exitOutcome][lang]
      return said + fill(SAID.offer[lang], { o: outcome, k: f.offerKind ? offerKindText(f.offerKind, lang) : '' }).replace('（）', '')
    }
    case 'negative_feedback': {
      if (!f.sentiment || f.confidence == null) return null
      return fill((f.sentiment === 'mixed' ? SAID.mixed : SAID.negative)[lang], { c: f.confidence.toFixed(2) })
    }
    case 'risk_escalated':
      if (!f.riskTier || !f.previousTier || !risk) return null
      return fill(SAID.rose[lang], { a: WORDS[f.previousTier][lang], b: WORDS[f.riskTier][lang], s: risk })
    case 'high_value_at_risk':
      if (!f.previousTier || !risk) return null
      return fill(SAID.topRisk[lang], { a: WORDS[f.previousTier][lang], s: risk })
    default:
      return null
  }
}
