// `npm start`: build, migrate and seed local D1 (once), run the worker on http://127.0.0.1:8787,
// and on the first run let the queue analyse and score the demo data.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { waitForSteady, waitForUrl } from './lib/wait.mjs'

const PORT = process.env.PORT ?? '8787'
const HOST = `http://127.0.0.1:${PORT}`
const persistArgs = process.env.STAYLOOP_PERSIST ? ['--persist-to', process.env.STAYLOOP_PERSIST] : []
const run = (cmd, args) => {
  const res = spawnSync(cmd, args, { stdio: 'inherit' })
  if (res.status !== 0) process.exit(res.status ?? 1)
}

run(process.execPath, ['scripts/build.mjs'])
const firstRun = !existsSync('demo-keys.json')
// The demo's allowed origins and the dashboard links in its alerts follow the port it runs on.
run(process.execPath, ['bin/stayloop.mjs', 'seed', ...persistArgs, '--origins', `${HOST},http://localhost:${PORT}`])
const keys = JSON.parse(readFileSync('demo-keys.json', 'utf8'))

// The worker reloads when its files change; scripts/dev.mjs says why it is not plain `wrangler dev`.
const dev = spawn(process.execPath, ['scripts/dev.mjs', '--port', PORT, '--var', 'STAYLOOP_DEV:1', '--watch', ...persistArgs], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => dev.kill(signal))
dev.on('exit', (code) => process.exit(code ?? 0))

if (!(await waitForUrl(`${HOST}/health`, 60_000))) {
  console.error(`Stayloop did not answer on ${HOST}/health within 60 s`)
  dev.kill()
  process.exit(1)
}
if (firstRun) {
  // The cron handlers do what they do in production: analyse unanalysed answers; once the queue has
  // analysed them (what the text model learned stops growing), the daily pass scores everyone and
  // checks the text model on the answers it learned from.
  console.log('  Analysing the demo answers...')
  await fetch(`${HOST}/__scheduled?cron=${encodeURIComponent('*/5 * * * *')}`).catch(() => {})
  const learned = async () => (await (await fetch(`${HOST}/v1/text-model`, { headers: { authorization: `Bearer ${keys.secretKey}` } })).json()).answersLearned
  await waitForSteady(learned, 120_000)
  await fetch(`${HOST}/__scheduled?cron=${encodeURIComponent('17 3 * * *')}`).catch(() => {})
}
console.log(`
  Stayloop is running.
    API          ${HOST}/v1
    Dashboard    ${HOST}/app   (sign in with the secret key)
    Widget demo  ${HOST}/demo  (strict CSP version: ${HOST}/demo/csp)
    Site key     ${keys.siteKey}
    Secret key   ${keys.secretKey}
  Keys are also in demo-keys.json. Ctrl+C stops; data stays in .wrangler/state.
`)

