// Churn benchmark: `node bench/churn.mjs`. Runs the telco and bigml tables (../shared/datasets)
// through the same code as `stayloop eval churn`, and beside it a plain L2 logistic regression
// (standardised numbers + one-hot categories) fitted in the same run on the same dev rows.
// Prints a side-by-side table of test-row figures and writes bench/results/churn.md.
import { register } from 'tsx/esm/api'
import { writeFileSync, mkdirSync, existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

register()
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { readTable } = await import('../cli/eval/churn-table.ts')
const { evaluateChurnTable, splitRows } = await import('../cli/eval/churn.ts')
const { fitLogistic, predictLogistic } = await import('../worker/domain/risk/learn/logistic.ts')
const { qualityOf } = await import('../worker/domain/risk/learn/quality.ts')

const SETS = [
  { name: 'telco', file: 'churn/telco.tsv', label: 'Churn', positive: 'Yes', id: 'customerID', ignore: ['ChurnReason'], goal: 0.86 },
  { name: 'bigml', file: 'churn/bigml.tsv', label: 'Churn', positive: 'True', ignore: [], goal: 0.88 },
]

/** The peer: every non-excluded column either numeric (mean-imputed, standardised) or one-hot. */
function plainLogistic(table, set) {
  const excluded = new Set([set.label, 'split', set.id, ...set.ignore].filter(Boolean))
  const columns = table.header.map((name, index) => ({ name, index })).filter((c) => !excluded.has(c.name))
  const { train, test } = splitRows(table, set.id)
  const trainRows = train.map((i) => table.rows[i])
  const specs = columns.map(({ index }) => {
    const values = trainRows.map((r) => (r[index] ?? '').trim())
    const numbers = values.filter((v) => v !== '').map(Number)
    if (numbers.length && numbers.every(Number.isFinite)) {
      const mean = numbers.reduce((s, v) => s + v, 0) / numbers.length
      const sd = Math.sqrt(numbers.reduce((s, v) => s + (v - mean) ** 2, 0) / numbers.length) || 1
      return { index, kind: 'numeric', mean, sd }
    }
    return { index, kind: 'categorical', levels: [...new Set(values)] }
  })
  const encode = (row) =>
    specs.flatMap((s) => {
      const raw = (row[s.index] ?? '').trim()
      if (s.kind === 'numeric') return [raw === '' || !Number.isFinite(Number(raw)) ? 0 : (Number(raw) - s.mean) / s.sd]
      return s.levels.map((level) => (raw === level ? 1 : 0))
    })
  const label = (row) => ((row[table.header.indexOf(set.label)] ?? '').trim() === set.positive ? 1 : 0)
  const fit = fitLogistic(trainRows.map(encode), trainRows.map(label), { l2: 1 })
  const testRows = test.map((i) => table.rows[i])
  return qualityOf(testRows.map((r) => predictLogistic(fit, encode(r))), testRows.map(label))
}

const datasets = join(root, '..', 'shared', 'datasets')
if (!existsSync(datasets)) {
  console.error(`no datasets at ${datasets}`)
  process.exit(1)
}
const results = []
for (const set of SETS) {
  const table = readTable(join(datasets, set.file))
  let started = performance.now()
  const ours = evaluateChurnTable(table, set)
  const oursSeconds = (performance.now() - started) / 1000
  started = performance.now()
  const peer = plainLogistic(table, set)
  const peerSeconds = (performance.now() - started) / 1000
  results.push({ set, ours, peer, oursSeconds, peerSeconds })
}

const f = (v, digits = 3) => (v === null || v === undefined ? 'n/a' : v.toFixed(digits))
const header = '| set | test rows | AUC (ours) | AUC (plain L2 logistic) | goal | top-decile precision (ours / peer) | top-decile lift (ours / peer) | Brier (ours / peer) | seconds (ours / peer) |'
const lines = [header, '|---|---|---|---|---|---|---|---|---|']
for (const { set, ours, peer, oursSeconds, peerSeconds } of results) {
  lines.push(
    `| ${set.name} | ${ours.rows} | ${f(ours.auc)} | ${f(peer.auc)} | ≥ ${set.goal} | ${f(ours.precision_top_decile)} / ${f(peer.precision_top_decile)} | ${f(ours.lift_top_decile, 2)} / ${f(peer.lift_top_decile, 2)} | ${f(ours.brier)} / ${f(peer.brier)} | ${f(oursSeconds, 1)} / ${f(peerSeconds, 1)} |`,
  )
}
console.log(lines.join('\n'))

const command = 'node bench/churn.mjs'
const markdown = `# Churn model benchmark

Command: \`${command}\` (run ${new Date().toISOString()}, Node ${process.version}).

Learned on \`dev\` rows only, figures on \`test\` rows of ../shared/datasets/churn. "Ours" is
\`stayloop eval churn\` (binned L2 logistic blended with boosted trees; penalty, tree count and
blend weight chosen on inner splits of the dev rows). The peer is a plain L2 logistic regression
(standardised numbers, one-hot categories, L2 = 1) fitted in the same run on the same rows.
Telco is run with \`--id customerID --ignore ChurnReason\` (ChurnReason is a label leak).

${lines.join('\n')}
`
mkdirSync(join(root, 'bench', 'results'), { recursive: true })
writeFileSync(join(root, 'bench', 'results', 'churn.md'), markdown)
console.log('\nwrote bench/results/churn.md')
