// Shapes shared by the alert rules, their content and every destination format.
// An alert's `data` is a self-contained snapshot taken when it was decided, so a delivery
// (or a replay days later) renders the same message without reading anything else.

export type AlertKind = 'detractor' | 'negative_feedback' | 'risk_escalated' | 'exit' | 'high_value_at_risk'
export type Severity = 'low' | 'medium' | 'high' | 'critical'
export type RiskTier = 'low' | 'medium' | 'high'
export type SurveyKind = 'nps' | 'csat' | 'ces' | 'exit' | 'custom'

export const ALERT_KINDS: readonly AlertKind[] = ['detractor', 'negative_feedback', 'risk_escalated', 'exit', 'high_value_at_risk']
export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical']
export const TIER_RANK: Record<RiskTier, number> = { low: 0, medium: 1, high: 2 }

/** Who the alert is about, as the workspace knows them. `id` is the workspace's own (external) id. */
export interface CustomerSnapshot {
  id: string
  email?: string | null
  name?: string | null
  locale?: string | null
  plan?: string | null
  /** Monthly recurring revenue in the workspace's currency. */
  revenue?: number | null
  valueTier?: string | null
  /** True when the customer is in the workspace's top value tier (see `isTopValueTier`). */
  topValue?: boolean
  traits?: Record<string, unknown>
  /** An answer with no customer id: there is no customer page to link to. */
  anonymous?: boolean
}

/** One explained contributor to a risk score. `code` (e.g. "payment_failures") picks the next step. */
export interface RiskReason {
  code?: string
  text: string
  /** The same reason in Chinese, when the risk engine wrote it. */
  i18n?: { 'zh-Hans'?: string; 'zh-Hant'?: string }
  weight?: number
  /** For `exit_intent`: how the exit survey ended (domain/risk/reasons.ts). */
  exitOutcome?: 'started' | 'finished' | 'saved'
}

export interface RiskSnapshot {
  score: number
  tier: RiskTier
  previousTier?: RiskTier | null
  previousScore?: number | null
  reasons: RiskReason[]
}

export interface SentimentSnapshot {
  /** 'positive' | 'negative' | 'neutral' | 'mixed' (the short forms 'pos' | 'neg' are accepted too). */
  label: string
  score?: number | null
  /** 0..1: how sure the text engine is of the label. */
  confidence: number
}

export interface TopicSnapshot {
  id: string
  confidence?: number
  label?: string
}

/** A stored response with its analysis, plus the survey's labels in the team's language (alert-context.ts: surveyWords). */
export interface ResponseSnapshot {
  id: string
  surveyId: string
  surveyKind: SurveyKind
  surveyName?: string | null
  /** The question as asked, so receivers see words and not only ids. */
  question?: { id: string; label: string } | null
  score?: number | null
  comment?: string | null
  /** Exit survey: the reason id and its label in the team's language. */
  reason?: string | null
  reasonLabel?: string | null
  offerKind?: string | null
  offerAccepted?: boolean | null
  locale?: string | null
  finished: boolean
  /** Epoch milliseconds. */
  createdAt: number
  sentiment?: SentimentSnapshot | null
  topics?: TopicSnapshot[] | null
}

export interface AlertData {
  customer: CustomerSnapshot
  response?: ResponseSnapshot
  risk?: RiskSnapshot
  /** Exit survey outcome, spelled out. */
  exit?: { reason: string | null; reasonLabel: string | null; offer: string | null; outcome: 'saved' | 'declined' | 'no_offer' }
  /** Why this alert fired, in words (e.g. "NPS 3 (detractor: 0-6)"). */
  trigger: string
}

export interface Alert {
  kind: AlertKind
  severity: Severity
  /** Unique per workspace: the same thing never alerts twice. */
  dedupeKey: string
  customerId: string
  responseId?: string
  data: AlertData
}

/** An alert as stored (the lead's `alerts` row), which is what destinations render. */
export interface StoredAlert extends Alert {
  id: string
  /** Epoch milliseconds. */
  createdAt: number
}
