// Churn-risk scores (current and daily history) and each workspace's fitted models.
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
