// What an alert says, read from D1 into the alert domain's snapshots: the response with its
// analysis and the survey's words in the team's language, the customer as the workspace knows
// them, their risk.
import type { CustomerSnapshot, ResponseSnapshot, RiskReason, RiskSnapshot, SurveyKind } from '../domain/alerts/index.ts'
import { withTopicNames } from '../domain/alerts/topic-names.ts'
import type { TopicDef } from '../domain/text/taxonomy.ts'
import { isTopValueTier, languageFor, type Lang } from '../domain/alerts/index.ts'
import type { CustomerRow as FullCustomerRow } from './customer-view.ts'
import { EXIT_REASONS, type LocaleTexts, type SurveyContent } from '../domain/surveys/types.ts'
import { exitReasonLabel } from '../domain/surveys/exit-reasons.ts'
import type { WorkspaceSettings } from '../domain/settings.ts'

interface ResponseRow {
  id: string
  survey_id: string
  survey_kind: SurveyKind
  customer_pk: string | null
  score: number | null
  comment: string | null
  reason: string | null
  offer_kind: string | null
  offer_accepted: number | null
  locale: string | null
  finished: number
  created_at: number
  updated_at: number
  sentiment_label: string | null
  sentiment_score: number | null
  sentiment_confidence: number | null
  topics: string | null
  survey_name: string | null
  survey_content: string | null
  taxonomy: string | null
}

export interface ResponseContext {
  response: ResponseSnapshot
  customerPk: string | null
  /** Epoch ms of the last write: an unfinished answer this old was abandoned. */
  updatedAt: number
  /** Exit survey: the survey offers something for the answer's reason and no answer to it is stored. */
  offerPending: boolean
}

export async function loadResponse(db: D1Database, workspaceId: string, responseId: string, settings: WorkspaceSettings): Promise<ResponseContext | null> {
  const row = await db.prepare(
    `SELECT r.id, r.survey_id, r.survey_kind, r.customer_pk, r.score, r.comment, r.reason, r.offer_kind, r.offer_accepted, r.locale,
       r.finished, r.created_at, r.updated_at, r.sentiment_label, r.sentiment_score, r.sentiment_confidence, r.topics, s.name AS survey_name,
       -- The content the answer was shown (an edit since keeps it): its reasons' words and its offers.
       COALESCE(v.content, s.content) AS survey_content,
       (SELECT w.taxonomy FROM workspaces w WHERE w.id = r.workspace_id) AS taxonomy
     FROM responses r LEFT JOIN surveys s ON s.id = r.survey_id AND s.workspace_id = r.workspace_id
       LEFT JOIN survey_versions v ON v.survey_id = r.survey_id AND v.version = r.survey_version
     WHERE r.workspace_id = ? AND r.id = ?`,
  ).bind(workspaceId, responseId).first<ResponseRow>()
  if (!row) return null
  const content = parse<SurveyContent>(row.survey_content)
  const words = surveyWords(content, settings)
  const response: ResponseSnapshot = {
    id: row.id,
    surveyId: row.survey_id,
    surveyKind: row.survey_kind,
    surveyName: row.survey_name,
    question: words.question ? { id: row.survey_kind, label: words.question } : null,
    score: row.score,
    comment: row.comment,
    reason: row.reason,
    reasonLabel: row.reason ? words.reason(row.reason) : null,
    offerKind: row.offer_kind,
    offerAccepted: row.offer_accepted === null ? null : row.offer_accepted === 1,
    locale: row.locale,
    finished: row.finished === 1,
    createdAt: row.created_at,
    sentiment: row.sentiment_label && row.sentiment_confidence !== null
      ? { label: row.sentiment_label, score: row.sentiment_score, confidence: row.sentiment_confidence }
      : null,
    topics: withTopicNames(parse<{ id: string; confidence?: number }[]>(row.topics) ?? [], parse<TopicDef[]>(row.taxonomy)),
  }
  const offerPending = row.survey_kind === 'exit' && !!row.reason && row.offer_kind === null && Object.hasOwn(content?.offers ?? {}, row.reason)
  return { response, customerPk: row.customer_pk, updatedAt: row.updated_at, offerPending }
}

/** The language the team reads alerts in: the workspace's default language (settings.defaultLocale). */
export function teamLanguage(settings: Pick<WorkspaceSettings, 'defaultLocale'>): Lang {
  return languageFor(settings.defaultLocale)
}

/**
 * The survey's question and exit-reason labels as the team should read them, whatever language the
 * customer answered in: the survey's own words in the team's language when it has them; for a
 * reason, else the built-in words for a built-in reason id; else the survey's default language
 * (the workspace default when the survey has it, else its first).
 */
export function surveyWords(content: SurveyContent | null, settings: Pick<WorkspaceSettings, 'defaultLocale'>): { question: string | null; reason: (id: string) => string | null } {
  const locales = content?.locales ?? {}
  const names = Object.keys(locales)
  const lang = teamLanguage(settings)
  const teamName = names.find((n) => n === lang) ?? names.find((n) => inLanguage(n, lang))
  const defaultName = names.find((n) => n.toLowerCase() === settings.defaultLocale.toLowerCase()) ?? names[0]
  const team: LocaleTexts | undefined = teamName ? locales[teamName] : undefined
  const fallback: LocaleTexts | undefined = defaultName ? locales[defaultName] : undefined
  return {
    question: team?.question ?? fallback?.question ?? null,
    reason: (id) => team?.reasons?.[id] ?? (isBuiltInReason(id) ? exitReasonLabel(id, lang) : (fallback?.reasons?.[id] ?? null)),
  }
}

/** Whether a survey locale (en-GB, zh-CN, zh-Hant…) is written in one of the alert languages. */
function inLanguage(locale: string, lang: Lang): boolean {
  const base = locale.split('-')[0].toLowerCase()
  return lang === 'en' ? base === 'en' : base === 'zh' && languageFor(locale) === lang
}

function isBuiltInReason(id: string): boolean {
  return (EXIT_REASONS as readonly string[]).includes(id)
}

type CustomerRow = Pick<FullCustomerRow, 'external_id' | 'traits' | 'email' | 'locale' | 'plan' | 'revenue' | 'value_tier'>

export async function loadCustomer(db: D1Database, workspaceId: string, customerPk: string, settings: WorkspaceSettings): Promise<CustomerSnapshot | null> {
  const row = await db.prepare('SELECT external_id, traits, email, locale, plan, revenue, value_tier FROM customers WHERE workspace_id = ? AND pk = ?')
    .bind(workspaceId, customerPk).first<CustomerRow>()
  if (!row) return null
  const traits = parse<Record<string, unknown>>(row.traits) ?? {}
  const name = typeof traits.name === 'string' ? traits.name : null
  const customer: CustomerSnapshot = {
    id: row.external_id,
    name,
    email: row.email ?? (typeof traits.email === 'string' ? traits.email : null),
    locale: row.locale,
    plan: row.plan,
    revenue: row.revenue,
    valueTier: row.value_tier,
    traits,
  }
  customer.topValue = isTopValueTier(customer, { highValueRevenue: settings.highValueRevenue })
  return customer
}

export async function loadRisk(db: D1Database, workspaceId: string, customerPk: string): Promise<RiskSnapshot | null> {
  const row = await db.prepare('SELECT score, tier, reasons FROM risk_scores WHERE workspace_id = ? AND customer_pk = ?')
    .bind(workspaceId, customerPk).first<{ score: number; tier: RiskSnapshot['tier']; reasons: string }>()
  return row ? { score: row.score, tier: row.tier, reasons: riskReasons(parse<unknown[]>(row.reasons) ?? []) } : null
}

/** Reasons as the risk engine stores them ({ code, text, impact }) to the alert's shape. */
export function riskReasons(raw: unknown[]): RiskReason[] {
  const out: RiskReason[] = []
  for (const r of raw) {
    if (!r || typeof r !== 'object') continue
    const { code, text, i18n, impact, weight } = r as Record<string, unknown>
    if (typeof text !== 'string') continue
    const w = typeof impact === 'number' ? impact : typeof weight === 'number' ? weight : undefined
    out.push({ ...(typeof code === 'string' ? { code } : {}), text, ...(i18n && typeof i18n === 'object' ? { i18n: i18n as RiskReason['i18n'] } : {}), ...(w === undefined ? {} : { weight: w }) })
  }
  return out
}

function parse<T>(json: string | null): T | null {
  if (!json) return null
  try {
    return JSON.parse(json) as T
  } catch {
    return null
  }
}
