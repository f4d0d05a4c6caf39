// End-to-end runner: a fresh local Stayloop (own port and D1 state, demo data seeded and
// processed by the real cron handlers), then every test/e2e/*.test.mjs in real Chromium.
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createServer } from 'node:net'
import { waitForUrl } from '../../scripts/lib/wait.mjs'
import { stopGroup } from '../../bench/lib/worker.mjs'

// A free port and a state folder of its own, so two runs on one machine never share a worker.
const PORT = process.env.E2E_PORT ?? String(await freePort())
const URL = `http://127.0.0.1:${PORT}`
const STATE = `.wrangler/e2e-${PORT}`
const KEYS = path.join(STATE, 'demo-keys.json')

const files = readdirSync('test/e2e').filter((f) => f.endsWith('.test.mjs')).map((f) => path.join('test/e2e', f))
const only = process.argv.slice(2)
const selected = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files
if (selected.length === 0) {
  console.error('No end-to-end tests found')
  process.exit(1)
}

rmSync(STATE, { recursive: true, force: true })
const seeded = spawnSync(process.execPath, ['bin/stayloop.mjs', 'seed', '--persist-to', STATE, '--keys', KEYS, '--origins', `${URL},http://localhost:${PORT}`], { stdio: 'inherit' })
if (seeded.status !== 0) process.exit(seeded.status ?? 1)

const dev = spawn(process.execPath, ['scripts/dev.mjs', '--port', PORT, '--persist-to', STATE, '--var', 'STAYLOOP_DEV:1'], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  detached: true,
})
let devLog = ''
dev.stdout.on('data', (d) => (devLog += d))
dev.stderr.on('data', (d) => (devLog += d))
const stop = () => {
  try {
    process.kill(-dev.pid, 'SIGKILL')
  } catch {}
}
process.on('exit', stop)

let code = 1
try {
  if (!(await waitForUrl(`${URL}/health`, 90_000))) throw new Error(`worker did not answer on ${URL}/health`)
  for (const cron of ['*/5 * * * *', '17 3 * * *']) await fetch(`${URL}/__scheduled?cron=${encodeURIComponent(cron)}`)
  // The demo's first analysis runs on the queue. Tests start once it is done, so none races it: on a
  // busy machine it has held a fresh worker's answers up for minutes.
  const analysing = Date.now()
  if (!(await demoAnalysed(10 * 60_000))) throw new Error('the demo was not analysed within 10 minutes')
  console.log(`Demo analysed in ${((Date.now() - analysing) / 1000).toFixed(1)} s`)
  // Not spawnSync: a blocked event loop stops draining the worker's log pipe, and once the pipe is
  // full the local worker stalls on its next log line (page loads timed out after 30 s and 300 s).
  const test = spawn(process.execPath, ['--test', '--test-concurrency=1', ...selected], {
    stdio: 'inherit',
    env: { ...process.env, STAYLOOP_URL: URL, STAYLOOP_KEYS_FILE: KEYS },
  })
  code = await new Promise((resolve) => test.on('exit', (status) => resolve(status ?? 1)))
  // On failure, what the worker said helps more than the tests' own view.
  if (code !== 0) {
    mkdirSync('out', { recursive: true })
    writeFileSync('out/e2e-worker.log', devLog)
    console.error(`--- worker log (last 6000 chars; all of it in out/e2e-worker.log) ---\n${devLog.slice(-6000)}`)
  }
} catch (err) {
  console.error(String(err))
  console.error(devLog.slice(-4000))
} finally {
  // The whole group, SIGKILL after a grace period, before its state goes: a worker left running on
  // a deleted state directory has spun a core for minutes.
  await stopGroup(dev)
  rmSync(STATE, { recursive: true, force: true })
}
process.exit(code)


/** Every demo answer has been analysed (the responses API shows `analysis` once it is). */
async function demoAnalysed(ms) {
  const { secretKey } = JSON.parse(readFileSync(KEYS, 'utf8'))
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 1000))) {
    let waiting = 0
    try {
      for (let cursor = null, first = true; first || cursor; first = false) {
        const res = await fetch(`${URL}/v1/responses?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { headers: { authorization: `Bearer ${secretKey}` } })
        if (!res.ok) { waiting = -1; break } // storage busy (503): ask again
        const page = await res.json()
        waiting += page.data.filter((r) => r.analysis === null).length
        cursor = page.nextCursor
      }
    } catch {
      waiting = -1
    }
    if (waiting === 0) return true
  }
  return false
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}
