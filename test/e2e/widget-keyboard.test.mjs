// The widget by keyboard in real Chromium (whose buttons click on Enter and Space by themselves):
// nothing is answered that was not chosen, the save offer never waits on "accept", and a survey
// the page shows while the person types leaves their keystrokes alone.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { api, openDemo, recordResponses, settled, waitFor, widget, withBrowser } from './widget-lib.mjs'

let browser
let config
withBrowser((b, c) => { browser = b; config = c })

/** The demo page in a new context, answers recorded, and a survey opened by Enter on its trigger. */
async function openByKeyboard(trigger, kind) {
  const context = await browser.newContext()
  const page = await openDemo(context)
  const sent = recordResponses(page)
  await page.focus(trigger)
  await page.keyboard.press('Enter')
  await settled(page, kind)
  return { context, page, sent }
}

// Where focus is, through the widget's shadow root.
const focused = (page) => page.evaluate(() => {
  const a = document.activeElement
  const inner = a?.shadowRoot?.activeElement
  return inner ? { role: inner.getAttribute('role'), name: inner.getAttribute('aria-label') ?? inner.textContent, checked: inner.getAttribute('aria-checked') } : { tag: a?.tagName, id: a?.id }
})

test('cancel flow by keyboard: stray Enters choose nothing, the offer step focuses the offer, not "accept"', async () => {
  const { context, page, sent } = await openByKeyboard('#cancel', 'exit')
  assert.deepEqual(await focused(page), { role: 'radio', name: 'It’s too expensive', checked: 'false' })
  // The Enter that opened it, pressed twice more: nothing is chosen or sent.
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await page.waitForTimeout(300)
  assert.equal(sent.length, 0)
  assert.equal(await widget(page).getByRole('radio', { checked: true }).count(), 0)
  // Space chooses; Enter then sends that choice.
  await page.keyboard.press('Space')
  assert.equal((await focused(page)).checked, 'true')
  await page.keyboard.press('Enter')
  await waitFor(() => sent.length === 1, 5000, 'the reason')
  assert.equal(sent[0].reason, 'too_expensive')
  // The save offer: focus on its dialog, whose text is its description; Enter accepts nothing.
  assert.equal((await focused(page)).role, 'dialog')
  const description = await widget(page).getByRole('dialog').evaluate((d) => d.getRootNode().getElementById(d.getAttribute('aria-describedby')).textContent)
  assert.ok(description.length > 10, description)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Space')
  await page.waitForTimeout(300)
  assert.equal(sent.length, 1)
  await page.keyboard.press('Escape')
  await waitFor(async () => (await page.locator('#outcome').getAttribute('data-result')) !== null, 5000, 'exit() outcome')
  assert.deepEqual(JSON.parse(await page.locator('#outcome').getAttribute('data-result')), { reason: 'too_expensive', offerAccepted: false })
  const row = await waitFor(async () => (await api('GET', `/v1/responses/${sent[0].id}`)).body, 10_000, 'the stored answer')
  assert.equal(row.reason, 'too_expensive')
  assert.notEqual(row.offer?.accepted, true)
  await context.close()
})

test('NPS by keyboard: Enter on the unchosen first score answers nothing; Space only chooses', async () => {
  const { context, page, sent } = await openByKeyboard('[data-show="nps"]', 'nps')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Space')
  await page.waitForTimeout(300)
  assert.equal(sent.length, 0, 'nothing answered')
  assert.deepEqual(await focused(page), { role: 'radio', name: '0, Not at all likely', checked: 'true' })
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Enter')
  await waitFor(() => sent.length === 1, 5000, 'the score')
  assert.equal(sent[0].score, 1)
  await context.close()
})

test('a survey shown while the person types in the page leaves focus and keystrokes there, and is announced', async () => {
  const context = await browser.newContext()
  const page = await openDemo(context)
  await page.evaluate(() => document.querySelector('main').prepend(Object.assign(document.createElement('textarea'), { id: 'notes' })))
  await page.focus('#notes')
  await page.evaluate((id) => setTimeout(() => window.stayloop('show', id), 200), config.surveys.csat)
  await page.keyboard.type('the new report works well for our team', { delay: 40 })
  await settled(page, 'csat')
  await page.keyboard.type(' and more')
  assert.equal(await page.inputValue('#notes'), 'the new report works well for our team and more')
  assert.deepEqual(await focused(page), { tag: 'TEXTAREA', id: 'notes' })
  await waitFor(async () => /satisfied/i.test(await widget(page).getByRole('status').textContent()), 5000, 'the announcement')
  await context.close()
})
