// The dashboard in real Chromium against the running worker with the demo data: sign-in, the
// overview's figures against the API, theme → responses, an at-risk customer's reasons, a new
// survey in the real widget's preview, replaying a failed delivery, sign-out; no console errors.
// Screenshots of every page at laptop and phone size go to out/dash/.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import { mkdirSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { BASE_URL, api, keys, launchChromium } from './lib.mjs'

const PAGES = ['/', '/themes', '/taxonomy', '/responses', '/customers', '/alerts', '/alerts?tab=alerts', '/alerts?tab=destinations', '/cohorts', '/surveys', '/surveys/new?kind=exit', '/settings']
const LAPTOP = { viewport: { width: 1366, height: 900 }, locale: 'en-US' }
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'en-US' }

let browser
let ctx
let page
const problems = []

function watch(p, label) {
  p.on('console', (m) => m.type() === 'error' && problems.push(`${label} ${p.url()}: ${m.text()}`))
  p.on('pageerror', (e) => problems.push(`${label} ${p.url()}: ${e.message}`))
}

async function newContext(options) {
  const c = await browser.newContext(options)
  c.setDefaultTimeout(60_000)
  c.setDefaultNavigationTimeout(60_000)
  return c
}

async function signIn(context, label) {
  const p = await context.newPage()
  watch(p, label)
  await p.goto(`${BASE_URL}/app/`)
  await p.fill('input[name=secretKey]', keys().secretKey)
  await p.click('button[type=submit]')
  await p.waitForSelector('main#main')
  return p
}

const fmt = (v, digits) => (v === null || v === undefined ? '–' : new Intl.NumberFormat('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v))
const until = async (what, fn, ms = 60_000) => {
  const end = Date.now() + ms
  for (;;) {
    const v = await fn()
    if (v) return v
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 500))
  }
}

before(async () => {
  mkdirSync('out/dash', { recursive: true })
  // A fresh worker is still scoring the demo customers from the crons the runner fired: wait
  // for that work (the at-risk list fills) so pages answer at their usual speed.
  let last = -1
  let steady = 0
  await until('the demo data to settle', async () => {
    const [risk, themes] = await Promise.all([api('GET', '/v1/customers/at-risk?limit=1'), api('GET', '/v1/insights/themes')]).catch(() => [{ body: null }, { status: 0 }])
    const total = risk.body?.total ?? -1
    steady = total > 0 && total === last && themes.status === 200 ? steady + 1 : 0
    last = total
    if (steady < 3) await new Promise((r) => setTimeout(r, 2000))
    return steady >= 3
  }, 150_000).catch(() => {
    // A busy machine may still be scoring: go on, the pages wait for their own data.
    console.error('demo data still settling after 150 s; continuing')
  })
  browser = await launchChromium()
})
after(async () => browser?.close())

test('a wrong key is refused and nothing opens', async () => {
  const c = await newContext(LAPTOP)
  const p = await c.newPage()
  const errors = []
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await p.goto(`${BASE_URL}/app/`)
  // A first visit asks nothing of the API: the sign-in form, no 401 in the console.
  assert.deepEqual(errors, [])
  await p.screenshot({ path: 'out/dash/sign-in.png' })
  await p.fill('input[name=secretKey]', 'sk_not_a_real_key_000000000000')
  await p.click('button[type=submit]')
  const alert = await p.waitForSelector('[role=alert]')
  assert.match(await alert.textContent(), /refused/)
  assert.equal(await p.$('nav.sidenav'), null)
  // The only console line is the browser reporting the refused POST itself.
  assert.ok(errors.every((e) => /401/.test(e)), errors.join('\n'))
  const res = await p.request.get(`${BASE_URL}/v1/workspace`)
  assert.equal(res.status(), 401)
  await c.close()
})

test('signs in with the secret key', async () => {
  ctx = await newContext(LAPTOP)
  page = await signIn(ctx, 'laptop')
  assert.match(await page.textContent('.workspace'), /\S/)
})

test('the overview shows the numbers the API gives', async () => {
  const summaryResponse = page.waitForResponse((r) => r.url().includes('/v1/insights/summary'))
  await page.goto(`${BASE_URL}/app/?period=30`)
  const url = new URL((await summaryResponse).url())
  const { status, body: s } = await api('GET', url.pathname + url.search)
  assert.equal(status, 200)
  await page.waitForSelector('[data-figure=nps]')
  const figure = (id) => page.textContent(`[data-figure="${id}"]`)
  assert.equal(await figure('nps'), fmt(s.nps.value, 0))
  assert.equal(await figure('csat'), s.csat.value === null ? '–' : fmt(s.csat.value, 1) + '%')
  assert.equal(await figure('ces'), fmt(s.ces.value, 2))
  assert.equal(await figure('responseRate'), s.responseRate.value === null ? '–' : fmt(s.responseRate.value, 1) + '%')
  assert.equal(await figure('churnRate'), s.churnRate.value === null ? '–' : fmt(s.churnRate.value, 1) + '%')
  for (const tier of ['high', 'medium', 'low']) assert.equal(await figure(`tier-${tier}`), fmt(s.riskTiers[tier], 0))
})

test('a theme leads to the responses behind it', async () => {
  await page.goto(`${BASE_URL}/app/themes`)
  const row = await page.waitForSelector('button.topic-row')
  const name = (await row.$eval('.topic-name', (e) => e.textContent)).trim()
  await row.click()
  await page.click('.topic-detail a.btn')
  await page.waitForURL(/\/app\/responses\?.*topic=/)
  const topic = new URL(page.url()).searchParams.get('topic')
  await page.waitForSelector('article.response')
  const { body } = await api('GET', `/v1/responses?topic=${encodeURIComponent(topic)}&limit=1`)
  assert.ok(body.total > 0, `no responses for ${name}`)
  // Every listed answer carries that topic.
  const chips = await page.$$eval('article.response', (els) => els.map((e) => [...e.querySelectorAll('.chip')].map((c) => c.textContent)))
  assert.ok(chips.length > 0)
  for (const list of chips) assert.ok(list.some((c) => c.startsWith(name)), `response without ${name}: ${list}`)
})

test('an at-risk customer shows their reasons', async () => {
  const { status, body } = await api('GET', '/v1/customers/at-risk?limit=5')
  assert.equal(status, 200, JSON.stringify(body))
  assert.ok(body.data.length > 0, 'the demo data has customers at risk')
  await page.goto(`${BASE_URL}/app/customers`)
  await page.click(`a[href="/app/customers/${encodeURIComponent(body.data[0].id)}"]`)
  await page.waitForURL(/\/app\/customers\/.+/)
  await page.waitForSelector('[data-reasons] li')
  const shown = await page.$$eval('[data-reasons] li > span:first-child', (els) => els.map((e) => e.textContent))
  const { body: customer } = await api('GET', `/v1/customers/${encodeURIComponent(body.data[0].id)}`)
  assert.deepEqual(shown, customer.risk.reasons.map((r) => r.text))
  assert.equal(await page.textContent('[data-figure=risk-score]'), fmt(customer.risk.score, 0))
  await page.waitForSelector('ol.timeline li')
})

test('a new survey shows in the real widget preview and is saved', async () => {
  const question = `How satisfied are you with exports? ${randomUUID().slice(0, 6)}`
  await page.goto(`${BASE_URL}/app/surveys/new?kind=csat`)
  await page.waitForSelector('.preview-frame[data-ready="1"]')
  const input = page.getByLabel('Question', { exact: true })
  await input.fill(question)
  const preview = page.frameLocator('.preview-frame')
  await preview.locator('stayloop-survey').getByText(question).waitFor()
  // The widget is interactive in the preview: a score leads to the follow-up question.
  await preview.locator('stayloop-survey [role=radio]').first().click()
  await preview.locator('stayloop-survey textarea').waitFor()
  await page.getByLabel('Name', { exact: true }).fill('E2E CSAT')
  await page.click('button[type=submit]')
  await page.waitForURL(/\/app\/surveys\/srv_/)
  const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop())
  const { status, body } = await api('GET', `/v1/surveys/${id}`)
  assert.equal(status, 200)
  assert.equal(body.kind, 'csat')
  assert.equal(body.content.locales.en.question, question)
  assert.match(await page.textContent('.snippet'), new RegExp(keys().siteKey))
})

test('a failed delivery is replayed from the dashboard', { timeout: 420_000 }, async () => {
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
  const mine = async () => (await api('GET', '/v1/deliveries?limit=100')).body.data.find((d) => d.destinationId === dest.id)
  const tried = await until('a failed attempt', async () => {
    const d = await mine()
    return d && d.attempts >= 1 && d.lastError ? d : null
  }, 180_000)
  // Paused destination: the next retry gives up, so the delivery ends failed.
  await api('PATCH', `/v1/destinations/${dest.id}`, { enabled: false })
  await until('the failed state', async () => (await mine())?.status === 'failed', 60_000)
  await api('PATCH', `/v1/destinations/${dest.id}`, { enabled: true })

  const received = []
  const receiver = createServer((req, res) => {
    let body = ''
    req.on('data', (d) => (body += d)).on('end', () => {
      received.push({ headers: req.headers, body })
      res.writeHead(200).end('ok')
    })
  })
  await new Promise((r) => receiver.listen(port, '127.0.0.1', r))
  try {
    await page.goto(`${BASE_URL}/app/alerts?status=failed`)
    const row = page.locator(`tr[data-delivery="${tried.id}"]`)
    await row.waitFor()
    await row.getByRole('button', { name: 'Attempts' }).click()
    await page.waitForSelector('ol.attempts li')
    await page.screenshot({ path: 'out/dash/alerts-failed.png' })
    await row.getByRole('button', { name: 'Replay' }).click()
    await page.getByText('Queued again').waitFor()
    await until('the replayed delivery', async () => (await mine())?.status === 'delivered', 60_000)
    assert.equal(received.length, 1)
    assert.ok(received[0].headers['webhook-signature'])
    assert.match(received[0].body, /detractor/)
  } finally {
    receiver.close()
    await api('DELETE', `/v1/destinations/${dest.id}`)
  }
})

test('every page, laptop and phone, without console errors; screenshots in out/dash', async () => {
  const phoneCtx = await newContext(PHONE)
  const phone = await signIn(phoneCtx, 'phone')
  for (const [p, suffix] of [[page, ''], [phone, '-phone']]) {
    for (const path of PAGES) {
      await p.goto(`${BASE_URL}/app${path}`)
      await p.waitForSelector('main h1')
      await p.waitForLoadState('networkidle')
      await p.waitForFunction(() => !document.querySelector('.loading'))
      const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'overview'
      await p.screenshot({ path: `out/dash/${name}${suffix}.png`, fullPage: true })
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      assert.ok(overflow <= 1, `${path}${suffix} scrolls sideways by ${overflow}px`)
    }
  }
  const { body } = await api('GET', '/v1/customers/at-risk?limit=1')
  for (const [p, suffix] of [[page, ''], [phone, '-phone']]) {
    await p.goto(`${BASE_URL}/app/customers/${encodeURIComponent(body.data[0].id)}`)
    await p.waitForSelector('ol.timeline li')
    await p.screenshot({ path: `out/dash/customer${suffix}.png`, fullPage: true })
  }
  await phoneCtx.close()
  assert.deepEqual(problems, [])
})

test('signing out ends the session', async () => {
  await page.goto(`${BASE_URL}/app/`)
  await page.click('text=Sign out')
  await page.waitForSelector('input[name=secretKey]')
  const res = await page.request.get(`${BASE_URL}/v1/workspace`)
  assert.equal(res.status(), 401)
  await page.goto(`${BASE_URL}/app/themes`)
  await page.waitForSelector('input[name=secretKey]')
  assert.deepEqual(problems, [])
  await ctx.close()
})
