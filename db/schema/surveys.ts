// Surveys, what was shown, and what people answered.
import { sql } from 'drizzle-orm'
import { sqliteTable, text, integer, real, index, primaryKey } from 'drizzle-orm/sqlite-core'
import { workspaces } from './tenancy.ts'

export const surveys = sqliteTable(
  'surveys',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['nps', 'csat', 'ces', 'exit', 'custom'] }).notNull(),
    name: text('name').notNull(),
    status: text('status', { enum: ['active', 'paused', 'archived'] }).notNull(),
    // Bumped on every change of questions, so answers can be read against the wording they saw.
    version: integer('version').notNull(),
    // SurveyContent: texts per locale, follow-ups by band, exit reasons, save offers.
    content: text('content', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    trigger: text('trigger', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    targeting: text('targeting', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    frequency: text('frequency', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    sampling: integer('sampling').notNull(),
    recontactDays: integer('recontact_days'),
    locales: text('locales', { mode: 'json' }).notNull().$type<string[]>(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('surveys_workspace').on(t.workspaceId, t.status)],
)

// The content of each version an edit replaced, so an answer given under it (queued offline across
// the edit) is checked against the reasons and offers it was shown. The current version is surveys.content.
export const surveyVersions = sqliteTable(
  'survey_versions',
  {
    surveyId: text('survey_id').notNull().references(() => surveys.id, { onDelete: 'cascade' }),
    workspaceId: text('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    content: text('content', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    replacedAt: integer('replaced_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.version] })],
)

export const displays = sqliteTable(
  'displays',
  {
    id: text('id').notNull(),
    workspaceId: text('workspace_id').notNull(),
    surveyId: text('survey_id').notNull(),
    customerPk: text('customer_pk'),
    clientId: text('client_id').notNull(),
    status: text('status', { enum: ['shown', 'dismissed', 'later'] }).notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('displays_customer').on(t.customerPk, t.createdAt),
    index('displays_survey').on(t.workspaceId, t.surveyId, t.createdAt),
    index('displays_workspace_time').on(t.workspaceId, t.createdAt),
  ],
)

export const responses = sqliteTable(
  'responses',
  {
    // Client-generated UUID: the idempotency key and the id everywhere in the API.
    id: text('id').notNull(),
    workspaceId: text('workspace_id').notNull(),
    surveyId: text('survey_id').notNull(),
    surveyKind: text('survey_kind').notNull(),
    surveyVersion: integer('survey_version').notNull(),
    customerPk: text('customer_pk'),
    clientId: text('client_id'),
    score: integer('score'),
    comment: text('comment'),
    reason: text('reason'),
    offerKind: text('offer_kind'),
    offerAccepted: integer('offer_accepted', { mode: 'boolean' }),
    locale: text('locale'),
    url: text('url'),
    finished: integer('finished', { mode: 'boolean' }).notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    finishedAt: integer('finished_at'),
    // Text analysis, written by the queue consumer.
    language: text('language'),
    sentimentLabel: text('sentiment_label'),
    sentimentScore: real('sentiment_score'),
    sentimentConfidence: real('sentiment_confidence'),
    topics: text('topics', { mode: 'json' }).$type<{ id: string; confidence: number; matches: string[] }[] | null>(),
    analyzedAt: integer('analyzed_at'),
    // A person's correction wins over the model and teaches it.
    correctedAt: integer('corrected_at'),
    // Which label this comment contributed to the workspace's text model, so it can be taken back.
    learnedLabel: text('learned_label'),
    // The features version its teaching is counted under; NULL: not counted yet (learned while the
    // workspace's counts were stale); 0: left out by a rebuild's cap.
    learnedVersion: integer('learned_version'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('responses_workspace_time').on(t.workspaceId, t.createdAt),
    index('responses_survey_time').on(t.workspaceId, t.surveyId, t.createdAt),
    index('responses_customer').on(t.customerPk, t.createdAt),
    index('responses_kind_time').on(t.workspaceId, t.surveyKind, t.createdAt),
    // The five-minute sweep reads only what the queue has not processed yet.
    index('responses_unanalyzed').on(t.updatedAt).where(sql`analyzed_at IS NULL`),
    // Comments learned while the workspace's text model was stale, still to be counted.
    index('responses_learn_pending').on(t.workspaceId).where(sql`learned_label IS NOT NULL AND learned_version IS NULL`),
  ],
)

// One row per response and topic, so theme and driver queries are plain indexed SQL.
export const responseTopics = sqliteTable(
  'response_topics',
  {
    workspaceId: text('workspace_id').notNull(),
    responseId: text('response_id').notNull(),
    topic: text('topic').notNull(),
    confidence: real('confidence').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.responseId, t.topic] }),
    index('response_topics_topic').on(t.workspaceId, t.topic, t.createdAt),
  ],
)
