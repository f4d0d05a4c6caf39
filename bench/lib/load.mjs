// A closed-loop HTTP load generator on keep-alive connections: N clients, each sending its next
// request when the last one answered, for a fixed time. Prints throughput and latency.
import http from 'node:http'

export async function load({ url, clients, seconds, makeRequest }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients })
  const target = new URL(url)
  const latencies = []
  const statuses = new Map()
  let errors = 0
  const until = Date.now() + seconds * 1000
  const started = process.hrtime.bigint()
  const one = (req) => new Promise((resolve) => {
    const t0 = process.hrtime.bigint()
    const r = http.request({ agent, host: target.hostname, port: target.port, path: req.path, method: req.method ?? 'POST', headers: req.headers }, (res) => {
      res.resume()
      res.on('end', () => {
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6)
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1)
        resolve(res.statusCode)
      })
    })
    r.on('error', () => { errors++; resolve(0) })
    r.end(req.body)
  })
  let n = 0
  await Promise.all(Array.from({ length: clients }, async (_, c) => {
    while (Date.now() < until) await one(makeRequest(n++, c))
  }))
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9
  agent.destroy()
  latencies.sort((a, b) => a - b)
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN
  const ok = [...statuses].filter(([s]) => s >= 200 && s < 300).reduce((a, [, n]) => a + n, 0)
  return { requests: latencies.length, ok, errors: errors + latencies.length - ok, rps: ok / elapsed, p50: pct(50), p99: pct(99), statuses: Object.fromEntries(statuses) }
}
