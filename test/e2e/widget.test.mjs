// The widget in real Chromium against the running worker: keyboard-only answers, offline
// answers surviving a reload, host CSS isolation, axe-core, phone viewport, the strict-CSP page.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { BASE_URL, api, openDemo, recordResponses, rowsWithComment, settled, showSurvey, thanked, waitFor, widget, withBrowser } from './widget-lib.mjs'

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8')
let browser
let config
withBrowser((b, c) => { browser = b; config = c })

test('NPS answered by keyboard only lands in the API', async () => {
  const context = await browser.newContext()
  const page = await openDemo(context)
  const sent = recordResponses(page)
  // Tab to the "NPS survey" button like a keyboard user would.
  let onButton = false
  for (let i = 0; i < 30 && !onButton; i++) {
    await page.keyboard.press('Tab')
    onButton = await page.evaluate(() => document.activeElement?.getAttribute('data-show') === 'nps')
  }
  assert.ok(onButton, 'reached the NPS button with Tab')
  await page.keyboard.press('Enter')
  const radios = page.getByRole('radio')
  await waitFor(() => radios.nth(0).evaluate((el) => el.matches(':focus')), 5000, 'focus on the scale')
  assert.equal(await radios.count(), 11)
  assert.match(await radios.nth(0).getAttribute('aria-label'), /^0\b/)
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight')
  assert.equal(await radios.nth(8).getAttribute('aria-checked'), 'true')
  await page.keyboard.press('Enter')
  const token = 'kbd-' + Date.now()
  await page.keyboard.type(`Works well with the keyboard ${token}`)
  await page.keyboard.press('Enter')
  await thanked(page)
  // Escape closes and gives focus back to the button that opened the survey.
  await page.keyboard.press('Escape')
  await waitFor(async () => (await page.locator('stayloop-survey').count()) === 0, 5000, 'widget closed')
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-show')), 'nps')

  const id = sent[0].id
  assert.ok(sent.every((b) => b.id === id), 'one client-generated id for partial and final sends')
  const row = await waitFor(async () => {
    const res = await api('GET', `/v1/responses/${id}`)
    return res.status === 200 && res.body.finished && res.body
  }, 10_000, 'the finished response')
  assert.equal(row.score, 8)
  assert.equal(row.surveyId, config.surveys.nps)
  assert.match(row.comment, new RegExp(token))
  await context.close()
})

test('an answer given offline survives a reload and arrives exactly once', async () => {
  const context = await browser.newContext()
  // On a dead network a pagehide beacon is accepted and then lost; Chromium's offline emulation
  // would deliver it instead, so make it a beacon into the void to test the stored retry.
  await context.addInitScript(() => { navigator.sendBeacon = () => true })
  const page = await openDemo(context)
  await showSurvey(page, 'nps')
  await context.setOffline(true)
  await page.getByRole('radio', { name: /^3\b/ }).click()
  const token = 'offline-' + Date.now()
  await widget(page).getByRole('textbox').fill(`Lost my connection ${token}`)
  await page.getByRole('button', { name: 'Send' }).click()
  await thanked(page)
  const outbox = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('stayloop:o:')).flatMap((k) => JSON.parse(localStorage.getItem(k))))
  const queued = (await outbox()).filter((i) => i.path === '/responses')
  assert.equal(queued.length, 1, 'partial answer and comment merged into one queued item')
  assert.equal(queued[0].body.finished, true)

  // Leave while offline, then come back with the network up but the API still unreachable:
  // the answer waits in localStorage.
  await context.route('**/v1/sites/*/responses', (route) => route.abort('internetdisconnected'))
  await page.goto('about:blank')
  await context.setOffline(false)
  await page.goto(`${BASE_URL}/demo`)
  await page.waitForFunction(() => typeof window.StayloopSurvey === 'function')
  await page.waitForTimeout(500)
  assert.equal((await rowsWithComment(token)).length, 0)
  assert.equal((await outbox()).filter((i) => i.path === '/responses').length, 1)
  // The API is reachable again and the browser says it is online: the retry goes out.
  await context.unroute('**/v1/sites/*/responses')
  await context.setOffline(true)
  await context.setOffline(false)
  const rows = await waitFor(async () => {
    const r = await rowsWithComment(token)
    return r.length && r[0].finished && r
  }, 20_000, 'the queued response')
  await waitFor(async () => (await outbox()).length === 0, 10_000, 'empty outbox')
  assert.equal(rows.length, 1)
  assert.equal(rows[0].score, 3)
  // Reloading again sends nothing new and still leaves one row.
  await page.reload()
  await page.waitForTimeout(500)
  assert.equal((await rowsWithComment(token)).length, 1)
  await context.close()
})

// What the host page can see of the widget's look.
const measure = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('stayloop-survey').shadowRoot
    const dialog = root.querySelector('[role=dialog]')
    const radio = root.querySelector('[role=radio]')
    const box = (el) => { const r = el.getBoundingClientRect(); return [r.width, r.height, r.right, r.bottom].map(Math.round) }
    const css = (el, props) => props.map((p) => getComputedStyle(el).getPropertyValue(p))
    return {
      dialog: [box(dialog), css(dialog, ['font-size', 'color', 'padding', 'background-color', 'font-family'])],
      radio: [box(radio), css(radio, ['font-size', 'color', 'padding', 'background-color', 'border', 'margin'])],
    }
  })

test('host CSS on button, div and * does not change the widget', async () => {
  const context = await browser.newContext()
  const page = await openDemo(context)
  await showSurvey(page, 'nps')
  const before = await measure(page)
  await page.addStyleTag({
    content: `* { font-size: 31px !important; color: red !important; font-family: serif !important; line-height: 3 !important; letter-spacing: 4px; }
      div { padding: 40px !important; margin: 20px !important; display: inline !important; background: yellow !important; }
      button { background: lime !important; border: 9px dashed black !important; padding: 30px !important; border-radius: 0 !important; }`,
  })
  const afterCss = await measure(page)
  assert.deepEqual(afterCss, before)
  await context.close()
})

async function axeViolations(page) {
  await page.addScriptTag({ content: AXE })
  return page.evaluate(async () => {
    const res = await window.axe.run({ include: [['stayloop-survey']] }, { resultTypes: ['violations'] })
    return res.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  })
}

test('axe-core finds no violations in any step, light and dark', async () => {
  for (const mode of ['light', 'dark']) {
    const context = await browser.newContext({ colorScheme: mode })
    const page = await openDemo(context)
    await showSurvey(page, 'nps')
    assert.deepEqual(await axeViolations(page), [], `${mode}: score step`)
    await page.getByRole('radio', { name: /^9\b/ }).click()
    assert.deepEqual(await axeViolations(page), [], `${mode}: comment step`)
    await page.getByRole('button', { name: 'Send' }).click()
    await thanked(page)
    assert.deepEqual(await axeViolations(page), [], `${mode}: thank-you`)
    await page.click('#cancel')
    await settled(page, 'exit')
    assert.deepEqual(await axeViolations(page), [], `${mode}: exit reasons`)
    await page.getByRole('radio', { name: /expensive/i }).click()
    await page.getByRole('button', { name: 'Continue' }).click()
    assert.deepEqual(await axeViolations(page), [], `${mode}: save offer`)
    await page.getByRole('button', { name: /No thanks/ }).click()
    await page.getByRole('textbox', { name: 'Anything we could have done better? (optional)' }).waitFor()
    assert.deepEqual(await axeViolations(page), [], `${mode}: exit comment`)
    await context.close()
  }
})

test('exit flow with a save offer resolves the outcome and stores it', async () => {
  const context = await browser.newContext()
  const page = await openDemo(context)
  const sent = recordResponses(page)
  await page.click('#cancel')
  await settled(page, 'exit')
  await page.getByRole('radio', { name: /expensive/i }).click()
  await page.getByRole('button', { name: 'Continue' }).click()
  const accept = page.locator('stayloop-survey').getByRole('button').filter({ hasNotText: '×' }).last()
  await accept.click()
  await thanked(page)
  await page.keyboard.press('Escape')
  await waitFor(async () => (await page.locator('#outcome').getAttribute('data-result')) !== null, 5000, 'exit() outcome')
  assert.deepEqual(JSON.parse(await page.locator('#outcome').getAttribute('data-result')), { reason: 'too_expensive', offerAccepted: true })
  const row = await waitFor(async () => {
    const res = await api('GET', `/v1/responses/${sent[0].id}`)
    return res.status === 200 && res.body.finished && res.body
  }, 10_000, 'the exit response')
  assert.equal(row.reason, 'too_expensive')
  assert.equal(row.offer.accepted, true)
  await context.close()
})

test('phone-size viewport: the survey fits and works by touch', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })
  const page = await openDemo(context)
  const sent = recordResponses(page)
  await showSurvey(page, 'nps', true)
  // Measure where the survey rests, not mid-way through its entrance animation.
  await page.evaluate(() => Promise.all(document.querySelector('stayloop-survey').shadowRoot.getAnimations().map((a) => a.finished)))
  const boxes = await page.evaluate(() => {
    const root = document.querySelector('stayloop-survey').shadowRoot
    return [...root.querySelectorAll('[role=dialog], [role=radio]')].map((el) => el.getBoundingClientRect().toJSON())
  })
  for (const b of boxes) {
    assert.ok(b.left >= 0 && b.right <= 360 && b.bottom <= 640, `inside the viewport: ${JSON.stringify(b)}`)
  }
  assert.ok(boxes.slice(1).every((b) => b.width >= 24 && b.height >= 24), 'tap targets at least 24px')
  await page.getByRole('radio', { name: /^10\b/ }).tap()
  await page.getByRole('button', { name: 'Send' }).tap()
  await thanked(page)
  await waitFor(async () => (await api('GET', `/v1/responses/${sent[0].id}`)).body?.finished, 10_000, 'phone response')
  await context.close()
})

test('the strict-CSP demo page works with no console errors', async () => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const problems = []
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
  page.on('pageerror', (e) => problems.push(String(e)))
  const res = await page.goto(`${BASE_URL}/demo/csp`)
  assert.match(res.headers()['content-security-policy'], /script-src 'self'/)
  await page.waitForFunction(() => typeof window.stayloop === 'function' && !window.stayloop.q)
  const sent = recordResponses(page)
  await showSurvey(page, 'csat')
  // Styled by a constructable stylesheet (no inline style allowed here).
  assert.equal(await page.evaluate(() => {
    const root = document.querySelector('stayloop-survey').shadowRoot
    return root.adoptedStyleSheets.length === 1 && getComputedStyle(root.querySelector('[role=dialog]')).position
  }), 'fixed')
  await page.getByRole('radio', { name: /^5\b/ }).click()
  await page.getByRole('button', { name: 'Send' }).click()
  await thanked(page)
  await waitFor(async () => (await api('GET', `/v1/responses/${sent[0].id}`)).body?.finished, 10_000, 'CSP page response')
  await page.click('#cancel')
  await settled(page, 'exit')
  await page.getByRole('radio').first().click()
  await page.getByRole('button', { name: /Send|Continue/ }).click()
  assert.deepEqual(problems, [])
  await context.close()
})
