// Builds the dashboard and prints what a first visit downloads: each asset's raw and gzip size.
// Budget: 60 KB gzip for script and styles together.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'
import { buildDashboard } from '../dashboard/build.mjs'

const BUDGET = 60 * 1024
const { out } = await buildDashboard()
let total = 0
console.log('file'.padEnd(24), 'raw KB'.padStart(8), 'gzip KB'.padStart(8))
for (const f of readdirSync(out).sort()) {
  const raw = readFileSync(join(out, f))
  const gz = gzipSync(raw, { level: 9 }).length
  total += gz
  console.log(f.padEnd(24), (statSync(join(out, f)).size / 1024).toFixed(1).padStart(8), (gz / 1024).toFixed(1).padStart(8))
}
console.log(`total gzip ${(total / 1024).toFixed(1)} KB (budget ${BUDGET / 1024} KB): ${total <= BUDGET ? 'within' : 'OVER'}`)
