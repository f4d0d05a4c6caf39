// Daily rollups behind the overview, trends and themes: counts per workspace and UTC day, kept
// exact by triggers (db/migrations/0006_rollup_triggers.sql) on every write to responses and
// response_topics, so a 90-day figure sums ~90 rows per key instead of reading every answer.
import { sqliteTable, text, integer, primaryKey } from 'drizzle-orm/sqlite-core'

/** `day` is the UTC day number, floor(created_at / 86,400,000). `score` is -1 for no score. */
export const responseRollups = sqliteTable(
  'response_rollups',
  {
    workspaceId: text('workspace_id').notNull(),
    day: integer('day').notNull(),
    surveyKind: text('survey_kind').notNull(),
    score: integer('score').notNull(),
    responses: integer('responses').notNull().default(0),
    offersAccepted: integer('offers_accepted').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.day, t.surveyKind, t.score] })],
)

/** One row per topic and day: the theme page's volume, sentiment mix and score bands. */
export const topicRollups = sqliteTable(
  'topic_rollups',
  {
    workspaceId: text('workspace_id').notNull(),
    day: integer('day').notNull(),
    topic: text('topic').notNull(),
    volume: integer('volume').notNull().default(0),
    positive: integer('positive').notNull().default(0),
    neutral: integer('neutral').notNull().default(0),
    negative: integer('negative').notNull().default(0),
    mixed: integer('mixed').notNull().default(0),
    promoters: integer('promoters').notNull().default(0),
    passives: integer('passives').notNull().default(0),
    detractors: integer('detractors').notNull().default(0),
    csatN: integer('csat_n').notNull().default(0),
    csatSatisfied: integer('csat_satisfied').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.day, t.topic] })],
)
