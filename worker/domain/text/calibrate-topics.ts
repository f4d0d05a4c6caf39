// How far a workspace should trust what its topic model learned, measured on its own texts with
// topic labels (corrections, taught examples, exit reasons): the same folds as the sentiment check
// (calibrate.ts), each scored by a model learned from the others at each candidate gain. The score
// is macro-F1 of the top topic against each text's topics, so small topics count as much as big
// ones; gain 0 is the keywords and example sentences alone.
import { macroF1 } from './agreement.ts'
import { foldOf, MIN_ROWS_PER_FOLD, readText, reader, type ReadText } from './calibrate.ts'
import { learnIncrements } from './learn.ts'
import { modelFromRows } from './model.ts'
import type { TopicDef } from './taxonomy.ts'
import { combineTopicScores, TOPIC_BLEND, topicBase, topicLearned, topicScores } from './topics.ts'

/** `strong`: a person's label (counts as STRONG_LABEL_WEIGHT weak ones, as in the product). */
export type LabelledTopics = { text: string; topics: string[]; strong?: boolean }
export type TopicGainCheck = { gain: number; rows: number; macroF1: Record<string, number>; accuracy: Record<string, number> }

export const TOPIC_GAINS = [0, 0.5, 1, 2, 3]
/**
 * Macro-F1 a trust level must gain over the default's to replace it. Macro-F1 leans on the smallest
 * topics, so differences below this are noise (en_airline dev folds: gains 0.5-3 all within 0.004
 * of the default); chasing them would flip a workspace's trust from one day to the next.
 */
export const TOPIC_GAIN_MARGIN = 0.01

/** The topic the product would name first for a text (none below the threshold matchTopics uses). */
export function topTopic(r: ReadText, taxonomy: TopicDef[], model?: ReturnType<typeof modelFromRows>, gain = 1): string | null {
  return topOf(topicScores(r.simplified, taxonomy, { model, gain, features: r.features, prepared: true, tokens: r.tokens }))
}

const topOf = (scores: { id: string; score: number }[]) => (scores[0] && scores[0].score >= TOPIC_BLEND.threshold ? scores[0].id : null)

export function trainTopicModel(rows: LabelledTopics[], read: (text: string) => ReadText = readText): ReturnType<typeof modelFromRows> {
  const model = modelFromRows([])
  for (const r of rows) model.add(learnIncrements(r.text, { topics: r.topics, strong: r.strong }, read(r.text).features))
  return model
}

/** The gain with the best macro-F1 over the folds, if it beats the default (1) by TOPIC_GAIN_MARGIN; ties go to less trust. */
export function chooseTopicGain(rows: LabelledTopics[], taxonomy: TopicDef[], opts: { folds?: number; read?: (text: string) => ReadText } = {}): TopicGainCheck {
  const folds = opts.folds ?? 5
  const known = new Set(taxonomy.map((t) => t.id))
  // Labels of topics the workspace has since removed say nothing about the taxonomy it has now.
  const usable = rows.map((r) => ({ ...r, topics: r.topics.filter((id) => known.has(id)) })).filter((r) => r.topics.length > 0)
  if (usable.length < MIN_ROWS_PER_FOLD * folds) return { gain: 1, rows: usable.length, macroF1: {}, accuracy: {} }
  const read = opts.read ?? reader()
  const fold = usable.map((r) => foldOf(r.text, folds))
  // What keywords and examples say of a text is the same in every fold and at every gain; what the
  // fold's model says is the same at every gain: each is worked out once (topicScores, in parts).
  const base = usable.map((r) => { const t = read(r.text); return topicBase(t.simplified, taxonomy, t.features, t.tokens) })
  const pred: Record<number, (string | null)[]> = Object.fromEntries(TOPIC_GAINS.map((g) => [g, usable.map(() => null)]))
  for (let k = 0; k < folds; k++) {
    const model = trainTopicModel(usable.filter((_, i) => fold[i] !== k), read)
    usable.forEach((r, i) => {
      if (fold[i] !== k) return
      const learned = topicLearned(model, taxonomy, read(r.text).features)
      for (const gain of TOPIC_GAINS) pred[gain][i] = topOf(combineTopicScores(taxonomy, base[i], learned, gain))
    })
  }
  const gold = usable.map((r) => r.topics)
  const labels = [...known].filter((id) => gold.some((g) => g.includes(id)))
  const round = (x: number) => Math.round(x * 1e4) / 1e4
  const f1: Record<string, number> = {}, accuracy: Record<string, number> = {}
  for (const g of TOPIC_GAINS) {
    f1[g] = round(macroF1(gold, pred[g], labels).macro)
    accuracy[g] = round(pred[g].filter((p, i) => p !== null && gold[i].includes(p)).length / usable.length)
  }
  return { gain: pickTopicGain(f1), rows: usable.length, macroF1: f1, accuracy }
}

/** The best-scoring gain (ties: less trust), if it beats the default by the margin; else the default. */
export function pickTopicGain(f1: Record<string, number>): number {
  const best = TOPIC_GAINS.reduce((a, b) => (f1[b] > f1[a] || (f1[b] === f1[a] && b < a) ? b : a))
  return f1[best] >= f1[1] + TOPIC_GAIN_MARGIN ? best : 1
}
