// Builds the dashboard and prints what a first visit downloads: each asset's raw and gzip size.
// Budget: 60 KB gzip for script and styles together, with the largest language chunk (a Chinese
// reader's texts) counted as well: the heaviest first visit. Pages loaded when opened are listed, not counted.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'
import { buildDashboard } from '../dashboard/build.mjs'

const BUDGET = 60 * 1024
const { out, css, firstVisit } = await buildDashboard()
const loadedFirst = new Set([...firstVisit, css, 'index.html'])
let total = 0, largestChunk = 0
console.log('file'.padEnd(30), 'raw KB'.padStart(8), 'gzip KB'.padStart(8), ' loaded')
for (const f of readdirSync(out).sort()) {
  const raw = readFileSync(join(out, f))
  const gz = gzipSync(raw, { level: 9 }).length
  // A language's texts load only for its readers, a page's code when it is opened; the entry, its
  // static imports, the styles and index.html on every first visit.
  if (/^chunk-zh-/.test(f)) largestChunk = Math.max(largestChunk, gz)
  else if (loadedFirst.has(f)) total += gz
  const when = /^chunk-zh-/.test(f) ? 'its readers' : loadedFirst.has(f) ? 'first visit' : 'on demand'
  console.log(f.padEnd(30), (statSync(join(out, f)).size / 1024).toFixed(1).padStart(8), (gz / 1024).toFixed(1).padStart(8), ` ${when}`)
}
total += largestChunk
console.log(`first visit, the heaviest language: gzip ${(total / 1024).toFixed(1)} KB (budget ${BUDGET / 1024} KB): ${total <= BUDGET ? 'within' : 'OVER'}`)
