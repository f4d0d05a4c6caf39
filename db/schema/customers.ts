// End customers of a workspace and what they did, folded into daily counters.
import { sqliteTable, text, integer, real, index, uniqueIndex, primaryKey } from 'drizzle-orm/sqlite-core'
import { sql } from 'drizzle-orm'
import { workspaces } from './tenancy.ts'

export const customers = sqliteTable(
  'customers',
  {
    // Internal id; the workspace's own id is externalId.
    pk: text('pk').primaryKey(),
    workspaceId: text('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    externalId: text('external_id').notNull(),
    traits: text('traits', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    email: text('email'),
    locale: text('locale'),
    plan: text('plan'),
    // Monthly recurring revenue in the workspace's currency.
    revenue: real('revenue').notNull().default(0),
    valueTier: text('value_tier'),
    firstSeenAt: integer('first_seen_at').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
    renewalAt: integer('renewal_at'),
    churnedAt: integer('churned_at'),
    churnReason: text('churn_reason'),
    // Server-side survey throttling, so clearing storage or changing device does not reset it.
    lastSurveyedAt: integer('last_surveyed_at'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('customers_external').on(t.workspaceId, t.externalId),
    index('customers_first_seen').on(t.workspaceId, t.firstSeenAt),
    index('customers_churned').on(t.workspaceId, t.churnedAt),
    // Whether a workspace sends renewal dates (churn-definition.ts), without reading every customer.
    index('customers_renewal').on(t.workspaceId).where(sql`renewal_at IS NOT NULL`),
    // Lets the overview's risk-tier counts join scores to live customers without reading the rows.
    index('customers_live_revenue').on(t.pk, t.churnedAt, t.revenue),
  ],
)

// Every churn and return (customers.churned_at is only the current state): a period's figures
// count from here, so a customer coming back does not rewrite the months they were gone. One row
// per departure, keyed by its moment, so a retried write records it once.
export const customerChurns = sqliteTable(
  'customer_churns',
  {
    workspaceId: text('workspace_id').notNull(),
    customerPk: text('customer_pk').notNull(),
    churnedAt: integer('churned_at').notNull(),
    reason: text('reason'),
    // When they came back (a renewal, or seen again after an inactivity churn); null while gone.
    returnedAt: integer('returned_at'),
    // Later cancellations this churn took in, as a JSON array of [at, reason] (one sent while the customer
    // was already gone, or a churn that an earlier cancellation, arriving late, turned out to start): a
    // renewal found between them later parts them again.
    absorbed: text('absorbed'),
  },
  (t) => [
    primaryKey({ columns: [t.customerPk, t.churnedAt] }),
    // Covers the period queries (summary, cohorts, segments): churns of a workspace before a date.
    index('customer_churns_period').on(t.workspaceId, t.churnedAt, t.returnedAt, t.customerPk),
  ],
)

export const customerDays = sqliteTable(
  'customer_days',
  {
    customerPk: text('customer_pk').notNull(),
    workspaceId: text('workspace_id').notNull(),
    // UTC day, YYYY-MM-DD.
    day: text('day').notNull(),
    sessions: integer('sessions').notNull().default(0),
    logins: integer('logins').notNull().default(0),
    pageViews: integer('page_views').notNull().default(0),
    featureUses: integer('feature_uses').notNull().default(0),
    emailClicks: integer('email_clicks').notNull().default(0),
    purchases: integer('purchases').notNull().default(0),
    revenue: real('revenue').notNull().default(0),
    tickets: integer('tickets').notNull().default(0),
    complaints: integer('complaints').notNull().default(0),
    paymentFailures: integer('payment_failures').notNull().default(0),
    paymentLate: integer('payment_late').notNull().default(0),
    renewals: integer('renewals').notNull().default(0),
    // Sightings kept nowhere else (an identify call, a survey shown or answered, a billing event):
    // with the activity counters they replay when the customer was last seen on any past day.
    sightings: integer('sightings').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.customerPk, t.day] }),
    index('customer_days_workspace').on(t.workspaceId, t.day),
    // Covers the summary's purchase counts, and only the days with a purchase (most have none).
    index('customer_days_purchases').on(t.workspaceId, t.day, t.customerPk, t.purchases).where(sql`purchases > 0`),
    // Whether a workspace sends renewals (churn-definition.ts), without reading a year of days.
    index('customer_days_renewals').on(t.workspaceId, t.day).where(sql`renewals > 0`),
  ],
)

// Inbound webhook events already applied (Stripe and Zendesk retry): each is applied once.
export const inboundEvents = sqliteTable(
  'inbound_events',
  {
    workspaceId: text('workspace_id').notNull(),
    source: text('source').notNull(),
    eventId: text('event_id').notNull(),
    receivedAt: integer('received_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.source, t.eventId] })],
)
