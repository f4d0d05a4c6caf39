// Worker bundle size (raw and gzip, as `wrangler deploy` uploads it) and start-up cost: time for
// workerd to load the bundle and answer its first request, beside a hello-world worker loaded
// the same way in the same run (the difference is what our code costs at start-up).
//   node bench/worker-size.mjs
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { Miniflare } from 'miniflare'

const OUT = '.wrangler/bench-bundle'
rmSync(OUT, { recursive: true, force: true })
const built = spawnSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', OUT], { encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } })
if (built.status !== 0) throw new Error(built.stderr)
const code = readFileSync(`${OUT}/index.js`)
mkdirSync(`${OUT}/hello`, { recursive: true })
writeFileSync(`${OUT}/hello/index.js`, 'export default { fetch() { return new Response("ok") } }')

async function startup(scriptPath, runs = 5) {
  const times = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    const mf = new Miniflare({
      modules: true, scriptPath, compatibilityDate: '2025-09-01', compatibilityFlags: ['nodejs_compat'],
      d1Databases: { DB: 'bench' }, queueProducers: { QUEUE: 'q' }, bindings: { STAYLOOP_DEV: '1' },
      serviceBindings: { ASSETS: () => new Response('not found', { status: 404 }) },
    })
    await (await mf.dispatchFetch('http://localhost/health')).text()
    times.push(performance.now() - t0)
    await mf.dispose()
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]
}

const ours = await startup(`${OUT}/index.js`)
const hello = await startup(`${OUT}/hello/index.js`)
const kb = (n) => `${(n / 1024).toFixed(1)} KB`
console.log(`| bundle | raw | gzip | start + first request (median of 5) |`)
console.log(`|---|---|---|---|`)
console.log(`| Stayloop worker | ${kb(code.length)} | ${kb(gzipSync(code).length)} | ${ours.toFixed(0)} ms |`)
console.log(`| hello-world worker | – | – | ${hello.toFixed(0)} ms |`)
console.log(`\nOur code's start-up cost ≈ ${(ours - hello).toFixed(0)} ms over an empty worker (${(ours / hello).toFixed(2)}×).`)
console.log(JSON.stringify({ bench: 'worker-size', raw: code.length, gzip: gzipSync(code).length, startupMs: ours, helloMs: hello }))
