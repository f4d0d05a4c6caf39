// Alerts: time from a detractor answer to its signed webhook at a local receiver (median, p99),
// and how many deliveries per second the queue consumer sustains.
//   node bench/alerts.mjs [--url http://127.0.0.1:8787] [--answers 60] [--burst 100] [--fanout 10]
// With --url (or a worker already answering on 8787 with demo-keys.json, i.e. `npm start`) it runs
// against that worker; otherwise it seeds and starts its own under .wrangler/bench-alerts.
// Writes bench/results/alerts.md. The destinations it creates are deleted at the end.
import { createServer } from 'node:http'
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { startWorker } from './lib/worker.mjs'

const arg = (name, fallback) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : fallback)
const ANSWERS = Number(arg('answers', 60))
const BURST = Number(arg('burst', 100))
const FANOUT = Number(arg('fanout', 10))

const { url: BASE, keys, origin, stop } = await worker()
const sk = { authorization: `Bearer ${keys.secretKey}`, 'content-type': 'application/json' }

// The receiver: records when each (path, webhook-id) first arrived, and the response it was about.
const arrivals = new Map()
const receiver = createServer((req, res) => {
  const chunks = []
  req.on('data', (c) => chunks.push(c))
  req.on('end', () => {
    const at = performance.now()
    const key = `${req.url} ${req.headers['webhook-id']}`
    if (!arrivals.has(key)) {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
      arrivals.set(key, { at, path: req.url, responseId: body.data?.response?.id })
    }
    res.writeHead(200).end('ok')
  })
})
await new Promise((r) => receiver.listen(0, '127.0.0.1', r))
const target = (path) => `http://127.0.0.1:${receiver.address().port}${path}`

const created = []
async function destination(path) {
  const res = await fetch(`${BASE}/v1/destinations`, { method: 'POST', headers: sk, body: JSON.stringify({ kind: 'webhook', name: `bench ${path}`, url: target(path), filters: { kinds: ['detractor'] } }) })
  if (res.status !== 201) throw new Error(`destination: ${res.status} ${await res.text()}`)
  created.push((await res.json()).id)
}

const surveys = await (await fetch(`${BASE}/v1/sites/${keys.siteKey}/surveys`, { headers: { origin } })).json()
const nps = surveys.data.find((s) => s.kind === 'nps').id
const run = randomUUID().slice(0, 8)
let n = 0
let restarts = 0
async function answer() {
  const i = n++
  const id = randomUUID()
  const t0 = performance.now()
  // A customer of its own each time, so the per-customer cool-down never holds an alert back.
  // wrangler dev restarts the worker when a source file changes (a shared checkout): the same id
  // is simply sent again, which the API makes safe.
  for (let tries = 0; ; tries++) {
    const res = await fetch(`${BASE}/v1/sites/${keys.siteKey}/responses?clientId=bench-alerts-${run}-${i}`, {
      method: 'POST',
      headers: { origin, 'content-type': 'text/plain' },
      body: JSON.stringify({ id, surveyId: nps, clientId: `bench-alerts-${run}-${i}`, customer: `bench-alerts-${run}-${i}`, score: 2, comment: 'Too expensive and the exports keep failing', finished: true }),
    })
    if (res.status === 201 || res.status === 200) break
    if (res.status !== 503 || tries >= 5) throw new Error(`answer: ${res.status} ${await res.text()}`)
    restarts++
    await new Promise((r) => setTimeout(r, 500))
  }
  return { id, t0 }
}
const waitFor = async (done, ms) => {
  const until = Date.now() + ms
  while (!done()) {
    if (Date.now() > until) return false
    await new Promise((r) => setTimeout(r, 20))
  }
  return true
}
const pct = (xs, p) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]

let figures
try {
  figures = await measure()
} finally {
  for (const id of created) await fetch(`${BASE}/v1/destinations/${id}`, { method: 'DELETE', headers: sk }).catch(() => {})
  receiver.close()
  await stop()
}

async function measure() {
  // 1. Latency: one answer at a time, answer to webhook.
  await destination('/latency')
  const latencies = []
  for (let k = 0; k < ANSWERS; k++) {
    const { id, t0 } = await answer()
    const ok = await waitFor(() => [...arrivals.values()].some((a) => a.responseId === id), 30_000)
    if (!ok) throw new Error(`answer ${id} never reached the receiver`)
    latencies.push([...arrivals.values()].find((a) => a.responseId === id).at - t0)
  }

  // 2. Throughput: a burst of answers, each fanned out to FANOUT destinations.
  for (let d = 0; d < FANOUT; d++) await destination(`/fan/${d}`)
  const before = arrivals.size
  const expected = BURST * (FANOUT + 1)
  const tBurst = performance.now()
  await Promise.all(Array.from({ length: BURST }, answer))
  const complete = await waitFor(() => arrivals.size - before >= expected, 180_000)
  const burst = [...arrivals.values()].slice(before).map((a) => a.at).sort((a, b) => a - b)
  // The sustained rate: between the 10th and 90th percentile arrivals (ramp-up and tail excluded).
  const lo = burst[Math.floor(burst.length * 0.1)]
  const hi = burst[Math.floor(burst.length * 0.9)]
  const sustained = (Math.floor(burst.length * 0.9) - Math.floor(burst.length * 0.1)) / ((hi - lo) / 1000)
  const wall = (burst.at(-1) - tBurst) / 1000
  return {
    latency: { answers: latencies.length, medianMs: Math.round(pct(latencies, 50)), p99Ms: Math.round(pct(latencies, 99)), maxMs: Math.round(Math.max(...latencies)) },
    restarts,
    throughput: { answers: BURST, destinationsPerAnswer: FANOUT + 1, deliveries: burst.length, expected, complete, sustainedPerSecond: Math.round(sustained), wallSeconds: +wall.toFixed(1) },
  }
}

const md = `# Alerts: answer to webhook, and delivery throughput

\`node bench/alerts.mjs\` against a local worker (wrangler dev: local D1, local queue with
\`max_batch_size = 25\`, \`max_batch_timeout = 1\` s) and a Node receiver on loopback that answers 200.
The path measured is the product's own: POST /v1/sites/{key}/responses (finished, NPS 2, a comment) →
queue → text analysis → alert decided and stored with its deliveries in one D1 batch → queue →
signed Standard Webhooks POST. Each answer comes from a new customer, so the cool-down holds nothing back.

## Answer to delivery (${figures.latency.answers} answers, one at a time)

| median | p99 | max |
|---|---|---|
| ${figures.latency.medianMs} ms | ${figures.latency.p99Ms} ms | ${figures.latency.maxMs} ms |

Most of this is the local queue's batching: two hops (analyze, then deliver), each waiting up to
\`max_batch_timeout\` (1 s) for a batch to fill; the webhook POST itself takes 1-2 ms here (its
duration is in the delivery's attempt log). With ${ANSWERS} samples the p99 is close to the maximum.

## Deliveries per second (${BURST} answers at once, each to ${FANOUT + 1} webhook destinations)

| deliveries | sustained (p10 to p90 arrivals) | wall time from the first answer |
|---|---|---|
| ${figures.throughput.deliveries} of ${figures.throughput.expected}${figures.throughput.complete ? "" : " (incomplete)"} | ${figures.throughput.sustainedPerSecond}/s | ${figures.throughput.wallSeconds} s |

The consumer (worker/queue/consumer.ts) handles a batch's messages one after another, and each
delivery costs three D1 round trips (load, claim, record in one batch) plus the POST and, for the
chain, the analysis and alert batches of the answers in the same burst. This is one local consumer's
rate; on Cloudflare, Queues runs consumer invocations concurrently (\`max_concurrency\`), and
handling a batch's deliver messages concurrently would multiply it further.

Raw: \`${JSON.stringify(figures)}\`
`
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/alerts.md', md)
console.log(md)
console.log(JSON.stringify({ bench: 'alerts', ...figures }))

async function worker() {
  const explicit = arg('url', null)
  const url = explicit ?? 'http://127.0.0.1:8787'
  const running = await fetch(`${url}/health`).then((r) => r.ok, () => false)
  if (running && existsSync('demo-keys.json')) {
    return { url, keys: JSON.parse(readFileSync('demo-keys.json', 'utf8')), origin: url, stop: async () => {} }
  }
  if (explicit) throw new Error(`no worker answering at ${explicit}`)
  const STATE = '.wrangler/bench-alerts'
  const PORT = 8811
  const origin = `http://127.0.0.1:${PORT}`
  rmSync(STATE, { recursive: true, force: true })
  const seeded = spawnSync(process.execPath, ['bin/stayloop.mjs', 'seed', '--persist-to', STATE, '--keys', `${STATE}/keys.json`, '--origins', origin], { encoding: 'utf8', env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' } })
  if (seeded.status !== 0) throw new Error(seeded.stderr)
  // A frozen bundle: wrangler dev restarts a worker whose sources change (and its local queue
  // with it), which in a busy checkout would measure restarts, not alerts.
  const built = spawnSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', `${STATE}/bundle`], { encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } })
  if (built.status !== 0) throw new Error(built.stderr)
  const root = process.cwd()
  writeFileSync(`${STATE}/wrangler.toml`, readFileSync('wrangler.toml', 'utf8')
    .replace(/^main = .*$/m, 'main = "bundle/index.js"')
    .replace('directory = "./dist/public"', `directory = "${root}/dist/public"`)
    .replace('migrations_dir = "db/migrations"', `migrations_dir = "${root}/db/migrations"`))
  // The cron is not run: the demo's ~1,000 unanalysed answers would queue ahead of ours.
  const w = await startWorker({ config: `${STATE}/wrangler.toml`, port: PORT, persistTo: STATE, vars: { STAYLOOP_DEV: '1' } })
  return { url: w.url, keys: JSON.parse(readFileSync(`${STATE}/keys.json`, 'utf8')), origin, stop: w.stop }
}
