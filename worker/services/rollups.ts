// Reads over the daily rollups (db/schema/rollups.ts): whole UTC days inside a period come from
// the rollup rows, and the partial days at either end from the answers themselves, so any
// period is exact while a 90-day overview reads ~90 rows per key instead of every answer.
const DAY = 86_400_000

export interface DaySplit {
  /** Whole UTC day numbers in [dayFrom, dayTo). Empty when dayFrom >= dayTo. */
  dayFrom: number
  dayTo: number
  /** The partial-day edges, read raw: [from, headEnd) and [tailStart, to). Either may be empty. */
  headEnd: number
  tailStart: number
}

export function splitByDay(from: number, to: number): DaySplit {
  const dayFrom = Math.ceil(from / DAY)
  const dayTo = Math.floor(to / DAY)
  if (dayFrom >= dayTo) return { dayFrom: 0, dayTo: 0, headEnd: to, tailStart: to }
  return { dayFrom, dayTo, headEnd: dayFrom * DAY, tailStart: dayTo * DAY }
}

// Parameters shared by every statement below: ?1 workspace, ?2..?3 whole days, ?4..?5 the head
// edge, ?6..?7 the tail edge.
function bindSplit(stmt: D1PreparedStatement, workspaceId: string, from: number, to: number) {
  const s = splitByDay(from, to)
  return stmt.bind(workspaceId, s.dayFrom, s.dayTo, from, s.headEnd, s.tailStart, to)
}
/** The raw part twice, once per edge: one OR over both ranges would make SQLite scan the workspace. */
const rawEdges = (select: string) =>
  `${select} AND r.created_at >= ?4 AND r.created_at < ?5 UNION ALL ${select} AND r.created_at >= ?6 AND r.created_at < ?7`

/** Scored answers per survey kind and score: rows { kind, score, n }. */
export function scoreCounts(db: D1Database, workspaceId: string, from: number, to: number) {
  return bindSplit(db.prepare(
    `SELECT kind, score, SUM(n) AS n FROM (
       SELECT survey_kind AS kind, score, responses AS n FROM response_rollups
        WHERE workspace_id = ?1 AND day >= ?2 AND day < ?3 AND survey_kind IN ('nps', 'csat', 'ces') AND score >= 0
       UNION ALL
       ${rawEdges("SELECT r.survey_kind, r.score, 1 FROM responses r WHERE r.workspace_id = ?1 AND r.survey_kind IN ('nps', 'csat', 'ces') AND r.score IS NOT NULL")})
     GROUP BY kind, score HAVING SUM(n) > 0`,
  ), workspaceId, from, to)
}

/** Every answer, and the exit flows started and saved: one row { responses, exitStarted, exitSaved }. */
export function answerCounts(db: D1Database, workspaceId: string, from: number, to: number) {
  return bindSplit(db.prepare(
    `SELECT COALESCE(SUM(n), 0) AS responses, COALESCE(SUM(CASE WHEN kind = 'exit' THEN n END), 0) AS exitStarted,
            COALESCE(SUM(CASE WHEN kind = 'exit' THEN saved END), 0) AS exitSaved FROM (
       SELECT survey_kind AS kind, responses AS n, offers_accepted AS saved FROM response_rollups
        WHERE workspace_id = ?1 AND day >= ?2 AND day < ?3
       UNION ALL
       ${rawEdges('SELECT r.survey_kind, 1, CASE WHEN r.offer_accepted = 1 THEN 1 ELSE 0 END FROM responses r WHERE r.workspace_id = ?1')})`,
  ), workspaceId, from, to)
}

const TOPIC_SUMS = ['volume', 'positive', 'neutral', 'negative', 'mixed', 'promoters', 'passives', 'detractors', 'csat_n', 'csat_satisfied']
/** One answer's share of a topic row: its sentiment and its NPS or CSAT band, as 0/1 columns. */
const topicShare = (alias: string) => `
  CASE WHEN ${alias}.sentiment_label = 'positive' THEN 1 ELSE 0 END, CASE WHEN ${alias}.sentiment_label = 'neutral' THEN 1 ELSE 0 END,
  CASE WHEN ${alias}.sentiment_label = 'negative' THEN 1 ELSE 0 END, CASE WHEN ${alias}.sentiment_label = 'mixed' THEN 1 ELSE 0 END,
  CASE WHEN ${alias}.survey_kind = 'nps' AND ${alias}.score >= 9 THEN 1 ELSE 0 END,
  CASE WHEN ${alias}.survey_kind = 'nps' AND ${alias}.score BETWEEN 7 AND 8 THEN 1 ELSE 0 END,
  CASE WHEN ${alias}.survey_kind = 'nps' AND ${alias}.score <= 6 THEN 1 ELSE 0 END,
  CASE WHEN ${alias}.survey_kind = 'csat' AND ${alias}.score IS NOT NULL THEN 1 ELSE 0 END,
  CASE WHEN ${alias}.survey_kind = 'csat' AND ${alias}.score >= 4 THEN 1 ELSE 0 END`

/** Per topic: volume, sentiment mix and score bands (TopicRow in theme-queries.ts), busiest first. */
export function topicCounts(db: D1Database, workspaceId: string, from: number, to: number) {
  return bindSplit(db.prepare(
    `SELECT topic, SUM(volume) AS volume, SUM(positive) AS positive, SUM(neutral) AS neutral, SUM(negative) AS negative,
            SUM(mixed) AS mixed, SUM(promoters) AS promoters, SUM(passives) AS passives, SUM(detractors) AS detractors,
            SUM(csat_n) AS csatN, SUM(csat_satisfied) AS csatSatisfied FROM (
       SELECT topic, ${TOPIC_SUMS.join(', ')} FROM topic_rollups WHERE workspace_id = ?1 AND day >= ?2 AND day < ?3
       UNION ALL
       -- Driven from the answers' time index; a topic row is stamped with its answer's time.
       ${rawEdges(`SELECT t.topic, 1, ${topicShare('r')}
         FROM responses r JOIN response_topics t ON t.workspace_id = r.workspace_id AND t.response_id = r.id WHERE r.workspace_id = ?1`)})
     GROUP BY topic HAVING SUM(volume) > 0 ORDER BY volume DESC, topic`,
  ), workspaceId, from, to)
}

export type Bucket = 'day' | 'week'
// The Monday on or before the day, for weeks.
const WEEK = ", '-6 days', 'weekday 1'"

/** Scored answers per bucket, kind and score; kind '*' rows carry every answer's count per bucket. */
export function bucketCounts(db: D1Database, workspaceId: string, from: number, to: number, bucket: Bucket) {
  const shift = bucket === 'week' ? WEEK : ''
  return bindSplit(db.prepare(
    `SELECT bucket, kind, score, SUM(n) AS n FROM (
       SELECT date(day * 86400, 'unixepoch'${shift}) AS bucket, survey_kind AS kind, score, responses AS n FROM response_rollups
        WHERE workspace_id = ?1 AND day >= ?2 AND day < ?3
       UNION ALL
       ${rawEdges(`SELECT date(r.created_at / 1000, 'unixepoch'${shift}), r.survey_kind, COALESCE(r.score, -1), 1 FROM responses r WHERE r.workspace_id = ?1`)})
     GROUP BY bucket, kind, score HAVING SUM(n) > 0`,
  ), workspaceId, from, to)
}

/**
 * bucketCounts in a time zone `offsetMs` ahead of UTC: local days straddle the rollups' UTC days,
 * so every answer of the period is read (the time index keeps it to the period's answers).
 */
export function localBucketCounts(db: D1Database, workspaceId: string, from: number, to: number, bucket: Bucket, offsetMs: number) {
  const shift = bucket === 'week' ? WEEK : ''
  return db.prepare(
    `SELECT date((r.created_at + ?4) / 1000, 'unixepoch'${shift}) AS bucket, r.survey_kind AS kind, COALESCE(r.score, -1) AS score, COUNT(*) AS n
       FROM responses r WHERE r.workspace_id = ?1 AND r.created_at >= ?2 AND r.created_at < ?3
      GROUP BY bucket, kind, score`,
  ).bind(workspaceId, from, to, offsetMs)
}

export interface CountFilter { kind?: string; minScore?: number; maxScore?: number }

/** Answers in a period matching a survey kind and score range, exactly: one row { n }. */
export function filteredCount(db: D1Database, workspaceId: string, from: number, to: number, f: CountFilter) {
  const rolled: string[] = []
  const raw: string[] = []
  // ?8 kind, ?9 lowest score, ?10 highest; a range excludes unscored answers (stored as -1 here).
  if (f.kind !== undefined) rolled.push('survey_kind = ?8'), raw.push('r.survey_kind = ?8')
  if (f.minScore !== undefined || f.maxScore !== undefined) rolled.push('score >= ?9 AND score <= ?10'), raw.push('r.score >= ?9 AND r.score <= ?10')
  const and = (c: string[]) => c.map((x) => ` AND ${x}`).join('')
  const s = splitByDay(from, to)
  // D1 wants exactly as many values as the highest parameter number used.
  const args: unknown[] = [workspaceId, s.dayFrom, s.dayTo, from, s.headEnd, s.tailStart, to]
  if (raw.length) args.push(f.kind ?? null)
  if (f.minScore !== undefined || f.maxScore !== undefined) args.push(f.minScore ?? 0, f.maxScore ?? 10)
  return db.prepare(
    `SELECT COALESCE(SUM(n), 0) AS n FROM (
       SELECT responses AS n FROM response_rollups WHERE workspace_id = ?1 AND day >= ?2 AND day < ?3${and(rolled)}
       UNION ALL
       ${rawEdges(`SELECT 1 FROM responses r WHERE r.workspace_id = ?1${and(raw)}`)})`,
  ).bind(...args)
}
