// Alerts, where they go, and every attempt to deliver them.
import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { workspaces } from './tenancy.ts'

export const alerts = sqliteTable(
  'alerts',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    kind: text('kind').notNull(),
    severity: text('severity').notNull(),
    customerPk: text('customer_pk'),
    responseId: text('response_id'),
    // Unique per workspace: the same thing never alerts twice.
    dedupeKey: text('dedupe_key').notNull(),
    data: text('data', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('alerts_dedupe').on(t.workspaceId, t.dedupeKey),
    index('alerts_workspace_time').on(t.workspaceId, t.createdAt),
    index('alerts_customer').on(t.customerPk, t.createdAt),
  ],
)

export const destinations = sqliteTable(
  'destinations',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['webhook', 'slack', 'zendesk'] }).notNull(),
    name: text('name').notNull(),
    url: text('url').notNull(),
    secret: text('secret'),
    // During rotation both secrets sign, until previousSecretExpiresAt.
    previousSecret: text('previous_secret'),
    previousSecretExpiresAt: integer('previous_secret_expires_at'),
    config: text('config', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    filters: text('filters', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    digest: integer('digest', { mode: 'boolean' }).notNull(),
    enabled: integer('enabled', { mode: 'boolean' }).notNull(),
    disabledReason: text('disabled_reason'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('destinations_workspace').on(t.workspaceId)],
)

export const deliveries = sqliteTable(
  'deliveries',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    alertId: text('alert_id').notNull(),
    destinationId: text('destination_id').notNull(),
    status: text('status', { enum: ['pending', 'delivered', 'failed', 'dead', 'digest'] }).notNull(),
    attempts: integer('attempts').notNull(),
    nextAttemptAt: integer('next_attempt_at'),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    createdAt: integer('created_at').notNull(),
    deliveredAt: integer('delivered_at'),
    // The destination's name and kind, copied here when it is deleted: its history still says whose it was.
    destinationName: text('destination_name'),
    destinationKind: text('destination_kind', { enum: ['webhook', 'slack', 'zendesk'] }),
  },
  (t) => [
    uniqueIndex('deliveries_alert_destination').on(t.alertId, t.destinationId),
    index('deliveries_status').on(t.status, t.nextAttemptAt),
    index('deliveries_workspace').on(t.workspaceId, t.status, t.createdAt),
    index('deliveries_workspace_time').on(t.workspaceId, t.createdAt),
    // Digest collection and deleting a destination.
    index('deliveries_destination').on(t.destinationId, t.status, t.createdAt),
  ],
)

export const deliveryAttempts = sqliteTable(
  'delivery_attempts',
  {
    id: text('id').primaryKey(),
    deliveryId: text('delivery_id').notNull(),
    at: integer('at').notNull(),
    statusCode: integer('status_code'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
  },
  (t) => [index('delivery_attempts_delivery').on(t.deliveryId, t.at)],
)
