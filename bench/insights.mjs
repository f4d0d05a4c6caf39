// Insights at scale: seed 10,000 / 100,000 / 1,000,000 responses (with topics, sentiment,
// customers, risk scores and daily counters) into a fresh local D1, then time the dashboard's
// heaviest reads against the worker: overview (summary), themes, at-risk list.
//   node bench/insights.mjs [--sizes 10000,100000,1000000] [--runs 15] [--keep: leave the seeded state]
import { rmSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { getPlatformProxy } from 'wrangler'
import { startWorker } from './lib/worker.mjs'

const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback)
const SIZES = arg('--sizes', '10000,100000,1000000').split(',').map(Number)
const RUNS = Number(arg('--runs', 15))
const PORT = 8803
const DAY = 86_400_000
const TOPICS = ['pricing', 'billing', 'support', 'reliability', 'performance', 'usability', 'missing_feature', 'onboarding', 'communication', 'competitor']
const COMMENTS = ['Too expensive for what it does', 'Support was slow to answer', 'Reports are slow to load', 'Love the new charts', 'Crashed twice this week', '价格太贵了', '客服很好', 'Hard to find the export button', 'Please add dark mode', 'Great value']

function lit(v) {
  if (v === null || v === undefined) return 'NULL'
  if (typeof v === 'number') return String(v)
  return `'${String(v).replace(/'/g, "''")}'`
}

async function insertRows(db, head, rows) {
  // Multi-row INSERTs under D1's 100 KB statement limit, 40 statements per batch.
  let stmts = []
  let chunk = []
  let size = 0
  const flush = async (force) => {
    if (chunk.length) stmts.push(`${head} VALUES ${chunk.join(',')}`)
    chunk = []
    size = 0
    if (stmts.length >= 40 || (force && stmts.length)) {
      await db.batch(stmts.map((s) => db.prepare(s)))
      stmts = []
    }
  }
  for (const row of rows) {
    const text = `(${row.map(lit).join(',')})`
    if (size + text.length > 90_000 || chunk.length >= 400) await flush(false)
    chunk.push(text)
    size += text.length
  }
  await flush(true)
}

async function seed(state, n) {
  rmSync(state, { recursive: true, force: true })
  const mig = spawnSync('npx', ['wrangler', 'd1', 'migrations', 'apply', 'stayloop', '--local', '--persist-to', state], { encoding: 'utf8', env: { ...process.env, CI: 'true' } })
  if (mig.status !== 0) throw new Error(mig.stderr)
  const { env, dispose } = await getPlatformProxy({ configPath: 'wrangler.toml', persist: { path: `${state}/v3` } })
  const db = env.DB
  const ws = 'ws_bench'
  const key = 'sk_bench_insights_key_000000000000'
  const now = Date.now()
  await db.batch([
    db.prepare("INSERT INTO workspaces (id, name, settings, created_at) VALUES (?, 'Bench', '{}', ?)").bind(ws, now),
    db.prepare("INSERT INTO api_keys (id, workspace_id, name, prefix, hash, created_at) VALUES ('key_b', ?, 'bench', 'sk_benc', ?, ?)").bind(ws, createHash('sha256').update(key).digest('hex'), now),
    db.prepare("INSERT INTO surveys (id, workspace_id, kind, name, status, version, content, trigger, frequency, sampling, locales, created_at, updated_at) VALUES ('srv_nps', ?, 'nps', 'NPS', 'active', 1, '{\"locales\":{\"en\":{\"question\":\"Q\"}}}', '{\"type\":\"manual\"}', '{\"mode\":\"once\"}', 100, '[\"en\"]', ?, ?)").bind(ws, now, now),
  ])
  const customers = Math.min(20_000, Math.max(1000, n / 5))
  let rand = 7
  const r = () => ((rand = (rand * 1103515245 + 12345) % 2147483648) / 2147483648)
  const custRows = []
  const scoreRows = []
  for (let i = 0; i < customers; i++) {
    custRows.push([`c${i}`, ws, `cust_${i}`, '{}', 'pro', Math.round(r() * 1000), now - 400 * DAY, now - Math.floor(r() * 30) * DAY, now, now])
    const score = Math.round(r() * 100)
    scoreRows.push([`c${i}`, ws, score, score >= 70 ? 'high' : score >= 40 ? 'medium' : 'low', '[{"code":"logins_down","text":"logins down 50%","impact":1}]', 'default', now])
  }
  await insertRows(db, 'INSERT INTO customers (pk, workspace_id, external_id, traits, plan, revenue, first_seen_at, last_seen_at, created_at, updated_at)', custRows)
  await insertRows(db, 'INSERT INTO risk_scores (customer_pk, workspace_id, score, tier, reasons, model_version, computed_at)', scoreRows)
  const dayRows = function* () {
    for (let i = 0; i < customers; i++) for (let d = 0; d < 30; d += 2) yield [`c${i}`, ws, new Date(now - d * DAY).toISOString().slice(0, 10), 1 + (d % 3), 1, 5, 2, 0, (i + d) % 20 === 0 ? 1 : 0, 0, 0, 0, 0, 0, 0] // a purchase on 1 day in 20
  }
  await insertRows(db, 'INSERT INTO customer_days (customer_pk, workspace_id, day, sessions, logins, page_views, feature_uses, email_clicks, purchases, revenue, tickets, complaints, payment_failures, payment_late, renewals)', dayRows())
  const span = 180 * DAY
  const respRows = function* () {
    for (let i = 0; i < n; i++) {
      const at = now - Math.floor(r() * span)
      const score = Math.floor(r() * 11)
      const t = TOPICS[i % TOPICS.length]
      const label = score <= 6 ? 'negative' : score >= 9 ? 'positive' : 'neutral'
      yield [`r${i}`, ws, 'srv_nps', 'nps', 1, `c${i % customers}`, score, COMMENTS[i % COMMENTS.length], 'en', 1, at, at, at, 'en', label, 0.5, 0.8, JSON.stringify([{ id: t, confidence: 0.8, matches: [] }]), at]
    }
  }
  await insertRows(db, 'INSERT INTO responses (id, workspace_id, survey_id, survey_kind, survey_version, customer_pk, score, comment, locale, finished, created_at, updated_at, finished_at, language, sentiment_label, sentiment_score, sentiment_confidence, topics, analyzed_at)', respRows())
  await db.prepare("INSERT INTO response_topics (workspace_id, response_id, topic, confidence, created_at) SELECT workspace_id, id, json_extract(topics, '$[0].id'), 0.8, created_at FROM responses WHERE workspace_id = ?").bind(ws).run()
  await db.prepare("INSERT INTO displays (id, workspace_id, survey_id, customer_pk, client_id, status, created_at, updated_at) SELECT 'd' || id, workspace_id, survey_id, customer_pk, 'x', 'shown', created_at, created_at FROM responses WHERE workspace_id = ?").bind(ws).run()
  await dispose()
  return key
}

async function time(url, key, runs) {
  const ms = []
  let status = 0
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    const res = await fetch(typeof url === 'function' ? url() : url, { headers: { authorization: `Bearer ${key}` } })
    await res.arrayBuffer()
    status = res.status
    ms.push(performance.now() - t0)
  }
  ms.sort((a, b) => a - b)
  return { status, p50: ms[Math.floor(runs / 2)], p95: ms[Math.min(runs - 1, Math.floor(runs * 0.95))] }
}

const rows = []
for (const n of SIZES) {
  const state = `.wrangler/bench-insights-${n}`
  const t0 = Date.now()
  const key = await seed(state, n)
  const seedS = (Date.now() - t0) / 1000
  const worker = await startWorker({ port: PORT, persistTo: state, vars: { STAYLOOP_DEV: '1' } })
  const q = 'from=' + (Date.now() - 30 * DAY)
  // Emerging themes are kept a minute per isolate: a period that moves by a minute each call
  // measures them computed every time.
  let shift = 0
  const moving = () => `/v1/insights/themes?from=${Date.now() - 30 * DAY - ++shift * 60_000}&to=${Date.now() - shift * 60_000}`
  for (const [name, path] of [['overview (summary)', `/v1/insights/summary?${q}`], ['themes', `/v1/insights/themes?${q}`], ['themes, emerging uncached', moving], ['at-risk list', '/v1/customers/at-risk?limit=50'], ['responses page', '/v1/responses?limit=50&maxScore=6']]) {
    const url = typeof path === 'function' ? () => `${worker.url}${path()}` : `${worker.url}${path}`
    await time(url, key, 2) // warm
    const t = await time(url, key, RUNS)
    rows.push({ n, name, ...t })
    console.error(`${n} ${name}: ${t.status} p50 ${t.p50.toFixed(0)} ms`)
  }
  await worker.stop()
  if (!process.argv.includes('--keep')) rm(state)
  console.error(`seeded ${n} in ${seedS.toFixed(0)} s`)
}
function rm(state) {
  rmSync(state, { recursive: true, force: true })
}

console.log(`Overview, trends and themes read whole days from the daily rollups (kept exact by triggers) and
only the partial edge days raw. Emerging themes are kept a minute per isolate: "themes" is the
dashboard's repeat view (topic figures still read fresh), "themes, emerging uncached" moves the
period by a minute per call. The responses page's \`total\` comes from the rollups.
`)
console.log('| responses | query | status | p50 ms | p95 ms |')
console.log('|---|---|---|---|---|')
for (const r of rows) console.log(`| ${r.n.toLocaleString('en')} | ${r.name} | ${r.status} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} |`)
console.log(JSON.stringify({ bench: 'insights', rows }))
