// `stayloop eval topics FILE.tsv [--taxonomy FILE.json] [--label-column COL]`: one labelled topic
// per row; the prediction is the best-scoring topic (none when nothing gives any evidence). The
// learned figure is what the product does: the model learns from the learning rows, and the trust
// it gets is chosen on folds of those rows by the workspace self-check's own code.
import { readFileSync } from 'node:fs'
import * as z from 'zod'
import { reader } from '../../worker/domain/text/calibrate.ts'
import { chooseTopicGain, topTopic, trainTopicModel } from '../../worker/domain/text/calibrate-topics.ts'
import { bootstrapInterval } from '../../worker/domain/text/agreement.ts'
import { DEFAULT_TAXONOMY, type TopicDef } from '../../worker/domain/text/taxonomy.ts'
import { fileArg, flag, macroF1, nothingToScore, readLabelledOrSay, splitRows, textColumn, type Row } from './text-tsv.ts'
import { topicLookup } from '../../worker/domain/import/text-examples.ts'
import { taxonomyTopics } from '../../worker/domain/taxonomy-schema.ts'

// A taxonomy file: a list of topics, or `{ "topics": [...] }` as GET /v1/taxonomy returns it, checked
// by the rules PUT /v1/taxonomy applies (a file the API would refuse is refused here, naming why),
// but for the shape of ids: here they may be a labelled file's own labels ("Late Flight"). A topic
// without a name is named by its id.
const topicList = taxonomyTopics(z.string().min(1, 'must not be empty'))

/** The topics in a taxonomy file, or what is wrong with it (one line). */
export function readTaxonomyFile(path: string): TopicDef[] | string {
  let raw: unknown
  try { raw = JSON.parse(readFileSync(path, 'utf8')) } catch (e) { return `not a readable JSON file (${(e as Error).message})` }
  const list = Array.isArray(raw) ? raw : (raw as { topics?: unknown } | null)?.topics
  if (!Array.isArray(list)) return 'expected a list of topics, or { "topics": [...] }'
  if (list.length === 0) return 'has no topics'
  const named = list.map((t: unknown) => t && typeof t === 'object' && !('name' in t) && 'id' in t ? { ...t, name: t.id } : t)
  const parsed = topicList.safeParse(named)
  if (!parsed.success) {
    const issues = parsed.error.issues
    return `not a taxonomy: ${issues.slice(0, 3).map((i) => `topic ${i.path.join('.')}: ${i.message}`).join('; ')}${issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''}`
  }
  return parsed.data.map((t) => ({ id: t.id, name: t.name, keywords: t.keywords, strong: t.strong, examples: t.examples }))
}

/**
 * A label's topic id: a topic's id or name in any case ("Missing feature", "missing-feature"), or
 * what other tools call a default topic ("Bug"). A row about several topics lists them with | or ;.
 */
function topicIdOf(taxonomy: TopicDef[]): (label: string) => string | undefined {
  const lookup = topicLookup(taxonomy)
  return (label) => { const l = label.trim().toLowerCase(); return lookup.get(l) ?? lookup.get(l.replace(/[\s-]+/g, '_')) }
}

export async function runTopicsEval(args: string[]): Promise<number> {
  const file = fileArg(args, ['--taxonomy', '--label-column', '--text-column'])
  if (!file) { console.error('usage: stayloop eval topics FILE.tsv [--taxonomy FILE.json] [--label-column COL] [--text-column COL] [--dev] [--interval]'); return 2 }
  const taxonomyPath = flag(args, '--taxonomy')
  const column = flag(args, '--label-column')?.toLowerCase() ?? 'label'
  const table = readLabelledOrSay(file)
  if (!table) return 2
  const text = textColumn(table, args)
  const all = table.map((r): Row => ({ ...r, text: r[text] ?? '' })).filter((r) => (r[column] ?? '') !== '' && r.text !== '')
  const labelsOf = (r: Row) => r[column].split(/[|;]/).map((l) => l.trim()).filter(Boolean)
  let taxonomy = taxonomyPath ? readTaxonomyFile(taxonomyPath) : DEFAULT_TAXONOMY
  if (typeof taxonomy === 'string') { console.error(`${taxonomyPath}: ${taxonomy}`); return 2 }
  // A file labelled with its own topics, and no taxonomy given: its labels are the taxonomy, found
  // by their names out of the box and learned from the dev rows.
  if (!taxonomyPath) {
    const known = topicIdOf(taxonomy)
    if (all.filter((r) => labelsOf(r).some((l) => known(l) !== undefined)).length * 2 < all.length) {
      taxonomy = [...new Set(all.flatMap(labelsOf))].map((l) => ({ id: l, name: l, keywords: [] }))
      console.log(`${file}: its labels name few default topics, so its ${taxonomy.length} labels are the taxonomy (names only; --taxonomy FILE.json gives them keywords)`)
    }
  }
  const idOf = topicIdOf(taxonomy)
  const topicsOf = new Map<Row, string[]>()
  for (const r of all) {
    const ids = [...new Set(labelsOf(r).map(idOf).filter((id): id is string => id !== undefined))]
    if (ids.length) topicsOf.set(r, ids)
  }
  const rows = all.filter((r) => topicsOf.has(r))
  if (rows.length === 0) { console.error(`${file}: no row has a \`${text}\` and a label in \`${column}\` naming a topic of the taxonomy (${taxonomy.map((t) => t.id).join(', ')}; name another column with --label-column)`); return 2 }
  const { train, test } = splitRows(rows, args.includes('--dev'))
  if (test.length === 0) { console.error(nothingToScore(file, rows.length)); return 2 }

  const read = reader()
  const labelled = train.map((r) => ({ text: r.text, topics: topicsOf.get(r)! }))
  const { gain, macroF1: checked } = chooseTopicGain(labelled, taxonomy, { read })
  const model = trainTopicModel(labelled, read)

  const gold = test.map((r) => topicsOf.get(r)!)
  const outOfBox = test.map((r) => topTopic(read(r.text), taxonomy))
  const learned = test.map((r) => topTopic(read(r.text), taxonomy, model, gain))
  const labels = taxonomy.map((t) => t.id).filter((id) => gold.some((g) => g.includes(id)))
  const base = macroF1(gold, outOfBox, labels), after = macroF1(gold, learned, labels)
  const round = (x: number) => Math.round(x * 1000) / 1000
  console.log(`${file}: ${test.length} test rows, learned from ${train.length}; ${all.length - rows.length} rows with labels outside the taxonomy skipped`)
  console.log(`model gain ${gain}, chosen on held-out learning rows (macro-F1): ${JSON.stringify(checked)}`)
  for (const l of labels) console.log(`  ${l.padEnd(28)} out of the box ${base.per[l].toFixed(3)}  learned ${after.per[l].toFixed(3)}`)
  // --interval: 95% bootstrap intervals; macro-F1 leans on the smallest topics, so it moves most.
  const interval = (pred: (string | null)[]) => bootstrapInterval(gold.length, (idx) => macroF1(idx.map((i) => gold[i]), idx.map((i) => pred[i]), labels).macro).map(round)
  console.log(JSON.stringify({
    task: 'topics', rows: test.length, macro_f1: round(base.macro), learned_macro_f1: round(after.macro),
    per_topic: Object.fromEntries(labels.map((l) => [l, { f1: round(base.per[l]), learned_f1: round(after.per[l]) }])),
    ...(args.includes('--interval') ? { macro_f1_interval: interval(outOfBox), learned_macro_f1_interval: interval(learned) } : {}),
  }))
  return 0
}
