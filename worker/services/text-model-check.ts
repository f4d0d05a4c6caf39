// The daily self-check of a workspace's learned text model: on its newest labelled texts (comments
// with the label their score, exit reason or a person gave, and taught examples), how well the
// shipped rules alone and the rules with what it learned agree with the labels, at each trust level
// (gain): sentiment by accuracy, topics by macro-F1 of the top topic. The best gains are stored and
// analysis uses them; the figures are shown in GET /v1/text-model.
import type { Env } from '../env.ts'
import { chooseModelGain, chooseTopicGain, reader, STRONG_LABEL_WEIGHT, type LabelledText, type LabelledTopics, type Teaching } from '../domain/text/index.ts'
import { loadTaxonomy } from './text-model.ts'
import { enqueue } from './queue.ts'

/** Newest labelled texts checked: enough for a steady figure, a few seconds of CPU once a day (BENCHMARKS.md). */
export const CHECK_MAX_TEXTS = 5_000

/** The topic half of the check: `gain` is the trust analysis gives the learned topic counts. */
export type TopicModelCheck = { texts: number; gain: number; macroF1: Record<string, number>; accuracy: Record<string, number> }
/**
 * As stored in workspaces.text_model_check. The sentiment fields (`texts`, `gain`, `accuracy`) are
 * absent when too few texts carry a sentiment label, `topics` when too few carry a topic.
 */
export type TextModelCheck = { checkedAt: number; texts?: number; gain?: number; accuracy?: Record<string, number>; topics?: TopicModelCheck }

type Labelled = { text: string; label: string; created_at: number }

export async function checkTextModel(db: D1Database, workspaceId: string, now = Date.now(), max = CHECK_MAX_TEXTS): Promise<TextModelCheck | null> {
  // Texts a rebuild's cap left out (learned_version 0) are not in the counts, so not checked either.
  const [comments, examples] = await db.batch<Labelled>([
    db.prepare(`SELECT comment AS text, learned_label AS label, created_at FROM responses
      WHERE workspace_id = ? AND learned_label IS NOT NULL AND comment IS NOT NULL AND learned_version IS NOT 0
      ORDER BY created_at DESC LIMIT ?`).bind(workspaceId, max),
    db.prepare(`SELECT text, teaching AS label, created_at FROM text_examples WHERE workspace_id = ? AND learned_version IS NOT 0
      ORDER BY created_at DESC LIMIT ?`).bind(workspaceId, max),
  ])
  const sentiment: LabelledText[] = [], topics: LabelledTopics[] = []
  const newest = [...comments.results, ...examples.results].sort((a, b) => b.created_at - a.created_at).slice(0, max)
  for (const r of newest) {
    const teaching = JSON.parse(r.label) as Teaching
    if (teaching.sentiment) sentiment.push({ text: r.text, label: teaching.sentiment, weight: teaching.strong ? STRONG_LABEL_WEIGHT : 1 })
    if (teaching.topics?.length) topics.push({ text: r.text, topics: teaching.topics, strong: teaching.strong })
  }
  // A text both checks look at is read once.
  const read = reader()
  const sentimentCheck = chooseModelGain(sentiment, { read })
  const topicCheck = topics.length ? chooseTopicGain(topics, (await loadTaxonomy(db, workspaceId)).topics, { read }) : null
  const result: TextModelCheck = { checkedAt: now }
  // Too few labelled texts to check: the default trust stays, and nothing is claimed.
  if (Object.keys(sentimentCheck.accuracy).length) Object.assign(result, { texts: sentimentCheck.rows, gain: sentimentCheck.gain, accuracy: sentimentCheck.accuracy })
  if (topicCheck && Object.keys(topicCheck.macroF1).length) result.topics = { texts: topicCheck.rows, gain: topicCheck.gain, macroF1: topicCheck.macroF1, accuracy: topicCheck.accuracy }
  // Too little left to check (a file forgotten): the check made before claims nothing now, and the default trust returns.
  const claims = result.gain !== undefined || result.topics !== undefined
  await db.prepare('UPDATE workspaces SET text_model_check = ? WHERE id = ?').bind(claims ? JSON.stringify(result) : null, workspaceId).run()
  return claims ? result : null
}

/** The daily cron: one check per workspace that has learned anything, spread over the queue. */
export async function enqueueTextModelChecks(env: Env): Promise<number> {
  const { results } = await env.DB.prepare(
    `SELECT id FROM workspaces w WHERE EXISTS (SELECT 1 FROM text_model_counts c WHERE c.workspace_id = w.id)`,
  ).all<{ id: string }>()
  await enqueue(env, results.map((r) => ({ type: 'check_text_model' as const, workspaceId: r.id })))
  return results.length
}
