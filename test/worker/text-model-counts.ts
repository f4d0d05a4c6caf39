// Reading a workspace's learned text model in tests: the stored counts, and what learning its
// comments and examples from scratch gives, both as sorted "label|token=count" lines.
import { env } from 'cloudflare:test'
import { learnIncrements, TOTAL_TOKEN, type Teaching } from '../../worker/domain/text/index.ts'
import { mergeIncrements } from '../../worker/services/text-model.ts'
import { analyzed, sitePost, uuid, type TestWorkspace } from './helpers.ts'

const db = () => env.DB

export async function storedCounts(ws: TestWorkspace): Promise<string[]> {
  const { results } = await db().prepare('SELECT label, token, count FROM text_model_counts WHERE workspace_id = ?').bind(ws.workspaceId).all<{ label: string; token: string; count: number }>()
  return results.map((r) => `${r.label}|${r.token}=${r.count}`).sort()
}

/**
 * Learned comments (those matching `where`, SQL over responses) and, unless left out, labelled
 * examples, counted from scratch; rows the cap left out (learned_version 0) are not counted.
 */
export async function recount(ws: TestWorkspace, { where = '1', examples = true } = {}): Promise<string[]> {
  const comments = await db().prepare(`SELECT comment AS text, learned_label AS label FROM responses WHERE workspace_id = ? AND learned_label IS NOT NULL AND learned_version IS NOT 0 AND ${where}`)
    .bind(ws.workspaceId).all<{ text: string; label: string }>()
  const taught = examples
    ? (await db().prepare('SELECT text, teaching AS label FROM text_examples WHERE workspace_id = ? AND learned_version IS NOT 0').bind(ws.workspaceId).all<{ text: string; label: string }>()).results
    : []
  const incs = [...comments.results, ...taught].flatMap((r) => learnIncrements(r.text, JSON.parse(r.label) as Teaching))
  return mergeIncrements(incs).map(([label, token, n]) => `${label}|${token}=${n}`).sort()
}

/** Corrections and replaced labels leave rows at zero behind (they weigh nothing). */
export const nonZero = (lines: string[]) => lines.filter((l) => !l.endsWith('=0'))

export const versionOf = async (ws: TestWorkspace) =>
  (await db().prepare('SELECT text_model_version v FROM workspaces WHERE id = ?').bind(ws.workspaceId).first<{ v: number }>())!.v

/** An answer from `customer` (by default one of its own: anonymous answers teach nothing). */
export async function answer(ws: TestWorkspace, score: number, comment: string, customer?: string): Promise<string> {
  const id = uuid()
  await sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, customer: customer ?? `c-${id}`, score, comment, finished: true })
  await analyzed(ws, id)
  return id
}

/**
 * As the migration leaves a workspace: at version 1, its comments marked learned under 1, and its
 * counts as older features made them (no rule verdict, no trigrams, a word since dropped).
 */
export async function makeLegacy(ws: TestWorkspace) {
  const { results } = await db().prepare('SELECT comment, learned_label FROM responses WHERE workspace_id = ? AND learned_label IS NOT NULL').bind(ws.workspaceId).all<{ comment: string; learned_label: string }>()
  const legacy = results.flatMap((r) => learnIncrements(r.comment, JSON.parse(r.learned_label) as Teaching))
    .filter((i) => !i.token.startsWith('rule:') && !/^\p{Script=Han}{3}$/u.test(i.token))
  legacy.push({ label: 'sent:neg', token: 'retired_feature', delta: 4 }, { label: 'sent:neg', token: TOTAL_TOKEN, delta: 4 })
  const rows = mergeIncrements(legacy)
  await db().batch([
    db().prepare('UPDATE workspaces SET text_model_version = 1 WHERE id = ?').bind(ws.workspaceId),
    db().prepare('UPDATE responses SET learned_version = 1 WHERE workspace_id = ? AND learned_label IS NOT NULL').bind(ws.workspaceId),
    db().prepare('DELETE FROM text_model_counts WHERE workspace_id = ?').bind(ws.workspaceId),
    db().prepare(`INSERT INTO text_model_counts (workspace_id, label, token, count)
      SELECT ?, json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(?)`).bind(ws.workspaceId, JSON.stringify(rows)),
  ])
}
