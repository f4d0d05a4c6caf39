// The API shapes the dashboard reads (see the server routes under worker/routes/v1).
export interface List<T> {
  data: T[]
  nextCursor?: string | null
  total?: number
  /** False when `total` is a floor: the responses list stops counting at 10,000 for broad filters. */
  totalExact?: boolean
}

export type SentimentLabel = 'positive' | 'negative' | 'neutral' | 'mixed'

export interface ResponseItem {
  id: string
  surveyId: string
  surveyKind: string
  customerId: string | null
  score: number | null
  comment: string | null
  reason: string | null
  offer: { kind: string; accepted: boolean } | null
  locale: string | null
  finished: boolean
  createdAt: number
  analysis: {
    language: string | null
    sentiment: { label: SentimentLabel; score: number | null; confidence: number | null } | null
    topics: { id: string; confidence?: number; matches?: string[] }[]
    correctedAt: number | null
    /** Which parts a person corrected (absent from older APIs: correctedAt says either). */
    corrected?: { sentiment: boolean; topics: boolean }
  } | null
}

/** Stored comments being matched again after a taxonomy edit (GET /v1/taxonomy, the themes). */
export type Reread = { inProgress: boolean; done: number; total: number | null } | null

export interface Figure {
  value: number | null
  previous?: number | null | { value: number | null }
  [count: string]: unknown
}

export interface Summary {
  period: { from: number; to: number }
  previous: { from: number; to: number }
  nps: Figure
  csat: Figure
  ces: Figure
  responseRate: Figure
  churnRate: Figure
  retentionRate: Figure
  repeatPurchaseRate?: Figure
  cltv?: Figure
  saveRate?: Figure
  savedStillActiveRate?: Figure
  revenueAtRisk: Figure
  riskTiers: { high: number; medium: number; low: number }
}

export interface TrendPoint {
  bucket: string
  nps: number | null
  csat: number | null
  ces: number | null
  responses: number
}

/**
 * with / without: the score of answers naming the topic and of the rest; impact: their gap; effect:
 * the points the topic moves the period's score; responses: scored answers that name it.
 */
export type ScorePull = { with: number | null; without: number | null; impact: number | null; effect?: number | null; responses?: number }

export interface Topic {
  id: string
  name: string
  volume: number
  sentiment: { positive: number; neutral: number; negative: number; mixed: number }
  /** The topic's pull on NPS, and on CSAT (in %, from APIs that give it). */
  nps: ScorePull
  csat?: ScorePull
  trend: { current: number; previous: number }
  examples: { responseId: string; comment: string; score: number | null; sentiment: string | null }[]
}

export interface Emerging {
  phrase: string
  count: number
  previous: number
  examples: { responseId: string; comment: string }[]
}

export interface Reason {
  code: string
  text: string
  /** The same reason in Chinese (scores computed before it existed have none). */
  i18n?: { 'zh-Hans'?: string; 'zh-Hant'?: string }
  impact: number
}

export interface AtRiskCustomer {
  id: string
  plan: string | null
  revenue: number | null
  valueTier: string | null
  traits?: Record<string, unknown>
  score: number
  tier: 'high' | 'medium' | 'low'
  reasons: Reason[]
}

export interface CustomerDetail {
  id: string
  traits: Record<string, unknown> | null
  email: string | null
  plan: string | null
  revenue: number | null
  valueTier: string | null
  firstSeenAt: number | null
  lastSeenAt: number | null
  renewalAt: number | null
  churnedAt: number | null
  churnReason: string | null
  risk: { score: number; tier: 'high' | 'medium' | 'low'; reasons: Reason[]; modelVersion?: string; computedAt: number } | null
  last30Days?: Record<string, number>
}

export interface ActivityDay {
  day: string
  sessions: number
  logins: number
  pageViews: number
  featureUses: number
  purchases: number
  tickets: number
  complaints: number
  paymentFailures: number
}

export interface Alert {
  id: string
  kind: string
  severity: string
  customerId: string | null
  responseId: string | null
  createdAt: number
  data?: Record<string, unknown>
  deliveries?: { id: string; destinationId: string; status: string; attempts: number }[]
}

export interface Timeline {
  risk: { day: string; score: number; tier: string }[]
  activity: ActivityDay[]
  responses: ResponseItem[]
  alerts: Alert[]
  /** Every churn and return, newest first (returnedAt null while still gone). */
  churns: { churnedAt: number; reason: string | null; returnedAt: number | null }[]
}

/** What an alert's trigger sentence was made of (GET /v1/deliveries `about.why`); absent facts are left out. */
export interface TriggerFacts {
  surveyKind?: string; score?: number; sentiment?: string; confidence?: number
  exitReason?: string; exitReasonId?: string; exitOutcome?: string
  riskTier?: string; previousTier?: string; riskScore?: number
}

export interface Delivery {
  id: string
  alertId: string
  destinationId: string
  /** Kept when the destination is deleted (null only for one deleted before the server kept it). */
  destinationName?: string | null
  /** webhook | slack | zendesk. */
  destinationKind?: string | null
  /** The destination was deleted: the delivery is history, and cannot be replayed. */
  destinationDeleted?: boolean
  /** The alert's kind (detractor, risk_escalated, ...). */
  kind: string
  /** Whom the alert is about (nulls for a digest); `comment` is its first 200 characters. */
  about?: { customerId: string | null; customerName: string | null; trigger: string | null; comment: string | null; why?: TriggerFacts | null }
  status: 'pending' | 'delivered' | 'failed' | 'dead'
  attempts: number
  lastStatus: number | null
  /** The server's English sentence; `problem` says the same as facts (absent from an older server). */
  lastError: string | null
  problem?: DeliveryProblem | null
  createdAt: number
  deliveredAt: number | null
  attemptsLog?: { at: number; statusCode: number | null; error: string | null; problem?: DeliveryProblem | null; durationMs: number | null }[]
}

export interface Destination {
  id: string
  kind: 'webhook' | 'slack' | 'zendesk'
  name: string
  url: string
  filters?: DestinationFilters | null
  digest?: boolean
  enabled?: boolean
  /** Why it was disabled, in English; `disabled` says the same as facts (a 410: { code: 'gone', at }). */
  disabledReason?: string | null
  disabled?: DeliveryProblem | null
  /** Zendesk only; the token is never shown. */
  subdomain?: string | null
  email?: string | null
  /** Webhooks: until when the secret before the last rotation still signs. */
  previousSecretExpiresAt?: number | null
  /** In the answer to a creation or rotation only. */
  secret?: string
}

export interface DestinationFilters {
  kinds?: string[]
  minSeverity?: string
  tiers?: string[]
  topics?: string[]
  valueTiers?: string[]
}

export interface TaxonomyTopic {
  id: string
  name: string
  keywords: string[]
  /** Optional in the API: a topic saved without them has none. */
  examples?: string[]
  /** Keywords that alone decide the topic; set through the API, kept by the editor. */
  strong?: string[]
}

/** GET /v1/text-model: what the workspace's own text model learned from. */
export interface TextModelState {
  /** Features version the counts were built with; behind `currentVersion` until the cron rebuilds them. */
  version: number
  currentVersion: number
  /** Documents learned per sentiment class. */
  documents: { pos: number; neg: number; neu: number }
  /** Topic id → texts that taught it. */
  topics: Record<string, number>
  examples: number
  answersLearned: number
  pending: { examples: number; answers: number }
  /** The daily self-check on its newest labelled texts (shares 0–1); null until there is enough to check. */
  check?: {
    checkedAt: number; texts: number; modelGain: number | null; rulesAccuracy: number | null; learnedAccuracy: number | null
    /** Topics: agreement of the top topic with texts' topic labels, by keywords alone and with what it learned. */
    topics: { texts: number; modelGain: number; keywordsMacroF1: number | null; learnedMacroF1: number | null; keywordsAccuracy: number | null; learnedAccuracy: number | null } | null
  } | null
}

/** POST /v1/text-model/examples; `skipped`: test-split and unlabelled rows left out. */
export interface TextExamplesResult {
  learned: number
  replaced: number
  duplicates: number
  skipped: number
}

/** One bad row of an uploaded file (`error.details` of a 400); `column` null when the row as a whole is wrong. */
export interface RowProblem {
  line: number
  column: string | null
  message: string
}

export interface Survey {
  id: string
  kind: 'nps' | 'csat' | 'ces' | 'exit' | 'custom'
  name: string
  status: 'active' | 'paused' | 'archived'
  version: number
  content: {
    locales: Record<string, LocaleTexts>
    reasons?: string[]
    offers?: Record<string, { kind: 'discount' | 'pause' | 'downgrade' | 'talk' }>
  }
  trigger: { type: 'pageview' | 'event' | 'delay' | 'exit_intent' | 'manual'; url?: { match: 'exact' | 'contains' | 'starts_with' | 'regex'; value: string }; event?: string; delayMs?: number }
  targeting: { traits?: { key: string; op: 'eq' | 'neq' | 'in' | 'gt' | 'lt' | 'exists'; value?: unknown }[] } | null
  frequency: { mode: 'once' | 'until_answered' | 'every'; days?: number }
  sampling: number
  recontactDays: number | null
  locales?: string[]
  updatedAt?: number
}

// The same texts the worker validates and renders.
import type { LocaleTexts } from '../../../worker/domain/surveys/types.ts'
export type { LocaleTexts }

// Why a delivery failed or a destination was disabled, as the worker writes and reads it.
import type { DeliveryProblem } from '../../../worker/domain/alerts/delivery-problem.ts'
export type { DeliveryProblem }

export interface Site {
  id: string
  name: string
  siteKey: string
  allowedOrigins: string[]
}

export type ChurnOnSilence = 'auto' | 'always' | 'never'

export interface WorkspaceSettings {
  churnInactiveDays?: number
  /** Whether churnInactiveDays of silence is a churn ('auto': only where no cancellation or renewal was ever sent). */
  churnOnSilence?: ChurnOnSilence
  recontactDays?: number
  defaultLocale?: string
  timezone?: string
  riskThresholds?: { high: number; medium: number }
  highValueRevenue?: number
  retentionDays?: number | null
  weeklyCallCapacity?: number
  alertCooldownHours?: number
}
