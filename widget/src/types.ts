// The public API's survey shape (GET /v1/sites/{site}/surveys), shared by loader and bundle.
import type { Strings } from './locales/index.ts'
import type { Targeting } from './shared/rules.ts'

export type SurveyKind = 'nps' | 'csat' | 'ces' | 'exit' | 'custom'

export interface UrlRule {
  match: 'exact' | 'contains' | 'starts_with' | 'regex'
  value: string
}

export interface Trigger {
  type: 'pageview' | 'event' | 'delay' | 'exit_intent' | 'manual'
  url?: UrlRule
  event?: string
  delayMs?: number
}

export interface Frequency {
  mode: 'once' | 'until_answered' | 'every'
  days?: number
}

export interface Offer {
  kind: 'discount' | 'pause' | 'downgrade' | 'talk'
  title: string
  body: string
  accept: string
  decline: string
}

export interface SurveyText {
  question: string
  lowLabel?: string
  highLabel?: string
  followUps: { detractor?: string; passive?: string; promoter?: string; low?: string; high?: string }
  commentPlaceholder?: string
  thankYou?: string
}

export interface Survey {
  id: string
  kind: SurveyKind
  version: number
  locale: string
  sampling: number
  trigger: Trigger
  frequency: Frequency
  text: SurveyText
  /** The widget's own words in the survey's language, sent where the widget does not ship it (es, fr, de…). */
  ui?: Strings
  reasons?: { id: string; label: string }[]
  offers?: Record<string, Offer>
  // Trait rules; the server already applied them for identified customers.
  targeting?: Targeting | null
}

export interface SurveyList {
  data: Survey[]
  throttle: { recontactDays: number; blockedUntil: number | null }
}

export interface Customer {
  id: string
  traits?: Record<string, unknown>
  /** The id's HMAC under the workspace's identity secret, from the host's server (identify's third argument; '' if none). */
  hash?: string
}

export interface Theme {
  brand?: string
  radius?: string
  corner?: 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left'
  mode?: 'auto' | 'light' | 'dark'
}

// init() options, as given by the host page.
export interface InitOptions {
  site: string
  host: string
  locale?: string
  nonce?: string
  theme?: Theme
}

// What the loader hands the survey bundle: init options, who is looking, and the server's
// throttling answer (recontactDays: how long showing a survey blocks the next one).
export interface MountContext extends InitOptions {
  customer?: Customer
  recontactDays?: number
}

export interface ExitOutcome {
  reason: string | null
  offerAccepted: boolean
}

// What the loader asks of the survey bundle: show this due survey; find and show one whatever
// the throttling says (show()/exit()); close what is open (reset()); or, always first, send
// what the outbox still holds from earlier pages.
export type BundleRequest = Survey | { id?: string; kind?: string } | 'close' | undefined

// The global the survey bundle registers itself on (the loader's contract with it).
export type SurveyBundle = (ctx: MountContext, request: BundleRequest) => Promise<ExitOutcome> | undefined

export const BUNDLE_GLOBAL = 'StayloopSurvey'

// widget/triggers.js, loaded by the loader only when the server sent candidate surveys: arms
// them (no event) or checks event triggers for a tracked event, and runs the due one.
export interface TriggerEnv {
  site: string
  customer?: Customer
  run(survey: Survey): unknown
}
export type Triggers = (surveys: Survey[], env: TriggerEnv, event?: string) => void
export const TRIGGERS_GLOBAL = 'StayloopTriggers'
