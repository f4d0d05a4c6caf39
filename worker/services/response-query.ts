// Filtering responses (list, export, dashboard): one WHERE clause builder, all filters indexed
// by (workspace_id, created_at) first.
import * as z from 'zod'
import { ApiError } from '../lib/errors.ts'
import { decodeCursor } from '../lib/pagination.ts'
import { queryEnd, queryTimestamp } from '../lib/schemas.ts'
import { NPS_BANDS } from '../domain/metrics/surveys.ts'

export const responseFilters = z.strictObject({
  survey: z.string().max(64).optional(),
  kind: z.enum(['nps', 'csat', 'ces', 'exit', 'custom']).optional(),
  band: z.enum(['detractor', 'passive', 'promoter']).optional(),
  from: queryTimestamp.optional(),
  to: queryEnd.optional(),
  minScore: z.coerce.number().int().min(0).max(10).optional(),
  maxScore: z.coerce.number().int().min(0).max(10).optional(),
  q: z.string().min(1).max(200).optional(),
  sentiment: z.enum(['positive', 'negative', 'neutral', 'mixed']).optional(),
  topic: z.string().min(1).max(100).optional(),
  language: z.string().min(1).max(35).optional(),
  customer: z.string().min(1).max(200).optional(),
  finished: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(500).optional(),
})

export type ResponseFilters = z.infer<typeof responseFilters>


function invalid(path: string, message: string): never {
  throw new ApiError('invalid_request', `${path}: ${message}`)
}

/**
 * Checks what the schema cannot (from before to, band against kind) and turns `band` into the
 * kind and score range it means (NPS answers only: CSAT and CES share the numbers, not the
 * meaning), so the WHERE clause and the rollup count see plain filters.
 */
export function resolveFilters<F extends Partial<ResponseFilters>>(f: F): Omit<F, 'band'> {
  if (f.from !== undefined && f.to !== undefined && f.from >= f.to) invalid('from', 'must be before to')
  if (f.minScore !== undefined && f.maxScore !== undefined && f.minScore > f.maxScore) invalid('minScore', 'must not be above maxScore')
  const { band, ...rest } = f
  if (!band) return rest
  if (rest.kind !== undefined && rest.kind !== 'nps') invalid('band', 'score bands apply to NPS answers only; drop kind or use kind=nps')
  const [low, high] = NPS_BANDS[band]
  const minScore = Math.max(low, rest.minScore ?? low)
  const maxScore = Math.min(high, rest.maxScore ?? high)
  if (minScore > maxScore) invalid('band', `minScore/maxScore fall outside the ${band} band (${low}–${high})`)
  return { ...rest, kind: 'nps', minScore, maxScore }
}

export function responseWhere(workspaceId: string, f: ResponseFilters, withCursor = true): { sql: string; args: unknown[] } {
  const clauses = ['r.workspace_id = ?']
  const args: unknown[] = [workspaceId]
  const add = (sql: string, ...values: unknown[]) => {
    clauses.push(sql)
    args.push(...values)
  }
  if (f.survey) add('r.survey_id = ?', f.survey)
  if (f.kind) add('r.survey_kind = ?', f.kind)
  if (f.from !== undefined) add('r.created_at >= ?', f.from)
  if (f.to !== undefined) add('r.created_at < ?', f.to)
  if (f.minScore !== undefined) add('r.score >= ?', f.minScore)
  if (f.maxScore !== undefined) add('r.score <= ?', f.maxScore)
  if (f.q) add("r.comment LIKE ? ESCAPE '\\'", `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`)
  if (f.sentiment) add('r.sentiment_label = ?', f.sentiment)
  if (f.topic) add('EXISTS (SELECT 1 FROM response_topics t WHERE t.workspace_id = r.workspace_id AND t.response_id = r.id AND t.topic = ?)', f.topic)
  if (f.language) add('r.language = ?', f.language)
  if (f.customer) add('r.customer_pk = (SELECT pk FROM customers WHERE workspace_id = r.workspace_id AND external_id = ?)', f.customer)
  if (f.finished) add('r.finished = ?', f.finished === 'true' ? 1 : 0)
  const cursor = withCursor ? decodeCursor(f.cursor) : null
  if (cursor) add('(r.created_at < ? OR (r.created_at = ? AND r.id < ?))', cursor.at, cursor.at, cursor.id)
  return { sql: clauses.join(' AND '), args }
}

export const RESPONSE_COLUMNS = `r.id, r.survey_id, r.survey_kind, r.survey_version, c.external_id AS customer_id, r.score, r.comment, r.reason,
  r.offer_kind, r.offer_accepted, r.locale, r.url, r.finished, r.created_at, r.updated_at, r.finished_at, r.language,
  r.sentiment_label, r.sentiment_score, r.sentiment_confidence, r.topics, r.analyzed_at, r.corrected_at, r.learned_label`

export interface ResponseRow {
  id: string; survey_id: string; survey_kind: string; survey_version: number; customer_id: string | null; score: number | null
  comment: string | null; reason: string | null; offer_kind: string | null; offer_accepted: number | null; locale: string | null
  url: string | null; finished: number; created_at: number; updated_at: number; finished_at: number | null; language: string | null
  sentiment_label: string | null; sentiment_score: number | null; sentiment_confidence: number | null; topics: string | null
  analyzed_at: number | null; corrected_at: number | null; learned_label: string | null
}

/** A topic filter names a topic of the current taxonomy: a removed or mistyped one is a 400 naming it. */
export function checkTopicFilter(f: { topic?: string }, known: ReadonlySet<string>): void {
  if (f.topic !== undefined && !known.has(f.topic)) invalid('topic', `not in the taxonomy: ${f.topic} (GET /v1/taxonomy lists the topics)`)
}

/** The topics an answer names, of the current taxonomy only (a removed one waits for the re-read to go). */
export function currentTopics(json: string | null, known: ReadonlySet<string>): { id: string; confidence: number; matches: string[] }[] {
  return json ? (JSON.parse(json) as { id: string; confidence: number; matches: string[] }[]).filter((t) => known.has(t.id)) : []
}

/**
 * Which parts a person corrected: a correction teaches the parts it was given, strongly
 * (routes/v1/corrections.ts), and only those.
 */
export function correctedParts(r: Pick<ResponseRow, 'corrected_at' | 'learned_label'>): { sentiment: boolean; topics: boolean } {
  const teaching = r.corrected_at !== null && r.learned_label ? (JSON.parse(r.learned_label) as { sentiment?: unknown; topics?: unknown; strong?: boolean }) : null
  if (!teaching?.strong) return { sentiment: false, topics: false }
  return { sentiment: teaching.sentiment !== undefined, topics: teaching.topics !== undefined }
}

/** `known`: the current taxonomy's topic ids (knownTopics). */
export function responseView(r: ResponseRow, known: ReadonlySet<string>) {
  const corrected = correctedParts(r)
  return {
    id: r.id,
    surveyId: r.survey_id,
    surveyKind: r.survey_kind,
    surveyVersion: r.survey_version,
    customerId: r.customer_id,
    score: r.score,
    comment: r.comment,
    reason: r.reason,
    offer: r.offer_kind ? { kind: r.offer_kind, accepted: r.offer_accepted === 1 } : null,
    locale: r.locale,
    url: r.url,
    finished: r.finished === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    finishedAt: r.finished_at,
    analysis: r.analyzed_at === null ? null : {
      language: r.language,
      sentiment: r.sentiment_label ? { label: r.sentiment_label, score: r.sentiment_score, confidence: r.sentiment_confidence, corrected: corrected.sentiment } : null,
      topics: currentTopics(r.topics, known),
      correctedAt: r.corrected_at,
      corrected,
    },
  }
}
