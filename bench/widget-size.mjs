// Builds the widget and prints the gzip and brotli sizes of what browsers download, against
// the budgets (loader <= 1 KB gzip, survey bundle with Preact <= 12 KB gzip). Writes
// bench/results/widget.md. Run: node bench/widget-size.mjs
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { gzipSync, brotliCompressSync, constants } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { buildWidget } from '../widget/build.mjs'

const KB = 1024
const out = await buildWidget()
const files = [
  ['widget.js', 'loader: every page', 1 * KB],
  ['widget/triggers.js', 'trigger rules: only when the server sent candidate surveys', null],
  ['widget/survey.js', 'survey bundle incl. Preact: only when a survey is due', 12 * KB],
  ['widget/stayloop.mjs', 'ES module entry (all of the above)', null],
]

const rows = files.map(([name, what, budget]) => {
  const bytes = readFileSync(`${out}/${name}`)
  const gzip = gzipSync(bytes, { level: 9 }).length
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
  return { name, what, raw: bytes.length, gzip, brotli, budget, ok: budget == null || gzip <= budget }
})

const fmt = (n) => (n / KB).toFixed(2) + ' KB'
const lines = [
  '| file | what | raw | gzip | brotli | budget (gzip) |',
  '|---|---|---:|---:|---:|---|',
  ...rows.map((r) => `| ${r.name} | ${r.what} | ${fmt(r.raw)} | ${fmt(r.gzip)} | ${fmt(r.brotli)} | ${r.budget ? fmt(r.budget) + (r.ok ? ' ✓' : ' ✗ OVER') : '–'} |`),
]
const loader = rows[0].gzip
const withTriggers = loader + rows[1].gzip
console.log(lines.join('\n'))
console.log(`\npage with nothing due: ${fmt(loader)} gzip; with candidates but none due: ${fmt(withTriggers)}; showing a survey: ${fmt(withTriggers + rows[2].gzip)}`)

let md = `# Widget size

Measured by \`node bench/widget-size.mjs\` (esbuild, minified; zlib gzip level 9, brotli quality 11)
on ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}.

${lines.join('\n')}

What a page downloads:
- nothing can be due (throttled, or the server has no survey for this visitor): the loader, ${fmt(loader)} gzip;
- the server sent candidate surveys but none is due here (URL rules, frequency, sampling, waiting
  for an event, delay or exit intent): loader + trigger rules, ${fmt(withTriggers)} gzip;
- a survey is shown: loader + trigger rules + survey bundle, ${fmt(withTriggers + rows[2].gzip)} gzip
  (show() and exit() skip the trigger rules).

For scale: PostHog's surveys are about 10 KB with Preact, Hotjar's script about 16 KB, Formbricks'
190 KB before they split it (18 KB after).
`
// Trigger to visible, interactive survey, with the bundle cached: only when a Stayloop runs
// (STAYLOOP_URL, default http://127.0.0.1:8787) and Chromium is installed.
const timing = await measureShowTime().catch((e) => (console.log(`\n(no timing: ${e.message})`), null))
if (timing) {
  const line = `show() to a visible survey with focus on its scale, bundle cached (Chromium, ${timing.runs} runs, ${timing.url}): median ${timing.median} ms, max ${timing.max} ms (budget 100 ms; includes the GET /surveys round trip).`
  console.log('\n' + line)
  md += '\n' + line + '\n'
}
mkdirSync(fileURLToPath(new URL('results/', import.meta.url)), { recursive: true })
writeFileSync(new URL('results/widget.md', import.meta.url), md)
if (rows.some((r) => !r.ok)) process.exitCode = 1

async function measureShowTime() {
  // A running `npm start` (or STAYLOOP_URL) if there is one; otherwise a worker of our own with demo data.
  let base = process.env.STAYLOOP_URL ?? 'http://127.0.0.1:8787'
  let own = null
  if (!(await fetch(base + '/demo/config.json').then((r) => r.ok, () => false))) {
    const { spawnSync } = await import('node:child_process')
    const { startWorker } = await import('./lib/worker.mjs')
    const port = 8813
    const state = '.wrangler/bench-widget'
    const { rmSync } = await import('node:fs')
    rmSync(state, { recursive: true, force: true })
    spawnSync(process.execPath, ['bin/stayloop.mjs', 'seed', '--persist-to', state, '--keys', `${state}/keys.json`, '--origins', `http://127.0.0.1:${port}`])
    own = await startWorker({ port, persistTo: state, vars: { STAYLOOP_DEV: '1' } })
    base = own.url
  }
  try {
    return await showTimes(base)
  } finally {
    await own?.stop()
  }
}

async function showTimes(base) {
  const config = await (await fetch(base + '/demo/config.json')).json()
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
  try {
    const page = await browser.newPage()
    await page.goto(base + '/demo')
    await page.waitForFunction(() => typeof window.stayloop === 'function' && !window.stayloop.q)
    const times = []
    for (let i = 0; i < 21; i++) {
      const ms = await page.evaluate(async (id) => {
        const t0 = performance.now()
        window.stayloop('show', id)
        await new Promise((resolve) => {
          const check = () => {
            const host = document.querySelector(`stayloop-survey[data-survey="${id}"]`)
            const focused = host && host.shadowRoot.activeElement
            focused && focused.getAttribute('role') == 'radio' ? resolve() : requestAnimationFrame(check)
          }
          check()
        })
        return performance.now() - t0
      }, config.surveys.nps)
      if (i > 0) times.push(ms) // the first run loads the bundle
      await page.keyboard.press('Escape')
      // Let the previous run's display posts finish, as a person would take longer than this.
      await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith('stayloop:o:')))
    }
    times.sort((a, b) => a - b)
    return { runs: times.length, url: base, median: Math.round(times[times.length >> 1]), max: Math.round(times.at(-1)) }
  } finally {
    await browser.close()
  }
}
