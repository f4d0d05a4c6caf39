// Emerging-themes benchmark: two synthetic periods of 4,000 real comments each (dev rows only),
// a new theme planted in the recent one, and the top 10 themes of the baseline implementation
// (git BASELINE) beside the current one, with the planted theme's rank, filler count and speed.
// Usage (repo root): node bench/themes.mjs   (reads ../shared/datasets and prints; the only file
// written is a temporary copy of the baseline module)
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { tsImport } from 'tsx/esm/api'

const BASELINE = 'a2de3fe' // themes.ts before the rewrite
const DATA = '../shared/datasets'
const PERIOD = 4000
const PLANTED = 40
const RUNS = 15

const current = await tsImport('../worker/domain/text/themes.ts', import.meta.url)
const { DEFAULT_TAXONOMY } = await tsImport('../worker/domain/text/taxonomy.ts', import.meta.url)
const baseline = await (async () => {
  try { execFileSync('git', ['cat-file', '-e', `${BASELINE}:worker/domain/text/themes.ts`], { stdio: 'ignore' }) } catch { return { emergingThemes: () => [] } }
  // The old module, with its relative imports pointed at today's siblings (keyword matching has
  // since moved from topics.ts to topics-keywords.ts).
  const dir = pathToFileURL(resolve('worker/domain/text')).href
  const src = execFileSync('git', ['show', `${BASELINE}:worker/domain/text/themes.ts`], { encoding: 'utf8' })
    .replace("from './topics.ts'", "from './topics-keywords.ts'").replace(/from '\.\//g, `from '${dir}/`)
  const file = join(mkdtempSync(join(tmpdir(), 'themes-')), 'themes-baseline.ts')
  writeFileSync(file, src)
  return tsImport(pathToFileURL(file).href, import.meta.url)
})()

function readTsv(path) {
  const [head, ...lines] = readFileSync(path, 'utf8').split(/\r?\n/).filter(Boolean)
  const cols = head.split('\t')
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v])))
}

// Deterministic shuffle (mulberry32) so every run sees the same periods.
function shuffled(rows, seed) {
  let a = seed
  const rand = () => { a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t ^= t + Math.imul(t ^ (t >>> 7), 61 | t); return ((t ^ (t >>> 14)) >>> 0) / 4294967296 }
  const out = [...rows]
  for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [out[i], out[j]] = [out[j], out[i]] }
  return out
}

const EN_PLANT = [
  '@united your Apple Watch app will not show my boarding pass', 'boarding pass on my apple watch disappeared again',
  '@AmericanAir the Apple-Watch app freezes at the gate', 'please bring back the apple watch app, it was so handy',
  '@SouthwestAir why can I not check in from my Apple Watch', 'the apple watch notifications stopped after the update',
  '@JetBlue Apple Watch boarding pass is blank at security', 'my apple watch no longer buzzes for gate changes',
  'loved the apple watch app before the last update', 'cannot see the seat number on apple watch anymore',
]
const ZH_PLANT = [
  '能不能加个夜间模式，晚上看太刺眼', '夜间模式什么时候上线啊', 'app要是有夜间模式就好了', '晚上点外卖屏幕太亮了，求夜间模式',
  '夜間模式在哪裡開', '没有夜间模式，眼睛疼', '深夜点餐，夜间模式呢', '夜间模式下字看不清', '求求出个夜间模式吧', '夜間模式太暗了看不到菜單',
]

function periods(rows, plant, seed) {
  const dev = shuffled(rows.filter((r) => r.split === 'dev'), seed)
  const toComment = (text, i, p) => ({ id: `${p}${i}`, text, topics: [] })
  const previous = dev.slice(0, PERIOD).map((r, i) => toComment(r.text, i, 'p'))
  const recent = dev.slice(PERIOD, 2 * PERIOD).map((r, i) => toComment(r.text, i, 'r'))
  // Planted mentions replace evenly spaced recent comments; two also appear before (a rise, not a first).
  for (let k = 0; k < PLANTED; k++) recent[k * Math.floor(PERIOD / PLANTED)].text = plant[k % plant.length]
  previous[7].text = plant[1]
  previous[1234].text = plant[4]
  return { previous, recent }
}

// Judged filler, written for this bench (independent of themes-filler.ts): words and Chinese
// n-grams that name no subject a product team could act on.
const JUDGE_EN = new Set(('uses use new good great bad like love want need make time thing way app product really still even just get got '
  + 'one now back today help please thanks thank know day flight flights fly service customer people plane airline guys hours hour '
  + 'would could go going amp http co t see yes ok sure much also think well told said say another again day first last next u us '
  // The airlines' own names and handles, and chat shorthand: no theme either.
  + 'united americanair usairways southwestair jetblue virginamerica delta jet blue tmrw tomorrow tonight').split(' '))
const JUDGE_ZH = ['好', '不错', '还行', '东西', '感觉', '味道', '吃', '送', '很', '的', '了', '快', '慢', '是', '就', '都', '还', '点', '外卖', '一次', '小时', '时间', '服务']
function isFiller(phrase) {
  if (/\p{Script=Han}/u.test(phrase)) return phrase.length <= 2 && [...phrase].some((ch) => JUDGE_ZH.some((j) => j.includes(ch)))
  const words = phrase.toLowerCase().split(/\s+/).filter(Boolean)
  return words.every((w) => JUDGE_EN.has(w) || w.startsWith('@') || /^\d+$/.test(w))
}

// Median of RUNS timed runs: the machine is shared, so the mean drifts with the neighbours' load.
function timeIt(fn, input) {
  fn(input) // warm caches (stems, segmenter) as a live isolate would have
  const times = []
  for (let i = 0; i < RUNS; i++) { const t0 = performance.now(); fn(input); times.push(performance.now() - t0) }
  return times.sort((a, b) => a - b)[RUNS >> 1]
}

function report(name, rows, plant, planted, seed) {
  const input = { ...periods(rows, plant, seed), taxonomy: DEFAULT_TAXONOMY }
  console.log(`\n## ${name}: ${PERIOD} previous + ${PERIOD} recent dev rows, "${planted}" planted in ${PLANTED} recent (+2 previous)\n`)
  const results = {}
  for (const [label, mod] of [['before', baseline], ['after', current]]) {
    const themes = mod.emergingThemes(input)
    const rank = themes.findIndex((t) => [t.phrase, ...t.variants].some((p) => p.includes(planted) || p.replace(/[間]/g, '间').includes(planted)))
    // The service reads at most 2,000 comments per period (theme-queries.ts): time that too.
    const half = { ...input, recent: input.recent.slice(0, PERIOD / 2), previous: input.previous.slice(0, PERIOD / 2) }
    results[label] = { top: themes.slice(0, 10), rank, ms: timeIt(mod.emergingThemes, input), halfMs: timeIt(mod.emergingThemes, half) }
  }
  const cell = (t) => t ? `${isFiller(t.phrase) ? '✗' : ' '} ${t.phrase} (${t.count}/${t.previous}, ${t.trend > 0 ? '+' : ''}${t.trend})` : ''
  console.log('| # | before | after |\n|---|---|---|')
  for (let i = 0; i < 10; i++) console.log(`| ${i + 1} | ${cell(results.before.top[i])} | ${cell(results.after.top[i])} |`)
  for (const label of ['before', 'after']) {
    const r = results[label]
    const filler = r.top.filter((t) => isFiller(t.phrase)).length
    console.log(`${label}: planted rank ${r.rank < 0 ? 'not in list' : r.rank + 1}${r.rank === 0 ? ' (first)' : ''}, filler in top 10: ${filler}, ms per run (median of ${RUNS}): ${r.ms.toFixed(1)} for ${PERIOD} + ${PERIOD}, ${r.halfMs.toFixed(1)} for ${PERIOD / 2} + ${PERIOD / 2}`)
  }
  const first = results.after.top[0]
  if (first) console.log(`after, first theme's variants: ${first.variants.join(', ')}; examples: ${first.examples.map((id) => JSON.stringify(input.recent.find((c) => c.id === id).text)).join(' | ')}`)
}

console.log('Columns: phrase (recent count/previous count, trend in points); ✗ = judged filler.')
report('English, en_airline', readTsv(`${DATA}/topics/en_airline.tsv`), EN_PLANT, 'apple watch', 1)
report('Chinese, zh_waimai', readTsv(`${DATA}/sentiment/zh_waimai.tsv`), ZH_PLANT, '夜间模式', 2)
