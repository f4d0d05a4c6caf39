// Shared by the end-to-end tests: where the worker runs, its demo keys, and a Chromium launcher.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { chromium } from 'playwright-core'

export const BASE_URL = process.env.STAYLOOP_URL ?? 'http://127.0.0.1:8787'
export const keys = () => JSON.parse(readFileSync(process.env.STAYLOOP_KEYS_FILE ?? 'demo-keys.json', 'utf8'))

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}

export async function api(method, path, body) {
  const res = await fetchRetrying(`${BASE_URL}${path}`, {
    method,
    headers: { authorization: `Bearer ${keys().secretKey}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  return { status: res.status, body: res.status === 204 ? null : await res.json().catch(() => null) }
}

/**
 * A local worker busy with the demo's first analysis can drop a connection: retry those, like the
 * widget does. A GET or HEAD also gets a minute per attempt: once in a few CI runs, wrangler's dev
 * proxy took a request and never answered it, and fetch waits 300 s for headers before failing.
 */
export async function fetchRetrying(url, init = {}, attempts = 6) {
  const idempotent = ['GET', 'HEAD'].includes((init.method ?? 'GET').toUpperCase())
  for (let i = 1; ; i++) {
    try {
      return await fetch(url, idempotent ? { ...init, signal: AbortSignal.timeout(60_000) } : init)
    } catch (err) {
      if (i >= attempts) throw err
      console.error(`# ${init.method ?? 'GET'} ${url} failed (${err.cause?.code ?? err.name}); attempt ${i + 1} of ${attempts}`)
      await new Promise((r) => setTimeout(r, 1000 * i))
    }
  }
}

// Bounds for waiting on the worker's background work and on pages while the worker is busy with
// it; generous, since they only matter on failure.
export const DATA_WAIT = 600_000
export const PAGE_WAIT = 300_000

/** Polls `fn` until it returns something truthy, or fails naming `what` after `ms`. */
export async function until(what, fn, ms = DATA_WAIT, every = 1000) {
  const end = Date.now() + ms
  for (;;) {
    const v = await fn()
    if (v) return v
    if (Date.now() > end) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`)
    await new Promise((r) => setTimeout(r, every))
  }
}

// A real HTTP webhook target on loopback that records what it receives (port 0: any free one).
export async function startReceiver(port = 0) {
  const received = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (d) => (body += d)).on('end', () => {
      received.push({ headers: req.headers, body })
      res.writeHead(200).end('ok')
    })
  })
  await new Promise((r) => server.listen(port, '127.0.0.1', r))
  return { received, server, port: server.address().port }
}
