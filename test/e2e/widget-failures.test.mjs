// The widget in a host's cancel flow when things go wrong: exit() called before widget.js loads,
// survey.js blocked, localStorage blocked, widget.js included twice. exit() always resolves, and
// nothing is thrown into the host page.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { BASE_URL, settled, waitFor, widget, withBrowser } from './widget-lib.mjs'
import { keys } from './lib.mjs'

let browser
let config
withBrowser((b, c) => { browser = b; config = c })

async function page(setup = async () => {}) {
  const context = await browser.newContext()
  const p = await context.newPage()
  const problems = []
  p.on('pageerror', (e) => problems.push(String(e)))
  await setup(context, p)
  return { context, page: p, problems }
}

const outcome = async (p) => {
  await waitFor(async () => (await p.locator('#outcome').getAttribute('data-result')) !== null, 10_000, 'exit() outcome')
  return JSON.parse(await p.locator('#outcome').getAttribute('data-result'))
}

test('exit() called before widget.js has loaded resolves with the answer, as soon as it is given', async () => {
  const { context, page: p, problems } = await page(async (ctx) => {
    await ctx.route('**/widget.js', async (route) => { await new Promise((r) => setTimeout(r, 1500)); await route.continue() })
  })
  await p.goto(`${BASE_URL}/demo`, { waitUntil: 'domcontentloaded' })
  await p.waitForSelector('#cancel')
  await p.click('#cancel')
  await settled(p, 'exit')
  await widget(p).getByRole('radio', { name: /no longer need/i }).click()
  await widget(p).getByRole('button', { name: 'Send' }).click()
  // Not five seconds later, when the thank-you closes.
  const started = Date.now()
  assert.deepEqual(await outcome(p), { reason: 'no_longer_needed', offerAccepted: false })
  assert.ok(Date.now() - started < 3000, 'resolved while the thank-you shows')
  assert.deepEqual(problems, [])
  await context.close()
})

test('survey.js blocked: exit() resolves with no answer, and no error reaches the page', async () => {
  const { context, page: p, problems } = await page(async (ctx) => {
    await ctx.route('**/widget/survey.js', (route) => route.abort('blockedbyclient'))
  })
  await p.goto(`${BASE_URL}/demo`)
  await p.waitForFunction(() => typeof window.stayloop === 'function' && !window.stayloop.q)
  await p.click('#cancel')
  assert.deepEqual(await outcome(p), { reason: null, offerAccepted: false })
  await p.waitForTimeout(500)
  assert.deepEqual(problems, [])
  await context.close()
})

test('localStorage blocked: widget.js loads without an error and the exit survey still opens', async () => {
  const { context, page: p, problems } = await page(async (ctx) => {
    await ctx.addInitScript(() => Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('Access is denied for this document.', 'SecurityError') } }))
  })
  await p.goto(`${BASE_URL}/demo`)
  await p.waitForFunction(() => typeof window.stayloop === 'function' && !window.stayloop.q)
  await p.click('#cancel')
  await settled(p, 'exit')
  assert.deepEqual(problems, [])
  await context.close()
})

test('widget.js included twice (tag manager and a hard-coded tag): the first copy stays in charge', async () => {
  const site = keys().siteKey
  const html = `<!doctype html><html><body><script>
    window.stayloop = window.stayloop || function () { var a = arguments; return new Promise(function (r) { a.r = r; (stayloop.q = stayloop.q || []).push(a) }) };
    stayloop('init', { site: '${site}', host: '${BASE_URL}' });
    </script><script async src="${BASE_URL}/widget.js"></script><script async src="${BASE_URL}/widget.js?copy=2"></script></body></html>`
  const requests = []
  const { context, page: p, problems } = await page(async (ctx, pg) => {
    await pg.route((u) => u.pathname === '/host-twice', (route) => route.fulfill({ contentType: 'text/html', body: html }))
    pg.on('request', (r) => requests.push(r.url()))
  })
  await p.goto(`${BASE_URL}/host-twice`)
  await p.waitForFunction(() => [...document.scripts].filter((s) => s.src.includes('widget.js')).length === 2 && typeof window.stayloop === 'function' && !window.stayloop.q)
  await p.waitForTimeout(500)
  await p.evaluate((id) => { window.stayloop('exit', { survey: id }) }, config.surveys.exit)
  await settled(p, 'exit')
  assert.ok(!requests.some((u) => u.includes('/undefined/')), 'no request without the site')
  assert.deepEqual(problems, [])
  await context.close()
})
