// Survey definitions as stored, and as the widget receives them (one locale, ready to render).
export type SurveyKind = 'nps' | 'csat' | 'ces' | 'exit' | 'custom'
export type OfferKind = 'discount' | 'pause' | 'downgrade' | 'talk'

export interface LocaleTexts {
  question: string
  lowLabel?: string
  highLabel?: string
  followUps?: { detractor?: string; passive?: string; promoter?: string; low?: string; high?: string }
  commentPlaceholder?: string
  thankYou?: string
  /** Exit survey: reason id → label. */
  reasons?: Record<string, string>
  /** Exit survey: reason id → offer wording. */
  offers?: Record<string, { title: string; body: string; accept: string; decline: string }>
}

export interface SurveyContent {
  locales: Record<string, LocaleTexts>
  /** Exit survey: reason ids, in display order. */
  reasons?: string[]
  /** Exit survey: the save offer configured per reason. */
  offers?: Record<string, { kind: OfferKind }>
}

export interface Trigger {
  type: 'pageview' | 'event' | 'delay' | 'exit_intent' | 'manual'
  url?: { match: 'exact' | 'contains' | 'starts_with' | 'regex'; value: string }
  event?: string
  delayMs?: number
}

export interface Frequency {
  mode: 'once' | 'until_answered' | 'every'
  days?: number
}

/** Trait conditions, all of which must hold. */
export interface Targeting {
  traits?: { key: string; op: 'eq' | 'neq' | 'in' | 'gt' | 'lt' | 'exists'; value?: unknown }[]
}

export interface SurveyDefinition {
  id: string
  kind: SurveyKind
  name: string
  status: 'active' | 'paused' | 'archived'
  version: number
  content: SurveyContent
  trigger: Trigger
  targeting: Targeting | null
  frequency: Frequency
  sampling: number
  recontactDays: number | null
  locales: string[]
}

export const EXIT_REASONS = [
  'too_expensive',
  'missing_features',
  'switched_competitor',
  'poor_support',
  'quality_issues',
  'too_complicated',
  'no_longer_needed',
  'temporary',
  'other',
] as const

export const SCORE_RANGES: Record<SurveyKind, [number, number] | null> = {
  nps: [0, 10],
  csat: [1, 5],
  ces: [1, 7],
  exit: null,
  custom: [0, 10],
}
