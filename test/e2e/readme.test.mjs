// The README's curl examples work verbatim against a running Stayloop with demo data: every
// ```sh block of the API section runs under bash, every curl must get a 2xx.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { BASE_URL } from './lib.mjs'

const readme = readFileSync('README.md', 'utf8')
const api = readme.slice(readme.indexOf('## API'), readme.indexOf('## Command-line tool'))
const blocks = [...api.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1])
const port = new URL(BASE_URL).port

test('the README has API examples', () => {
  assert.ok(blocks.length >= 3)
})

test('every README curl example answers 2xx', () => {
  const keysFile = process.env.STAYLOOP_KEYS_FILE ?? 'demo-keys.json'
  const script = [
    'set -euo pipefail',
    // Each curl fails the script on a non-2xx answer and prints the body it got.
    'curl() { command curl --fail-with-body "$@"; echo; }',
    ...blocks,
  ].join('\n')
    .replaceAll('http://127.0.0.1:8787', BASE_URL)
    .replaceAll('http://localhost:8787', `http://localhost:${port}`)
    .replaceAll("./demo-keys.json", `./${keysFile}`)
  const res = spawnSync('bash', ['-c', script], { encoding: 'utf8' })
  assert.equal(res.status, 0, `README examples failed:\n${res.stdout.slice(-3000)}\n${res.stderr.slice(-2000)}`)
})
