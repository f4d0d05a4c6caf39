// Times the daily text model self-check (chooseModelGain) on the first 5,000 dev rows of a
// labelled file, as the worker runs it on a workspace's newest labelled texts. Prints one JSON line.
//   npx tsx bench/lib/text-check-time.ts FILE.tsv LABEL_COLUMN
import { chooseModelGain } from '../../worker/domain/text/calibrate.ts'
import { CHECK_MAX_TEXTS } from '../../worker/services/text-model-check.ts'
import { readTsv } from '../../cli/eval/text-tsv.ts'
import { normalizeSentimentLabel } from '../../cli/eval/text.ts'

const [file, column = 'label'] = process.argv.slice(2)
const rows = readTsv(file).filter((r) => r.split === 'dev')
  .map((r) => ({ text: r.text ?? '', label: normalizeSentimentLabel(r[column] ?? '')! }))
  .filter((r) => r.label && r.text).slice(0, CHECK_MAX_TEXTS)
const runs: number[] = []
let check = chooseModelGain(rows)
for (let i = 0; i < 3; i++) {
  const t0 = performance.now()
  check = chooseModelGain(rows)
  runs.push(performance.now() - t0)
}
runs.sort((a, b) => a - b)
console.log(JSON.stringify({ rows: rows.length, ms: Math.round(runs[1]), gain: check.gain, rules: check.accuracy['0'], learned: check.accuracy[String(check.gain)] }))
