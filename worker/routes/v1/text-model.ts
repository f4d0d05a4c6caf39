// /v1/text-model: what the workspace's learned text model has learned from, and labelled examples
// taught from a file (`stayloop train`). An upload is checked row by row against the workspace's
// taxonomy first; one bad row answers 400 with every problem and stores nothing.
import { Hono } from 'hono'
import type { AppEnv } from '../../env.ts'
import { readText, requireContentType } from '../../lib/body.ts'
import { ApiError } from '../../lib/errors.ts'
import { DOC_TOKEN, TEXT_FEATURES_VERSION } from '../../domain/text/index.ts'
import { topicLookup, validateTextExamples } from '../../domain/import/text-examples.ts'
import { loadTaxonomy } from '../../services/text-model.ts'
import { forgetExamples, storeExamples } from '../../services/text-model-examples.ts'
import type { TextModelCheck } from '../../services/text-model-check.ts'
import { enqueue } from '../../services/queue.ts'
import { contradictedLabels } from '../../domain/import/labels-swapped.ts'

/**
 * How far to trust the learned model is checked again at once after a file is learned or forgotten,
 * not at the next daily check: a file is how a team fixes a word the rules misread ("this is sick"),
 * and until the check trusts the counts more, the rules' reading stands.
 */
function recheck(c: { env: AppEnv['Bindings']; executionCtx: { waitUntil(p: Promise<unknown>): void } }, workspaceId: string): void {
  c.executionCtx.waitUntil(enqueue(c.env, [{ type: 'check_text_model', workspaceId }]))
}

const BODY_LIMIT = 5 * 1024 * 1024
const MAX_ROWS = 20_000
const MAX_DETAILS = 1000
const FORMAT = { 'text/csv': 'csv', 'text/tab-separated-values': 'tsv' } as const

type Docs = { pos: number; neg: number; neu: number }

/** The stored check as shown: agreement at gain 0 (the shipped rules alone) and at the gain analysis uses. */
function checkSummary(json: string | null) {
  if (!json) return null
  const c = JSON.parse(json) as TextModelCheck
  const at = (figures: Record<string, number> | undefined, gain: number | undefined) => (figures && gain !== undefined ? figures[String(gain)] ?? null : null)
  const t = c.topics
  return {
    checkedAt: c.checkedAt, texts: c.texts ?? 0, modelGain: c.gain ?? null,
    rulesAccuracy: at(c.accuracy, 0), learnedAccuracy: at(c.accuracy, c.gain),
    topics: t ? {
      texts: t.texts, modelGain: t.gain,
      keywordsMacroF1: at(t.macroF1, 0), learnedMacroF1: at(t.macroF1, t.gain),
      keywordsAccuracy: at(t.accuracy, 0), learnedAccuracy: at(t.accuracy, t.gain),
    } : null,
  }
}

export const textModel = new Hono<AppEnv>()
  .get('/', async (c) => {
    const { workspaceId } = c.get('auth')
    const db = c.env.DB
    const [workspace, labels, examples, answers] = await db.batch([
      db.prepare('SELECT text_model_version AS version, text_model_check AS "check" FROM workspaces WHERE id = ?').bind(workspaceId),
      db.prepare('SELECT label, count FROM text_model_counts WHERE workspace_id = ? AND token = ?').bind(workspaceId, DOC_TOKEN),
      db.prepare('SELECT COUNT(*) AS n, COUNT(*) FILTER (WHERE learned_version IS NULL) AS pending FROM text_examples WHERE workspace_id = ?').bind(workspaceId),
      // What analysis taught (weak labels) or a person corrected; not those a rebuild's cap left out.
      db.prepare(`SELECT COUNT(*) FILTER (WHERE learned_version IS NOT 0) AS n, COUNT(*) FILTER (WHERE learned_version IS NULL) AS pending
        FROM responses WHERE workspace_id = ? AND learned_label IS NOT NULL AND comment IS NOT NULL`).bind(workspaceId),
    ])
    const documents: Docs = { pos: 0, neg: 0, neu: 0 }
    const topics: Record<string, number> = {}
    for (const { label, count } of labels.results as { label: string; count: number }[]) {
      // Below zero only in stale counts (forgotten under newer features): nothing learned.
      const n = Math.max(0, count)
      if (label.startsWith('sent:') && label.slice(5) in documents) documents[label.slice(5) as keyof Docs] = n
      else if (label.startsWith('topic:') && label !== 'topic:*' && n > 0) topics[label.slice(6)] = n
    }
    const ws = workspace.results[0] as { version: number; check: string | null }
    const ex = examples.results[0] as { n: number; pending: number }
    const an = answers.results[0] as { n: number; pending: number }
    return c.json({
      version: ws.version,
      currentVersion: TEXT_FEATURES_VERSION,
      documents,
      topics,
      examples: ex.n,
      answersLearned: an.n,
      // Learned while the counts were stale: counted by the cron's rebuild or catch-up.
      pending: { examples: ex.pending, answers: an.pending },
      // The daily self-check on its newest labelled texts: agreement with their labels by the rules
      // alone and with what it learned, at the trust analysis now uses. Null until there is enough to check.
      check: checkSummary(ws.check),
    })
  })
  .post('/examples', async (c) => {
    requireContentType(c, Object.keys(FORMAT))
    const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase() as keyof typeof FORMAT
    const body = await readText(c, BODY_LIMIT)
    const { workspaceId } = c.get('auth')
    const { topics } = await loadTaxonomy(c.env.DB, workspaceId)
    const { rows, errors, skipped } = validateTextExamples(body, FORMAT[type], topicLookup(topics), { maxRows: MAX_ROWS })
    if (errors.length === 0 && rows.length === 0) errors.push({ line: 1, column: null, message: 'no labelled rows to learn from' })
    if (errors.length) {
      throw new ApiError('invalid_request', `${errors.length} problem(s) in the file; nothing learned`, { details: errors.slice(0, MAX_DETAILS) })
    }
    const swapped = c.req.query('force') === 'true' ? null : contradictedLabels(rows)
    if (swapped) {
      throw new ApiError('invalid_request', `the sentiment labels contradict the shipped rules on ${swapped.read - swapped.agreeing} of ${swapped.read} rows they read with confidence `
        + `(e.g. ${JSON.stringify(swapped.example.text.slice(0, 80))} labelled ${swapped.example.label}): are pos and neg swapped? Nothing learned; send it with ?force=true to learn it anyway`)
    }
    const stored = await storeExamples(c.env.DB, workspaceId, rows)
    recheck(c, workspaceId)
    return c.json({ ...stored, skipped })
  })
  .delete('/examples', async (c) => {
    const { workspaceId } = c.get('auth')
    const forgotten = await forgetExamples(c.env.DB, workspaceId)
    recheck(c, workspaceId)
    return c.json({ forgotten })
  })
