// Analysis of a stored response, off the request path: language, sentiment and topics from the
// rules blended with the workspace's learned model; then the answer's score or exit reason teaches
// the model (a weak label), once. Everything is written in one batch.
import type { Env } from '../env.ts'
import { analyzeText, learnIncrements, learningFeatures, weakTeaching, TEXT_FEATURES_VERSION } from '../domain/text/index.ts'
import { COUNTS_CURRENT, incrementStatement, loadAnalysisSettings, loadModel } from '../services/text-model.ts'

interface Row {
  survey_kind: 'nps' | 'csat' | 'ces' | 'exit' | 'custom'
  score: number | null
  comment: string | null
  reason: string | null
  customer_pk: string | null
  created_at: number
  corrected_at: number | null
  learned_label: string | null
}

/**
 * Returns null when the response no longer exists (erased). Safe to run twice. `analyze` is the
 * text analysis (a test passes one that fails).
 */
export async function analyzeResponse(env: Env, workspaceId: string, responseId: string, analyze = analyzeText): Promise<{ customerPk: string | null } | null> {
  const db = env.DB
  const row = await db.prepare('SELECT survey_kind, score, comment, reason, customer_pk, created_at, corrected_at, learned_label FROM responses WHERE workspace_id = ? AND id = ?')
    .bind(workspaceId, responseId).first<Row>()
  if (!row) return null
  const now = Date.now()
  const statements: D1PreparedStatement[] = []
  const comment = row.comment
  // Derived once: they pick the model rows to load, feed the analysis and are what it teaches.
  const features = comment && row.corrected_at === null ? readOrLogged(() => learningFeatures(comment), workspaceId, responseId) : null
  if (comment && features) {
    // Counts of a workspace awaiting its rebuild (older features) are read all the same: most
    // features are unchanged, and missing ones only weigh less until the rebuild.
    const [{ topics: taxonomy, modelGain, topicGain }, model] = await Promise.all([loadAnalysisSettings(db, workspaceId), loadModel(db, workspaceId, features)])
    const analysis = readOrLogged(() => analyze(comment, { taxonomy, model, features, modelGain, topicGain }), workspaceId, responseId)
    if (analysis) {
      statements.push(
        db.prepare('UPDATE responses SET language = ?, sentiment_label = ?, sentiment_score = ?, sentiment_confidence = ?, topics = ? WHERE workspace_id = ? AND id = ?')
          .bind(analysis.language, analysis.sentiment.label, round(analysis.sentiment.score), round(analysis.sentiment.confidence), JSON.stringify(analysis.topics), workspaceId, responseId),
        db.prepare('DELETE FROM response_topics WHERE workspace_id = ? AND response_id = ?').bind(workspaceId, responseId),
      )
      if (analysis.topics.length) {
        statements.push(db.prepare(
          `INSERT INTO response_topics (workspace_id, response_id, topic, confidence, created_at)
           SELECT ?, ?, json_extract(value, '$.id'), json_extract(value, '$.confidence'), ? FROM json_each(?)`,
        ).bind(workspaceId, responseId, row.created_at, JSON.stringify(analysis.topics)))
      }
      if (row.learned_label === null) statements.push(...await weakLearningStatements(db, workspaceId, responseId, row, comment, new Set(taxonomy.map((t) => t.id)), features))
    }
  }
  statements.push(db.prepare('UPDATE responses SET analyzed_at = ? WHERE workspace_id = ? AND id = ?').bind(now, workspaceId, responseId))
  await db.batch(statements)
  return { customerPk: row.customer_pk }
}

/** How many answers one customer may teach the model in TEACHING_WINDOW_MS. */
export const TEACHING_PER_CUSTOMER = 3
export const TEACHING_WINDOW_MS = 90 * 86_400_000

/**
 * Whether an answer may teach the workspace's model. The public site key is in every page, so anyone
 * can post answers: anonymous ones never teach, and one customer teaches at most TEACHING_PER_CUSTOMER
 * answers in TEACHING_WINDOW_MS, so a burst cannot retrain how real customers' comments are read (and
 * where the workspace verifies identities, customers cannot be made up at all).
 */
async function mayTeach(db: D1Database, workspaceId: string, row: Row): Promise<boolean> {
  if (row.customer_pk === null) return false
  const taught = await db.prepare('SELECT COUNT(*) AS n FROM responses WHERE workspace_id = ? AND customer_pk = ? AND learned_label IS NOT NULL AND created_at > ?')
    .bind(workspaceId, row.customer_pk, row.created_at - TEACHING_WINDOW_MS).first<{ n: number }>()
  return (taught?.n ?? 0) < TEACHING_PER_CUSTOMER
}

/**
 * The score (or exit reason) is a weak label for the comment beside it; learned once per response.
 * Counted now if the workspace's counts are current; otherwise learned_version stays NULL and the
 * cron counts it once they are (services/text-model-rebuild.ts).
 */
async function weakLearningStatements(db: D1Database, workspaceId: string, responseId: string, row: Row, comment: string, topicIds: ReadonlySet<string>, features: string[]): Promise<D1PreparedStatement[]> {
  if (row.survey_kind === 'custom') return []
  const teaching = weakTeaching({ kind: row.survey_kind, score: row.score ?? undefined, reason: row.reason ?? undefined }, topicIds)
  if (!teaching || !(await mayTeach(db, workspaceId, row))) return []
  const guard = { sql: `EXISTS (SELECT 1 FROM responses WHERE workspace_id = ? AND id = ? AND learned_label IS NULL) AND ${COUNTS_CURRENT}`, args: [workspaceId, responseId, workspaceId] }
  const inc = incrementStatement(db, workspaceId, learnIncrements(comment, teaching, features), guard)
  if (!inc) return []
  return [inc, db.prepare(
    `UPDATE responses SET learned_label = ?, learned_version = CASE WHEN ${COUNTS_CURRENT} THEN ${TEXT_FEATURES_VERSION} END
     WHERE workspace_id = ? AND id = ? AND learned_label IS NULL`,
  ).bind(JSON.stringify(teaching), workspaceId, workspaceId, responseId)]
}

/**
 * What the text analysis made of a comment, or null when it threw: a bug for some text, which a retry
 * would hit the same way until the message went to the dead-letter queue, and the answer's score
 * would never raise its alert. The answer is marked analysed without its text read, and the error logged.
 */
function readOrLogged<T>(read: () => T, workspaceId: string, responseId: string): T | null {
  try {
    return read()
  } catch (err) {
    console.error(JSON.stringify({ level: 'error', msg: 'text analysis failed; the answer is kept without it', workspaceId, responseId, error: String((err as Error)?.stack ?? err) }))
    return null
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000
