// `stayloop eval topics FILE.tsv [--taxonomy FILE.json] [--label-column COL]`: one labelled topic
// per row; the prediction is the best-scoring topic (none when nothing gives any evidence).
import { readFileSync } from 'node:fs'
import { learningFeatures } from '../../worker/domain/text/features.ts'
import { ALL_TOPICS_LABEL, labelIncrements, modelFromRows } from '../../worker/domain/text/model.ts'
import { DEFAULT_TAXONOMY, type TopicDef } from '../../worker/domain/text/taxonomy.ts'
import { TOPIC_BLEND, topicScores } from '../../worker/domain/text/topics.ts'
import { flag, macroF1, readTsv, splitRows } from './text-tsv.ts'

function bestTopic(text: string, taxonomy: TopicDef[], model?: ReturnType<typeof modelFromRows>): string | null {
  const [best] = topicScores(text, taxonomy, model)
  // The top topic, if the product would assign it at all (matchTopics uses the same threshold).
  return best && best.score >= TOPIC_BLEND.threshold ? best.id : null
}

export async function runTopicsEval(args: string[]): Promise<number> {
  const file = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')))
  if (!file) { console.error('usage: stayloop eval topics FILE.tsv [--taxonomy FILE.json] [--label-column COL] [--dev]'); return 2 }
  const taxonomyPath = flag(args, '--taxonomy')
  const taxonomy: TopicDef[] = taxonomyPath ? JSON.parse(readFileSync(taxonomyPath, 'utf8')) : DEFAULT_TAXONOMY
  const column = flag(args, '--label-column') ?? 'label'
  const known = new Set(taxonomy.map((t) => t.id))
  const rows = readTsv(file).filter((r) => (r[column] ?? '') !== '' && known.has(r[column]))
  const skipped = readTsv(file).filter((r) => (r[column] ?? '') !== '' && !known.has(r[column])).length
  const { train, test } = splitRows(rows, args.includes('--dev'))

  const model = modelFromRows([])
  for (const r of train) model.add(labelIncrements(learningFeatures(r.text), [`topic:${r[column]}`, ALL_TOPICS_LABEL]))

  const gold = test.map((r) => r[column])
  const outOfBox = test.map((r) => bestTopic(r.text, taxonomy))
  const learned = test.map((r) => bestTopic(r.text, taxonomy, model))
  const labels = taxonomy.map((t) => t.id).filter((id) => gold.includes(id))
  const base = macroF1(gold, outOfBox, labels), after = macroF1(gold, learned, labels)
  const round = (x: number) => Math.round(x * 1000) / 1000
  console.log(`${file}: ${test.length} test rows, learned from ${train.length}; ${skipped} rows with labels outside the taxonomy skipped`)
  for (const l of labels) console.log(`  ${l.padEnd(28)} out of the box ${base.per[l].toFixed(3)}  learned ${after.per[l].toFixed(3)}`)
  console.log(JSON.stringify({
    task: 'topics', rows: test.length, macro_f1: round(base.macro), learned_macro_f1: round(after.macro),
    per_topic: Object.fromEntries(labels.map((l) => [l, { f1: round(base.per[l]), learned_f1: round(after.per[l]) }])),
  }))
  return 0
}
