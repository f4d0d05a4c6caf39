// The local worker, as `wrangler dev` runs it (same wrangler.toml: local D1, queue, cron test
// route, assets) but through wrangler's API with the DevTools inspector off. With it on, wrangler
// relays every inspector event (several per D1 query) to its Node process over a fresh loopback
// connection; a burst of queue work then opened thousands of sockets and starved requests (e2e
// page loads hung, workerd hit "Too many open files"). Attach a debugger with `npx wrangler dev`.
//   node scripts/dev.mjs [--port 8787] [--persist-to DIR] [--config wrangler.toml] [--var K:V ...] [--log-level info] [--watch]
import { unstable_startWorker } from 'wrangler'

// Miniflare would otherwise fetch a sample `Request.cf` object from workers.cloudflare.com at
// start: nothing is fetched at run time, so request.cf is its built-in placeholder.
process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false'

const args = process.argv.slice(2)
const flag = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback }
const vars = Object.fromEntries(args.flatMap((a, i) => (a === '--var' ? [args[i + 1].split(/:(.*)/s).slice(0, 2)] : [])))

const worker = await unstable_startWorker({
  config: flag('--config', 'wrangler.toml'),
  bindings: Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, { type: 'plain_text', value: v }])),
  dev: {
    server: { hostname: '127.0.0.1', port: Number(flag('--port', '8787')) },
    inspector: false,
    persist: flag('--persist-to', '.wrangler/state'),
    testScheduled: true,
    watch: args.includes('--watch'),
    logLevel: flag('--log-level', 'info'),
  },
})
await worker.ready
console.log(`Ready on ${await worker.url}`)

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) return
    stopping = true
    await worker.dispose().catch(() => {})
    process.exit(0)
  })
}
