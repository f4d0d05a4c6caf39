// Risk rescoring: customers scored per second (facts read from D1, scored, written back), and
// the daily cron's pass over 100,000 customers, timed in workerd (Miniflare) on local D1.
//   node bench/rescore.mjs [--customers 100000] [--sample 2000]
import { readFileSync, readdirSync } from 'node:fs'
import { build } from 'esbuild'
import { Miniflare } from 'miniflare'

const arg = (name, fallback) => Number(process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback)
const N = arg('--customers', 100_000)
const SAMPLE = arg('--sample', 2000)
const DAY = 864e5
const now = Date.parse('2026-06-01T00:00:00Z')

const bundle = await build({ entryPoints: ['bench/rescore/entry.ts'], bundle: true, format: 'esm', platform: 'neutral', write: false, minify: true, conditions: ['workerd', 'worker', 'browser'], mainFields: ['module', 'main'], logLevel: 'error' })
const mf = new Miniflare({ modules: true, script: bundle.outputFiles[0].text, d1Databases: ['DB'], compatibilityDate: '2025-09-01', compatibilityFlags: ['nodejs_compat'] })
const db = await mf.getD1Database('DB')
for (const file of readdirSync('db/migrations').filter((f) => f.endsWith('.sql')).sort()) {
  for (const sql of readFileSync(`db/migrations/${file}`, 'utf8').split('--> statement-breakpoint')) if (sql.replace(/--.*$/gm, '').trim()) await db.prepare(sql).run()
}
const t0 = Date.now()
await db.prepare(`INSERT INTO workspaces (id, name, settings, created_at) VALUES ('ws_bench', 'Bench', '{}', 0)`).run()
const seq = (n) => `WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < ${n - 1})`
await db.prepare(`${seq(N)} INSERT INTO customers (pk, workspace_id, external_id, traits, plan, revenue, first_seen_at, last_seen_at, created_at, updated_at)
  SELECT printf('cus_%07d', i), 'ws_bench', printf('c%07d', i), '{}', CASE i % 3 WHEN 0 THEN 'basic' WHEN 1 THEN 'pro' ELSE 'team' END, (i % 50) * 10,
    ${now} - (30 + (i * 7919) % 700) * ${DAY}, ${now} - ((i * 31) % 20) * ${DAY}, 0, 0 FROM seq`).run()
await db.prepare(`${seq(N * 10)} INSERT OR IGNORE INTO customer_days (customer_pk, workspace_id, day, logins, sessions, tickets, complaints, purchases)
  SELECT printf('cus_%07d', i % ${N}), 'ws_bench', date(${now / 1000} - ((i * 2654435761) % 180) * 86400, 'unixepoch'), 1 + i % 3, 1, (i % 37 = 0), (i % 101 = 0), (i % 17 = 0) FROM seq`).run()
await db.prepare(`${seq(N)} INSERT INTO responses (id, workspace_id, survey_id, survey_kind, survey_version, customer_pk, score, finished, created_at, updated_at)
  SELECT printf('r%08d', i), 'ws_bench', 's', CASE i % 3 WHEN 0 THEN 'nps' WHEN 1 THEN 'csat' ELSE 'ces' END, 1, printf('cus_%07d', (i * 7) % ${N}),
    CASE i % 3 WHEN 0 THEN i % 11 WHEN 1 THEN 1 + i % 5 ELSE 1 + i % 7 END, 1, ${now} - ((i * 48271) % 365) * ${DAY}, ${now} FROM seq`).run()
const seedS = (Date.now() - t0) / 1000

const call = async (path) => (await mf.dispatchFetch(`http://bench${path}&now=${now}`)).json()
await call(`/rescore?from=0&to=20`) // warm: plan churn rates load once per isolate
const scored = await call(`/rescore?from=20&to=${20 + SAMPLE}`)
const perSecond = (scored.done / scored.ms) * 1000
const daily = await call('/daily?x=1')
await mf.dispose()

console.log(`| what | figure |`)
console.log(`|---|---|`)
console.log(`| customers in the workspace | ${N.toLocaleString('en')} (${(N * 10).toLocaleString('en')} day rows, ${N.toLocaleString('en')} answers; seeded in ${seedS.toFixed(0)} s) |`)
console.log(`| rescore, one after another in one invocation | ${perSecond.toFixed(0)} customers/s (${(scored.ms / scored.done).toFixed(1)} ms each, ${scored.done} sampled) |`)
console.log(`| 100,000 customers at that rate, one consumer | ${(100_000 / perSecond / 60).toFixed(1)} min (queue consumers run in parallel on Cloudflare) |`)
console.log(`| daily cron pass (churn marking, refit, enqueue every customer) | ${(daily.ms / 1000).toFixed(1)} s, ${daily.sent.toLocaleString("en")} queue messages (10 customers each) |`)
console.log(JSON.stringify({ bench: 'rescore', customers: N, perSecond, msEach: scored.ms / scored.done, dailyMs: daily.ms, dailySent: daily.sent }))
