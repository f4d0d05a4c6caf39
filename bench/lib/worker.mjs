// Starting and stopping a local worker (scripts/dev.mjs: wrangler dev without the inspector) for a benchmark.
import { spawn } from 'node:child_process'
import { waitForUrl } from '../../scripts/lib/wait.mjs'

export async function startWorker({ config = 'wrangler.toml', port, persistTo, vars = {} }) {
  const args = ['scripts/dev.mjs', '--config', config, '--port', String(port), '--persist-to', persistTo, '--log-level', 'error',
    ...Object.entries(vars).flatMap(([k, v]) => ['--var', `${k}:${v}`])]
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true, env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } })
  let stderr = ''
  child.stderr.on('data', (d) => (stderr += d))
  const url = `http://127.0.0.1:${port}`
  if (!(await waitForUrl(`${url}/health`, 90_000, (res) => res.status < 500))) throw new Error(`worker on ${port} did not start:\n${stderr.slice(-2000)}`)
  return { url, stop: () => stopGroup(child), stderr: () => stderr }
}

/**
 * Stops a detached child's whole process group: SIGTERM, then SIGKILL for whatever is still there
 * after `graceMs`. A busy workerd can outlive SIGTERM, and one left running after its state
 * directory is deleted has spun a core for minutes, starving what ran next (a CI fault soak).
 */
export function stopGroup(child, graceMs = 3000) {
  const signal = (s) => { try { process.kill(-child.pid, s) } catch {} }
  signal('SIGTERM')
  return new Promise((resolve) => setTimeout(() => { signal('SIGKILL'); setTimeout(resolve, 200) }, graceMs))
}
