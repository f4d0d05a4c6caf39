// Churn-risk scores (current and daily history) and each workspace's fitted models; the learned
// text model's counts and the labelled examples it was taught from a file.
import { sql } from 'drizzle-orm'
import { sqliteTable, text, integer, real, index, primaryKey } from 'drizzle-orm/sqlite-core'

export const riskScores = sqliteTable(
  'risk_scores',
  {
    customerPk: text('customer_pk').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    score: real('score').notNull(),
    tier: text('tier', { enum: ['high', 'medium', 'low'] }).notNull(),
    reasons: text('reasons', { mode: 'json' }).notNull().$type<unknown[]>(),
    modelVersion: text('model_version').notNull(),
    computedAt: integer('computed_at').notNull(),
  },
  // customer_pk last: the tier counts join to customers from the index alone.
  (t) => [index('risk_scores_tier').on(t.workspaceId, t.tier, t.score, t.customerPk)],
)

export const riskHistory = sqliteTable(
  'risk_history',
  {
    customerPk: text('customer_pk').notNull(),
    workspaceId: text('workspace_id').notNull(),
    day: text('day').notNull(),
    score: real('score').notNull(),
    tier: text('tier').notNull(),
  },
  (t) => [primaryKey({ columns: [t.customerPk, t.day] }), index('risk_history_workspace').on(t.workspaceId, t.day)],
)

export const riskModels = sqliteTable(
  'risk_models',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    model: text('model', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    metrics: text('metrics', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    active: integer('active', { mode: 'boolean' }).notNull(),
    trainedAt: integer('trained_at').notNull(),
  },
  (t) => [index('risk_models_workspace').on(t.workspaceId, t.active)],
)

// Per-workspace learned text model: counts per label ("sent:pos", "topic:pricing") and token.
export const textModelCounts = sqliteTable(
  'text_model_counts',
  {
    workspaceId: text('workspace_id').notNull(),
    label: text('label').notNull(),
    token: text('token').notNull(),
    count: real('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.token, t.label] })],
)

// Labelled comments a workspace was taught from a file (POST /v1/text-model/examples). One row
// per distinct text: the same text sent again replaces its label.
export const textExamples = sqliteTable(
  'text_examples',
  {
    workspaceId: text('workspace_id').notNull(),
    // SHA-256 of the text, hex, first 32 characters.
    id: text('id').notNull(),
    text: text('text').notNull(),
    // The Teaching learnIncrements takes: {"sentiment":"pos"|"neg"|"neu","topics":[...]}.
    teaching: text('teaching').notNull(),
    // When its label was last given; a rebuild past its cap keeps the newest.
    createdAt: integer('created_at').notNull(),
    // As responses.learned_version: NULL waiting to be counted, 0 left out by a rebuild's cap.
    learnedVersion: integer('learned_version'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('text_examples_workspace_time').on(t.workspaceId, t.createdAt),
    index('text_examples_learn_pending').on(t.workspaceId).where(sql`learned_version IS NULL`),
  ],
)
