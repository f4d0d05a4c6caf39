// Survey answers as customers type them (our own sets, bench/data/survey): four-way sentiment
// (positive, negative, neutral, mixed) against each writer's label, and topics against theirs.
// Usage (repo root): node bench/survey.mjs [--code DIR]
//   --code DIR: score the text module of another checkout (a worktree of an older commit), so a
//   figure from before a change can be reproduced beside today's.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { tsImport } from 'tsx/esm/api'

const at = process.argv.indexOf('--code')
const root = at > 0 ? resolve(process.argv[at + 1]) : resolve('.')
const { analyzeText } = await tsImport(pathToFileURL(`${root}/worker/domain/text/index.ts`).href, import.meta.url)
const DIR = 'bench/data/survey'
const LABEL = { positive: 'pos', negative: 'neg', neutral: 'neutral', mixed: 'mixed' }

/** Per file: sentiment right, rows, and topic true/false positives and misses (micro-averaged). */
function score(file) {
  const rows = readFileSync(`${DIR}/${file}`, 'utf8').split('\n').filter(Boolean).slice(1).map((l) => l.split('\t'))
  let right = 0, tp = 0, fp = 0, fn = 0
  for (const [exp, topics, text] of rows) {
    const a = analyzeText(text)
    if (LABEL[a.sentiment.label] === exp) right++
    const want = new Set((topics ?? '').split(',').filter(Boolean)), have = new Set(a.topics.map((t) => t.id))
    for (const t of have) if (want.has(t)) tp++; else fp++
    for (const t of want) if (!have.has(t)) fn++
  }
  return { file, rows: rows.length, right, tp, fp, fn }
}

// Files not yet read by anyone writing rules, and left out of the neutral counts (scripts/build-neutral-prior.mts).
const heldOut = new Set(readFileSync(`${DIR}/HELD_OUT`, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')))
const f1 = ({ tp, fp, fn }) => (2 * tp / Math.max(1, 2 * tp + fp + fn)).toFixed(3)
const results = readdirSync(DIR).filter((f) => f.endsWith('.tsv')).sort().map(score)
const sum = (list) => list.reduce((s, r) => ({ rows: s.rows + r.rows, right: s.right + r.right, tp: s.tp + r.tp, fp: s.fp + r.fp, fn: s.fn + r.fn }), { rows: 0, right: 0, tp: 0, fp: 0, fn: 0 })
const table = [
  '| set | answers | sentiment right (4 labels) | topics micro-F1 |',
  '|---|---|---|---|',
  ...results.map((r) => `| ${r.file} | ${r.rows} | ${r.right} (${(r.right / r.rows).toFixed(3)}) | ${f1(r)} |`),
  ...[['all', results], ['held out (bench/data/survey/HELD_OUT: not yet read, nor learned from)', results.filter((r) => heldOut.has(r.file))], ['read', results.filter((r) => !heldOut.has(r.file))], ['English', results.filter((r) => r.file.includes('_en'))], ['Chinese', results.filter((r) => r.file.includes('_zh'))], ['Spanish, French, German, Portuguese, Italian', results.filter((r) => r.file.includes('_xx'))]].filter(([, list]) => list.length).map(([name, list]) => {
    const s = sum(list)
    return `| **${name}** | ${s.rows} | ${s.right} (${(s.right / s.rows).toFixed(3)}) | ${f1(s)} |`
  }),
].join('\n')
console.log(table)
if (at < 0) {
  writeFileSync('bench/results/survey.md', `# Survey answers: sentiment and topics on our own sets

Command: \`node bench/survey.mjs\` (\`--code DIR\` scores another checkout's rules), run ${new Date().toISOString()}.
Answers to NPS, CSAT, CES, exit and open questions for some hundred and thirty kinds of product, in English, in
Chinese (Simplified, Traditional, written Cantonese) and, in the \`_xx\` files, in Spanish, French, German,
Portuguese and Italian, each file written and labelled by a writer who
did not see the code (bench/data/README.md). The rules were then fixed from what they misread, so
these figures overstate new text: each file's score before any fix was written from it is in
the issue notes, and \`--code\` on a worktree of an older commit reproduces it. The read files also
taught the shipped neutral counts (worker/domain/text/prior-neutral.ts); the held-out row is the fair one. Sentiment is scored
on four labels (mixed and neutral included), as the writers gave them.

${table}
`)
}
