// End-to-end runner: a fresh local Stayloop (own port and D1 state, demo data seeded and
// processed by the real cron handlers), then every test/e2e/*.test.mjs in real Chromium.
import { spawn, spawnSync } from 'node:child_process'
import { readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { createServer } from 'node:net'
import { waitForUrl } from '../../scripts/lib/wait.mjs'

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
    process.kill(-dev.pid, 'SIGTERM')
  } catch {}
}
process.on('exit', stop)

let code = 1
try {
  if (!(await waitForUrl(`${URL}/health`, 90_000))) throw new Error(`worker did not answer on ${URL}/health`)
  for (const cron of ['*/5 * * * *', '17 3 * * *']) await fetch(`${URL}/__scheduled?cron=${encodeURIComponent(cron)}`)
  const test = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...selected], {
    stdio: 'inherit',
    env: { ...process.env, STAYLOOP_URL: URL, STAYLOOP_KEYS_FILE: KEYS },
  })
  code = test.status ?? 1
  // On failure, what the worker said helps more than the tests' own view.
  if (code !== 0) console.error(`--- worker log (last 6000 chars) ---\n${devLog.slice(-6000)}`)
} catch (err) {
  console.error(String(err))
  console.error(devLog.slice(-4000))
} finally {
  stop()
  rmSync(STATE, { recursive: true, force: true })
}
process.exit(code)


function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}
