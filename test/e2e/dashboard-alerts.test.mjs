// Alerts in the dashboard, in real Chromium against the running worker with the demo data: a
// destination's filters edited and kept, its secret rotated and shown once; a failed delivery
// replayed. Each test polls, within generous bounds, for the background work it depends on.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import { mkdirSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { BASE_URL, DATA_WAIT, PAGE_WAIT, api, fetchRetrying, keys, launchChromium, startReceiver, until } from './lib.mjs'


let browser
let ctx
let page
const problems = []

before(async () => {
  mkdirSync('out/dash', { recursive: true })
  browser = await launchChromium()
  ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US' })
  ctx.setDefaultTimeout(PAGE_WAIT)
  ctx.setDefaultNavigationTimeout(PAGE_WAIT)
  page = await ctx.newPage()
  // The app retries a 503 read (storage busy under the demo's first analysis); the browser still reports it.
  page.on('console', (m) => m.type() === 'error' && !/status of 503/.test(m.text()) && problems.push(`${page.url()}: ${m.text()}`))
  page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`))
  // The first analysis of the demo can hold up a fresh worker's answers for minutes.
  await until('the app to be served', async () => (await fetchRetrying(`${BASE_URL}/app/`)).ok)
  await page.goto(`${BASE_URL}/app/`)
  await page.fill('input[name=secretKey]', keys().secretKey)
  await page.click('button[type=submit]')
  await page.waitForSelector('main#main')
})
after(async () => {
  await browser?.close()
})

test("a destination's filters are edited and kept; a rotated secret is shown once and signs", async () => {
  const { received, server: receiver } = await startReceiver()
  const created = await api('POST', '/v1/destinations', { kind: 'webhook', name: `E2E filters ${randomUUID().slice(0, 6)}`, url: `http://127.0.0.1:${receiver.address().port}/hook` })
  assert.equal(created.status, 201, JSON.stringify(created.body))
  const { id, secret: firstSecret } = created.body
  const topic = (await api('GET', '/v1/taxonomy')).body.topics[0].id
  try {
    await page.goto(`${BASE_URL}/app/alerts?tab=destinations`)
    const item = page.locator(`li[data-destination="${id}"]`)
    await item.getByRole('button', { name: 'Edit' }).click()
    const form = page.locator(`form[data-editing="${id}"]`)
    const box = (name, value) => form.locator(`input[name=${name}][value="${value}"]`)
    for (const [name, value] of [['kinds', 'detractor'], ['kinds', 'exit'], ['tiers', 'high'], ['topics', topic]]) await box(name, value).check()
    await form.locator('select[name=minSeverity]').selectOption('high')
    await form.locator('input[name=valueTiers]').fill('top, enterprise')
    await form.locator('input[name=digest]').check()
    await page.screenshot({ path: 'out/dash/destination-edit.png', fullPage: true })
    await form.getByRole('button', { name: 'Save changes' }).click()
    await item.locator('[data-filters]').getByText(/Exit survey/).waitFor()

    const want = { kinds: ['detractor', 'exit'], minSeverity: 'high', tiers: ['high'], topics: [topic], valueTiers: ['top', 'enterprise'] }
    const stored = (await api('GET', `/v1/destinations/${id}`)).body
    assert.deepEqual(stored.filters, want)
    assert.equal(stored.digest, true)
    // After a reload the form opens with what was saved.
    await page.reload()
    await item.getByRole('button', { name: 'Edit' }).click()
    for (const [name, value] of [['kinds', 'detractor'], ['kinds', 'exit'], ['tiers', 'high'], ['topics', topic]]) assert.equal(await box(name, value).isChecked(), true, `${name}=${value}`)
    assert.equal(await box('kinds', 'risk_escalated').isChecked(), false)
    assert.equal(await form.locator('select[name=minSeverity]').inputValue(), 'high')
    assert.equal(await form.locator('input[name=valueTiers]').inputValue(), 'top, enterprise')
    assert.equal(await form.locator('input[name=digest]').isChecked(), true)
    await form.getByRole('button', { name: 'Cancel' }).click()

    page.once('dialog', (d) => d.accept())
    await item.getByRole('button', { name: 'Rotate secret' }).click()
    const shown = page.locator('[data-secret-once]')
    const secret = (await shown.locator('code.secret').textContent()).trim()
    assert.match(secret, /^whsec_/)
    assert.notEqual(secret, firstSecret)
    assert.match(await shown.textContent(), /previous secret keeps working until/)
    await page.screenshot({ path: 'out/dash/destination-rotated.png' })
    // The test send is signed with both: the new secret and, during the overlap, the old one.
    await item.getByRole('button', { name: 'Send test alert' }).click()
    await item.getByText(/Delivered \(HTTP 200\)/).waitFor()
    const { Webhook } = await import('standardwebhooks')
    const last = received.at(-1)
    assert.doesNotThrow(() => new Webhook(secret).verify(last.body, last.headers))
    assert.doesNotThrow(() => new Webhook(firstSecret).verify(last.body, last.headers))
    await shown.getByRole('button', { name: 'I have saved it' }).click()
    await shown.waitFor({ state: 'detached' })
    await page.reload()
    await item.getByText(/Previous secret also signs until/).waitFor()
    assert.equal((await page.content()).includes(secret), false, 'the secret is shown once only')
    assert.equal(JSON.stringify((await api('GET', `/v1/destinations/${id}`)).body).includes(secret), false)
  } finally {
    // Idle keep-alive connections too: the worker reusing one would reach this closed receiver
    // from a later test that expects nobody to listen.
    receiver.closeAllConnections()
    receiver.close()
    await api('DELETE', `/v1/destinations/${id}`)
  }
})

test('a failed delivery is replayed from the dashboard', { timeout: 1_800_000 }, async () => {
  // A loopback port nobody listens on, until the replay.
  const port = await new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port
      s.close(() => resolve(p))
    })
  })
  const created = await api('POST', '/v1/destinations', { kind: 'webhook', name: 'E2E closed port', url: `http://127.0.0.1:${port}/hook`, filters: { kinds: ['detractor'] } })
  assert.equal(created.status, 201, JSON.stringify(created.body))
  const dest = created.body
  const customer = `e2e_dash_${randomUUID().slice(0, 8)}`
  const nps = (await api('GET', '/v1/surveys')).body.data.find((s) => s.kind === 'nps')
  const answer = await fetch(`${BASE_URL}/v1/sites/${keys().siteKey}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: BASE_URL },
    body: JSON.stringify({ id: randomUUID(), surveyId: nps.id, customer, score: 1, comment: 'Nothing works and support never answers.', finished: true }),
  })
  assert.ok(answer.status < 300, `response refused: ${answer.status}`)
  // Newest first, and the demo may add many while it is scored: page back to the destination's creation.
  const mine = async () => {
    for (let cursor = null; ;) {
      const { body } = await api('GET', `/v1/deliveries?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
      const found = body.data.find((d) => d.destinationId === dest.id)
      if (found || !body.nextCursor || body.data.at(-1).createdAt < dest.createdAt) return found
      cursor = body.nextCursor
    }
  }
  const tried = await until('a failed attempt', async () => {
    const d = await mine()
    return d && d.attempts >= 1 && d.lastError ? d : null
  })
  // Paused destination: the next retry gives up, so the delivery ends failed.
  await api('PATCH', `/v1/destinations/${dest.id}`, { enabled: false })
  await until('the failed state', async () => (await mine())?.status === 'failed')
  await api('PATCH', `/v1/destinations/${dest.id}`, { enabled: true })

  const { received, server: receiver } = await startReceiver(port)
  try {
    await page.goto(`${BASE_URL}/app/alerts?status=failed`)
    const row = page.locator(`tr[data-delivery="${tried.id}"]`)
    await row.waitFor()
    await row.getByRole('button', { name: 'Attempts' }).click()
    await page.waitForSelector('ol.attempts li')
    await page.screenshot({ path: 'out/dash/alerts-failed.png' })
    // The table fits its card (no sideways scroll at this width), and every cell of a row ends on
    // the row's one bottom border, the buttons' cell included.
    assert.ok(await page.locator('.table-scroll').evaluate((box) => box.scrollWidth - box.clientWidth <= 1), 'the deliveries table is wider than its card')
    const bottoms = await row.locator(':scope > td').evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().bottom)))
    assert.equal(new Set(bottoms).size, 1, `cell bottoms ${bottoms.join(', ')}`)
    await row.getByRole('button', { name: 'Replay' }).click()
    // The row's button says so and keeps focus; a status line above the list names the destination.
    await row.getByRole('button', { name: 'Queued again' }).waitFor()
    await page.getByRole('status').filter({ hasText: 'Queued again' }).waitFor()
    await until('the replayed delivery', async () => (await mine())?.status === 'delivered')
    // The same answer may raise other alerts (negative feedback, a risk change) whose deliveries
    // now reach the receiver too: the replayed one arrives exactly once.
    const replayed = received.filter((r) => r.headers['webhook-id'] === tried.id)
    assert.equal(replayed.length, 1)
    assert.ok(replayed[0].headers['webhook-signature'])
    assert.ok(replayed[0].body.includes(customer), 'the alert names the customer')
  } finally {
    receiver.closeAllConnections()
    receiver.close()
    await api('DELETE', `/v1/destinations/${dest.id}`)
  }
})

test('no console errors on the way', () => {
  assert.deepEqual(problems, [])
})
