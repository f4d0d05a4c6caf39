// Times the daily text model self-check on the first 5,000 dev rows of a labelled file, as the
// worker runs it on a workspace's newest labelled texts: the sentiment half (chooseModelGain), or
// with --taxonomy the topic half (chooseTopicGain, macro-F1). Prints one JSON line.
//   npx tsx bench/lib/text-check-time.ts FILE.tsv LABEL_COLUMN [--taxonomy FILE.json]
import { readFileSync } from 'node:fs'
import { chooseModelGain } from '../../worker/domain/text/calibrate.ts'
import { chooseTopicGain } from '../../worker/domain/text/calibrate-topics.ts'
import { CHECK_MAX_TEXTS } from '../../worker/services/text-model-check.ts'
import { flag, readLabelled } from '../../cli/eval/text-tsv.ts'
import { sentimentReader } from '../../worker/domain/text/sentiment-labels.ts'

const args = process.argv.slice(2)
const [file, column = 'label'] = args
const taxonomyPath = flag(args, '--taxonomy')
const dev = readLabelled(file).filter((r) => r.split === 'dev' && r.text)

let run: () => { gain: number; rows: number; rules: number; learned: number }
if (taxonomyPath) {
  const taxonomy = JSON.parse(readFileSync(taxonomyPath, 'utf8'))
  const ids = new Set(taxonomy.map((t: { id: string }) => t.id))
  const rows = dev.filter((r) => ids.has(r[column])).map((r) => ({ text: r.text, topics: [r[column]] })).slice(0, CHECK_MAX_TEXTS)
  run = () => { const c = chooseTopicGain(rows, taxonomy); return { gain: c.gain, rows: c.rows, rules: c.macroF1['0'], learned: c.macroF1[String(c.gain)] } }
} else {
  const labels = sentimentReader(dev.map((r) => r[column] ?? ''))
  if (typeof labels === 'string') throw new Error(`${file}: ${column} ${labels}`)
  const rows = dev.map((r) => ({ text: r.text, label: labels.read(r[column] ?? '')! })).filter((r) => r.label).slice(0, CHECK_MAX_TEXTS)
  run = () => { const c = chooseModelGain(rows); return { gain: c.gain, rows: c.rows, rules: c.accuracy['0'], learned: c.accuracy[String(c.gain)] } }
}
const runs: number[] = []
let check = run()
for (let i = 0; i < 3; i++) {
  const t0 = performance.now()
  check = run()
  runs.push(performance.now() - t0)
}
runs.sort((a, b) => a - b)
console.log(JSON.stringify({ ...check, ms: Math.round(runs[1]) }))
