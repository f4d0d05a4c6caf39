// Ingestion: POST /v1/sites/{key}/responses under 50 and 200 concurrent clients against the local
// worker, beside a bare worker that only inserts one row into the same D1 (this machine's floor).
// Afterwards the rows are counted: every 2xx must be exactly one stored row.
//   node bench/ingest.mjs [--seconds 10]
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { load } from './lib/load.mjs'
import { startWorker } from './lib/worker.mjs'

const seconds = process.argv.includes('--seconds') ? Number(process.argv[process.argv.indexOf('--seconds') + 1]) : 10
const STATE = '.wrangler/bench-ingest'
const PORT = 8801
const ORIGIN = `http://127.0.0.1:${PORT}`
const LEVELS = process.env.BENCH_LEVELS ? process.env.BENCH_LEVELS.split(",").map(Number) : [50, 200]

rmSync(STATE, { recursive: true, force: true })
const sh = (cmd, args) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' } })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}\n${r.stderr}`)
  return r.stdout
}
sh(process.execPath, ['bin/stayloop.mjs', 'seed', '--persist-to', STATE, '--keys', `${STATE}/keys.json`, '--origins', ORIGIN])
sh('npx', ['wrangler', 'd1', 'execute', 'stayloop', '--local', '--persist-to', STATE, '--config', 'bench/bare/wrangler.toml', '--command',
  'CREATE TABLE IF NOT EXISTS bench_rows (id TEXT PRIMARY KEY, body TEXT NOT NULL, created_at INTEGER NOT NULL)'])
const keys = JSON.parse(readFileSync(`${STATE}/keys.json`, 'utf8'))

// Locally the queue consumer runs in the same process on the same 2 cores as the request path;
// on Cloudflare it runs in separate invocations. So Stayloop is measured twice: the request path
// alone (a copy of wrangler.toml without the consumer), paired with the bare worker, and as
// deployed locally (consumer on).
const noConsumer = readFileSync('wrangler.toml', 'utf8').replace(/\[\[queues\.consumers\]\][^[]*/, '')
writeFileSync('.bench-no-consumer.wrangler.toml', noConsumer)

const ROUNDS = 3
const results = []
let stayloopOk = 0
let bareOk = 0
const stayloopRequest = (nps) => (n) => ({
  path: `/v1/sites/${keys.siteKey}/responses?clientId=bench-${n}`,
  headers: { origin: ORIGIN, 'content-type': 'text/plain' },
  body: JSON.stringify({ id: randomUUID(), surveyId: nps, clientId: `bench-${n}`, customer: `bench-cust-${n % 500}`, score: n % 11, comment: n % 3 ? 'The reports are slow but support is great' : undefined, finished: true }),
})
const bareRequest = () => ({ path: '/', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: randomUUID(), score: 7, finished: true }) })
async function npsOf(worker) {
  const surveys = await (await fetch(`${worker.url}/v1/sites/${keys.siteKey}/surveys`, { headers: { origin: ORIGIN } })).json()
  return surveys.data.find((s) => s.kind === 'nps').id
}
/** Several short rounds summed: requests/s over all rounds, the median round's p50 and p99. */
function combine(rounds) {
  const mid = (k) => rounds.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(rounds.length / 2)]
  const sum = (k) => rounds.reduce((a, r) => a + r[k], 0)
  return { requests: sum('requests'), ok: sum('ok'), errors: sum('errors'), rps: sum('ok') / (rounds.length * Math.max(3, Math.round(seconds / ROUNDS))), p50: mid('p50'), p99: mid('p99') }
}

// The request path and the bare worker run side by side and take turns in short rounds, so
// anything else the machine does at the time weighs on both alike.
{
  const worker = await startWorker({ config: '.bench-no-consumer.wrangler.toml', port: PORT, persistTo: STATE, vars: { STAYLOOP_DEV: '1' } })
  const bare = await startWorker({ config: 'bench/bare/wrangler.toml', port: PORT + 1, persistTo: STATE })
  const nps = await npsOf(worker)
  for (const clients of LEVELS) {
    const ours = []
    const floor = []
    for (let round = 0; round < ROUNDS; round++) {
      const roundSeconds = Math.max(3, Math.round(seconds / ROUNDS))
      ours.push(await load({ url: worker.url, clients, seconds: roundSeconds, makeRequest: stayloopRequest(nps) }))
      floor.push(await load({ url: bare.url, clients, seconds: roundSeconds, makeRequest: bareRequest }))
    }
    const o = combine(ours)
    const b = combine(floor)
    stayloopOk += o.ok
    bareOk += b.ok
    results.push({ path: 'stayloop, request path (consumer off)', clients, ...o }, { path: 'bare insert', clients, ...b })
  }
  await worker.stop()
  await bare.stop()
}
// As deployed locally: the consumer analyses in the same process, on the same cores.
{
  const worker = await startWorker({ config: 'wrangler.toml', port: PORT, persistTo: STATE, vars: { STAYLOOP_DEV: '1' } })
  const nps = await npsOf(worker)
  for (const clients of LEVELS) {
    const r = await load({ url: worker.url, clients, seconds, makeRequest: stayloopRequest(nps) })
    stayloopOk += r.ok
    results.push({ path: 'stayloop, consumer on (after the paired rounds)', clients, ...r })
  }
  await worker.stop()
}
const count = (sql) => JSON.parse(sh('npx', ['wrangler', 'd1', 'execute', 'stayloop', '--local', '--persist-to', STATE, '--json', '--command', sql]))[0].results[0].n
rmSync('.bench-no-consumer.wrangler.toml', { force: true })
const stored = count("SELECT COUNT(*) AS n FROM responses WHERE client_id LIKE 'bench-%'")
const bareStored = count('SELECT COUNT(*) AS n FROM bench_rows')

const lines = [
  `| path | clients | requests/s | p50 ms | p99 ms | errors | ratio to bare |`,
  `|---|---|---|---|---|---|---|`,
  ...results.map((r) => {
    const bare = results.find((b) => b.path === 'bare insert' && b.clients === r.clients)
    return `| ${r.path} | ${r.clients} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} | ${(r.rps / bare.rps).toFixed(2)} |`
  }),
  '',
  `Rows: Stayloop answered ${stayloopOk} × 2xx and stored ${stored} responses (${stored - stayloopOk >= 0 ? stored - stayloopOk : stayloopOk - stored} ${stored === stayloopOk ? 'lost or duplicated: none' : 'MISMATCH'}); bare answered ${bareOk} and stored ${bareStored}.`,
]
console.log(lines.join('\n'))
console.log(JSON.stringify({ bench: 'ingest', seconds, results, stored, stayloopOk, bareStored, bareOk }))
