// The dashboard in real Chromium against the running worker with the demo data: sign-in, the
// overview's figures against the API, theme → responses, an at-risk customer's reasons, a new
// survey in the real widget's preview, sign-out; no console errors (alerts and destinations are
// in dashboard-alerts.test.mjs).
// Screenshots of every page at laptop and phone size go to out/dash/.
// A fresh worker spends minutes analysing and scoring the demo (the runner fires the crons): each
// test polls, within a generous bound, for exactly the data it reads, and compares the page with
// the API answer the page itself received, so a busy machine is slower but never wrong.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, readFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { BASE_URL, DATA_WAIT, PAGE_WAIT, api, fetchRetrying, keys, launchChromium, until } from './lib.mjs'

const PAGES = ['/', '/themes', '/taxonomy', '/responses', '/customers', '/alerts', '/alerts?tab=alerts', '/alerts?tab=destinations', '/cohorts', '/surveys', '/surveys/new?kind=exit', '/settings']
const LAPTOP = { viewport: { width: 1366, height: 900 }, locale: 'en-US' }
// The phone reads Traditional Chinese (a zh-TW browser), so every page is also seen in Chinese.
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-TW' }

// Built-in English texts that read differently in Traditional Chinese: none may show on a zh-TW
// page. Only capitalised ones: lower-case fragments are parts of sentences, and of customers' words.
const texts = (lang) => Object.fromEntries([...readFileSync(`dashboard/src/i18n/${lang}.ts`, 'utf8').matchAll(/(\w+): '((?:[^'\\]|\\.)*)'/g)].map((m) => [m[1], m[2]]))
const [EN, HANT] = [texts('en'), texts('zh-Hant')]
const ENGLISH_ONLY = Object.keys(EN).filter((k) => EN[k] !== HANT[k] && /^[A-Z]/.test(EN[k]) && !EN[k].includes('{')).map((k) => EN[k])
const englishShown = (p) => p.evaluate((english) => {
  const set = new Set(english)
  const found = new Set()
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let n = walk.nextNode(); n; n = walk.nextNode()) if (set.has(n.textContent.trim())) found.add(n.textContent.trim())
  for (const el of document.querySelectorAll('[placeholder], [aria-label]')) for (const a of ['placeholder', 'aria-label']) if (set.has(el.getAttribute(a))) found.add(el.getAttribute(a))
  return [...found]
}, ENGLISH_ONLY)

let browser
let ctx
let page
const problems = []

// The browser reports every 503 it receives; the app retries those reads (storage busy under the
// demo's first analysis), and a read that still fails shows an error note, which the tests check.
const BUSY = /Failed to load resource: the server responded with a status of 503/

function watch(p, label) {
  p.on('console', (m) => m.type() === 'error' && !BUSY.test(m.text()) && problems.push(`${label} ${p.url()}: ${m.text()}`))
  p.on('pageerror', (e) => problems.push(`${label} ${p.url()}: ${e.message}`))
}

async function newContext(options) {
  const c = await browser.newContext(options)
  c.setDefaultTimeout(PAGE_WAIT)
  c.setDefaultNavigationTimeout(PAGE_WAIT)
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
// The API answer a page receives while it loads: the response and its JSON, read at once.
// (A 503 the app retries is not the answer.) Marked handled at once: the caller awaits it later.
const answerTo = (p, match) => {
  const answer = p.waitForResponse((r) => match(new URL(r.url())) && r.request().method() === 'GET' && r.ok())
    .then(async (r) => ({ url: new URL(r.url()), body: await r.json() }))
  answer.catch(() => {})
  return answer
}
// Opens a page and returns the answer it receives; leaving the current page first, so an answer
// still on its way to that page is not mistaken for the new one's.
async function openWith(p, path, match) {
  await p.goto('about:blank')
  const answer = answerTo(p, match)
  await p.goto(`${BASE_URL}${path}`)
  return answer
}
// Customers at risk, once the demo's first scoring has produced some.
const atRisk = () => until('customers at risk', async () => {
  const { status, body } = await api('GET', '/v1/customers/at-risk?limit=5')
  return status === 200 && body.data.length > 0 ? body.data : null
})

before(async () => {
  mkdirSync('out/dash', { recursive: true })
  browser = await launchChromium()
})
after(async () => browser?.close())

test('a wrong key is refused and nothing opens', async () => {
  const c = await newContext(LAPTOP)
  const p = await c.newPage()
  const errors = []
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  // The first analysis of the demo can hold up a fresh worker's answers for minutes.
  await until('the app to be served', async () => (await fetchRetrying(`${BASE_URL}/app/`)).ok)
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
  const { body: s } = await openWith(page, '/app/?period=30', (u) => u.pathname === '/v1/insights/summary')
  await page.waitForSelector('[data-figure=nps]')
  const figure = (id) => page.textContent(`[data-figure="${id}"]`)
  assert.equal(await figure('nps'), fmt(s.nps.value, 0))
  assert.equal(await figure('csat'), s.csat.value === null ? '–' : fmt(s.csat.value, 1) + '%')
  assert.equal(await figure('ces'), fmt(s.ces.value, 2))
  assert.equal(await figure('responseRate'), s.responseRate.value === null ? '–' : fmt(s.responseRate.value, 1) + '%')
  assert.equal(await figure('churnRate'), s.churnRate.value === null ? '–' : fmt(s.churnRate.value, 1) + '%')
  for (const tier of ['high', 'medium', 'low']) assert.equal(await figure(`tier-${tier}`), fmt(s.riskTiers[tier], 0))
  // The demo's answers are in: the figures are not all empty.
  assert.ok(s.nps.value !== null, 'the demo has NPS answers in the last 30 days')
})

test('a theme leads to the responses behind it', async () => {
  const { url: u, body: themes } = await openWith(page, '/app/themes', (u) => u.pathname === '/v1/insights/themes')
  // Topics appear as the demo's comments are analysed: ask the page's own query until some do.
  if (!themes.topics?.length) {
    await until('analysed topics', async () => (await api('GET', u.pathname + u.search)).body?.topics?.length > 0)
    await page.reload()
  }
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
  await atRisk()
  await page.goto(`${BASE_URL}/app/customers`)
  // The first customer the page lists, whatever the latest scoring ranked first.
  const link = page.locator('table.risk-table a[href^="/app/customers/"]').first()
  const href = await link.getAttribute('href')
  const id = decodeURIComponent(href.split('/').pop())
  const answer = answerTo(page, (u) => u.pathname === `/v1/customers/${encodeURIComponent(id)}`)
  await link.click()
  await page.waitForURL(/\/app\/customers\/.+/)
  const { body: customer } = await answer
  assert.ok(customer.risk?.reasons.length > 0, `${id} is listed at risk, with reasons`)
  await page.waitForSelector('[data-reasons] li')
  const shown = await page.$$eval('[data-reasons] li > span:first-child', (els) => els.map((e) => e.textContent))
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
  // The question's heading (its live region says the same a moment later, for screen readers).
  await preview.locator('stayloop-survey').getByRole('heading', { name: question }).waitFor()
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

test('every page, laptop and phone, without console errors; screenshots in out/dash', async () => {
  const phoneCtx = await newContext(PHONE)
  const phone = await signIn(phoneCtx, 'phone')
  for (const [p, suffix] of [[page, ''], [phone, '-phone']]) {
    for (const path of PAGES) {
      await p.goto(`${BASE_URL}/app${path}`)
      await p.waitForSelector('main h1')
      await p.waitForLoadState('networkidle')
      await p.waitForFunction(() => !document.querySelector('.loading'))
      const error = await p.$('.note.error[role=alert]')
      assert.equal(error, null, `${path}${suffix} shows an error: ${await error?.textContent()}`)
      const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'overview'
      await p.screenshot({ path: `out/dash/${name}${suffix}.png`, fullPage: true })
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      assert.ok(overflow <= 1, `${path}${suffix} scrolls sideways by ${overflow}px`)
      if (p === phone) assert.deepEqual(await englishShown(p), [], `${path} in Traditional Chinese shows English texts`)
    }
  }
  const [first] = await atRisk()
  for (const [p, suffix] of [[page, ''], [phone, '-phone']]) {
    await p.goto(`${BASE_URL}/app/customers/${encodeURIComponent(first.id)}`)
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
