// `npm run bench`: runs every benchmark in turn and assembles BENCHMARKS.md from their results
// (bench/results/<name>.md). Benchmarks that need ../shared/datasets are skipped without it.
//   npm run bench                 # everything
//   npm run bench -- text churn   # some
//   npm run bench -- text --extra en_imdb=imdb_labelled.txt   # text, plus a set from another domain
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'

const BENCHES = [
  { name: 'widget', script: 'bench/widget-size.mjs', title: 'Widget size and speed' },
  { name: 'worker', script: 'bench/worker-size.mjs', title: 'Worker bundle and start-up' },
  { name: 'text', script: 'bench/text.mjs', title: 'Text analytics accuracy and speed', datasets: true },
  { name: 'survey', script: 'bench/survey.mjs', title: 'Survey answers: sentiment and topics on our own sets' },
  { name: 'themes', script: 'bench/themes.mjs', title: 'Emerging themes: planted theme, filler and speed', datasets: true },
  { name: 'churn', script: 'bench/churn.mjs', title: 'Churn-risk model accuracy', datasets: true },
  { name: 'ingest', script: 'bench/ingest.mjs', title: 'Ingestion throughput' },
  { name: 'insights', script: 'bench/insights.mjs', title: 'Insights at scale' },
  { name: 'rescore', script: 'bench/rescore.mjs', title: 'Risk rescoring' },
  { name: 'alerts', script: 'bench/alerts.mjs', title: 'Alert latency and delivery throughput' },
  { name: 'dashboard', script: 'bench/dashboard-size.mjs', title: 'Dashboard bundle' },
]

const args = process.argv.slice(2)
// `--extra NAME=FILE` and `--seen NAME=FILE` pairs go to the text bench (bench/text.mjs), the other words name benches.
const SET_FLAGS = ['--extra', '--seen']
const extraArgs = args.flatMap((a, i) => (SET_FLAGS.includes(a) ? [a, args[i + 1]] : []))
const only = args.filter((a, i) => !SET_FLAGS.includes(a) && !SET_FLAGS.includes(args[i - 1]))
const haveData = existsSync('../shared/datasets')
for (const b of BENCHES) {
  if (only.length && !only.includes(b.name)) continue
  if (!existsSync(b.script)) continue
  if (b.datasets && !haveData) {
    console.log(`skip ${b.name}: ../shared/datasets not found`)
    continue
  }
  console.log(`\n## ${b.title} (${b.script})`)
  const started = Date.now()
  const res = spawnSync(process.execPath, [b.script, ...(b.name === 'text' ? extraArgs : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 })
  process.stdout.write(res.stdout)
  if (res.status !== 0) {
    console.log(`${b.name} failed (exit ${res.status})`)
    continue
  }
  // Benches that do not write their own result file get their printed tables recorded.
  const file = `bench/results/${b.name}.md`
  const writesOwn = readFileSync(b.script, 'utf8').includes(`bench/results/${b.name}`)
  if (!writesOwn) {
    const tables = res.stdout.split('\n').filter((l) => !l.startsWith('{')).join('\n').trim()
    writeFileSync(file, `# ${b.title}\n\nCommand: \`node ${b.script}\`, run ${new Date().toISOString()} (${((Date.now() - started) / 1000).toFixed(0)} s).\n\n${tables}\n`)
  }
}

const cpus = os.cpus()
const header = `# Benchmarks

Every figure here is printed by a script in \`bench/\`; \`npm run bench\` runs them all and rebuilds
this file (\`npm run bench -- NAME\` for one). Peers are measured in the same run on the same
rows or the same machine. Accuracy figures use the \`test\` rows of ../shared/datasets (tuned on
\`dev\` rows only).

Machine of the last full run: ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.
Local figures (ingestion, insights, alerts) run against the local worker (\`scripts/dev.mjs\`: \`wrangler dev\` without the inspector) with local D1 (SQLite in
workerd) on this machine: they show relative costs and how they grow, not Cloudflare's network.
`
const sections = BENCHES.filter((b) => existsSync(`bench/results/${b.name}.md`))
  .map((b) => readFileSync(`bench/results/${b.name}.md`, 'utf8').replace(/\n## /g, '\n### ').replace(/^# /, '## ').replace(/\n# /g, '\n### '))
writeFileSync('BENCHMARKS.md', `${header}\n${sections.join('\n')}`)
console.log('\nBENCHMARKS.md written')
