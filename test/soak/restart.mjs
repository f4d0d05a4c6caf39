// Fault soak: a burst of answers from clients that behave like the widget (a client-made id,
// retry with backoff until a 2xx or a permanent 4xx), with the worker killed mid-burst and
// restarted on the same D1 state, while the alerts' webhook target is down (503) until after the
// restart. After recovery every answer is stored exactly once, every finished answer is analysed
// (the sweep catches what the queue lost with the process), and every alert reaches the webhook
// exactly once.
//   node test/soak/restart.mjs [--answers 300] [--clients 20]
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { randomUUID } from 'node:crypto'
import assert from 'node:assert/strict'
import { startWorker } from '../../bench/lib/worker.mjs'

const arg = (name, fallback) => Number(process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback)
const ANSWERS = arg('--answers', 300)
const CLIENTS = arg('--clients', 20)
const PORT = 8805
const STATE = '.wrangler/soak-restart'
const ORIGIN = `http://127.0.0.1:${PORT}`

rmSync(STATE, { recursive: true, force: true })
const seeded = spawnSync(process.execPath, ['bin/stayloop.mjs', 'seed', '--persist-to', STATE, '--keys', `${STATE}/keys.json`, '--origins', ORIGIN], { encoding: 'utf8' })
assert.equal(seeded.status, 0, seeded.stderr)
const keys = JSON.parse(readFileSync(`${STATE}/keys.json`, 'utf8'))

let worker = await startWorker({ port: PORT, persistTo: STATE, vars: { STAYLOOP_DEV: '1' } })
const surveyList = await (await fetch(`${ORIGIN}/v1/sites/${keys.siteKey}/surveys`, { headers: { origin: ORIGIN } })).json()
if (!surveyList.data) throw new Error(`surveys: ${JSON.stringify(surveyList)}`)
const nps = surveyList.data.find((s) => s.kind === 'nps').id
const auth = { authorization: `Bearer ${keys.secretKey}`, 'content-type': 'application/json' }
const sweep = () => fetch(`${ORIGIN}/__scheduled?cron=${encodeURIComponent('*/5 * * * *')}`)

// Rows matching q (all when empty), read through the API: the running worker owns the local D1 files.
async function responseRows(q = '') {
  const rows = []
  for (let cursor = ''; ;) {
    const res = await fetch(`${ORIGIN}/v1/responses?limit=500${q ? `&q=${encodeURIComponent(q)}` : ''}${cursor ? `&cursor=${cursor}` : ''}`, { headers: { authorization: `Bearer ${keys.secretKey}` } })
    const body = await res.json()
    rows.push(...body.data)
    if (!body.nextCursor) return rows
    cursor = body.nextCursor
  }
}

// The seed stores the demo answers unanalysed (npm start sweeps them at once). Analyse them first,
// as on a running system: the recovery sweep below takes 1,000 answers a tick, oldest first, and a
// backlog of 927 seeded answers left the newest soak answers for the next tick (a CI run on 2 cores).
await sweep()
for (let i = 0; i < 180 && (await responseRows()).some((r) => r.analysis === null); i++) await new Promise((r) => setTimeout(r, 1000))
const seededUnanalysed = (await responseRows()).filter((r) => r.analysis === null).length
assert.equal(seededUnanalysed, 0, 'the seeded answers were analysed before the burst')

// The webhook target: answers 503 while down, then 204, counting what it accepted per webhook-id.
const target = { up: false, refused: 0, accepted: new Map() }
const receiver = createServer((req, res) => {
  req.resume()
  req.on('end', () => {
    if (!target.up) {
      target.refused++
      return res.writeHead(503).end()
    }
    const id = req.headers['webhook-id']
    target.accepted.set(id, (target.accepted.get(id) ?? 0) + 1)
    res.writeHead(204).end()
  })
})
await new Promise((r) => receiver.listen(0, '127.0.0.1', r))
const hook = await (await fetch(`${ORIGIN}/v1/destinations`, {
  method: 'POST', headers: auth, body: JSON.stringify({ kind: 'webhook', name: 'soak target', url: `http://127.0.0.1:${receiver.address().port}/hook` }),
})).json()
assert.ok(hook.id, `destination: ${JSON.stringify(hook)}`)

const answers = Array.from({ length: ANSWERS }, (_, i) => ({ id: randomUUID(), surveyId: nps, clientId: `soak-${i}`, customer: `soak-cust-${i % 50}`, score: i % 11, comment: `soak answer ${i} about slow reports`, finished: true }))
const acked = new Set()
let attempts = 0

async function send(answer) {
  for (let attempt = 0; ; attempt++) {
    attempts++
    try {
      const res = await fetch(`${ORIGIN}/v1/sites/${keys.siteKey}/responses?clientId=${answer.clientId}`, {
        method: 'POST', headers: { origin: ORIGIN, 'content-type': 'text/plain' }, body: JSON.stringify(answer), signal: AbortSignal.timeout(10_000),
      })
      if (res.ok) return acked.add(answer.id)
      if (res.status < 500 && res.status !== 408 && res.status !== 429) throw new Error(`permanent ${res.status}: ${await res.text()}`)
    } catch (err) {
      if (String(err).includes('permanent')) throw err
    }
    await new Promise((r) => setTimeout(r, Math.min(2000, 100 * 2 ** attempt)))
  }
}

let next = 0
const burst = Promise.all(Array.from({ length: CLIENTS }, async () => {
  while (next < answers.length) await send(answers[next++])
}))
// Kill the worker once a third of the answers are in, then bring it back on the same state.
while (acked.size < ANSWERS / 3) await new Promise((r) => setTimeout(r, 20))
const killedAt = acked.size
const killedLog = worker.stderr()
await worker.stop()
worker = await startWorker({ port: PORT, persistTo: STATE, vars: { STAYLOOP_DEV: '1' } })
await burst
// The target comes back a while after the restart; retries (and the sweep, for retries whose
// queued message died with the process) must still deliver every alert once.
await new Promise((r) => setTimeout(r, 5000))
target.up = true

const soakRows = () => responseRows('soak answer')
// The five-minute sweep, run now: anything whose analysis was lost with the process is re-enqueued.
await new Promise((r) => setTimeout(r, 61_000))
const lostWithProcess = (await soakRows()).filter((r) => r.analysis === null).length
await sweep()
let rows = await soakRows()
for (let i = 0; i < 60 && rows.some((r) => r.analysis === null); i++) {
  await new Promise((r) => setTimeout(r, 1000))
  rows = await soakRows()
}
const stored = rows.length
const distinct = new Set(rows.map((r) => r.id)).size
const unanalysed = rows.filter((r) => r.analysis === null).length

// Every alert raised for the soak's answers has one delivery to the target, and every delivery to
// the target (those alerts, and risk alerts about the soak's customers) ends delivered. Wait for
// that, running the five-minute cron (the delivery sweep) now and then.
const soakIds = new Set(rows.map((r) => r.id))
async function paged(path) {
  const out = []
  for (let cursor = ''; ;) {
    const body = await (await fetch(`${ORIGIN}${path}${path.includes('?') ? '&' : '?'}limit=500${cursor ? `&cursor=${cursor}` : ''}`, { headers: auth })).json()
    out.push(...body.data)
    if (!body.nextCursor) return out
    cursor = body.nextCursor
  }
}
async function soakDeliveries() {
  const alerts = (await paged('/v1/alerts')).filter((a) => soakIds.has(a.responseId))
  const deliveries = (await paged('/v1/deliveries')).filter((d) => d.destinationId === hook.id)
  return { alerts, deliveries, answerDeliveries: alerts.flatMap((a) => a.deliveries.filter((d) => d.destinationId === hook.id)) }
}
let sent = await soakDeliveries()
for (let i = 0; i < 90 && sent.deliveries.some((d) => d.status !== 'delivered'); i++) {
  if (i % 15 === 14) await sweep()
  await new Promise((r) => setTimeout(r, 2000))
  sent = await soakDeliveries()
}
// On a failed check, the workers' errors say why (they log at level error only).
const workerLog = `${killedLog}\n--- restarted ---\n${worker.stderr()}`.trim()
process.on('exit', (code) => { if (code) console.error(`worker errors (last 4,000 characters):\n${workerLog.slice(-4000)}`) })
await worker.stop()
receiver.close()
const undelivered = sent.deliveries.filter((d) => d.status !== 'delivered').length
const twice = [...target.accepted.values()].filter((n) => n > 1).length

console.log(`answers ${ANSWERS}, acked ${acked.size} (killed after ${killedAt}), requests ${attempts}, stored ${stored}, unanalysed before the sweep ${lostWithProcess}, after ${unanalysed}`)
console.log(`alerts on answers ${sent.alerts.length}, deliveries to the target ${sent.deliveries.length}, refused while down ${target.refused}, accepted ${target.accepted.size}, accepted twice ${twice}, undelivered ${undelivered}`)
assert.equal(acked.size, ANSWERS, 'every answer was eventually accepted')
assert.equal(stored, ANSWERS, 'every accepted answer is stored')
assert.equal(distinct, stored, 'no answer is stored twice')
assert.equal(unanalysed, 0, 'every answer was analysed after recovery')
assert.ok(sent.alerts.length > 0, 'the burst raised alerts')
assert.ok(target.refused > 0, 'the target was down for some attempts')
assert.equal(sent.answerDeliveries.length, sent.alerts.length, 'one delivery per answer alert to the target')
assert.equal(undelivered, 0, 'every alert was delivered after recovery')
assert.deepEqual([...target.accepted.keys()].sort(), sent.deliveries.map((d) => d.id).sort(), 'the target accepted exactly the soak\'s deliveries')
assert.equal(twice, 0, 'no alert was accepted twice')
console.log('2 passed, 0 failed')
