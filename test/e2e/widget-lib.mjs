// Helpers for the widget's end-to-end tests (not a test file itself).
import { after, before } from 'node:test'
import { BASE_URL, api, fetchRetrying, launchChromium } from './lib.mjs'

export { BASE_URL, api, launchChromium }

let config
export const demoConfig = async () => (config ||= await (await fetchRetrying(`${BASE_URL}/demo/config.json`)).json())

// Opens the demo page and waits until widget.js has replaced the queue stub.
export async function openDemo(context, path = '/demo', query = '') {
  const page = await context.newPage()
  await page.goto(`${BASE_URL}${path}${query}`)
  await page.waitForFunction(() => typeof window.stayloop === 'function' && !window.stayloop.q)
  return page
}

// Clicks a demo button; the survey is open once its dialog is there and has slid in.
export async function showSurvey(page, kind, tap = false) {
  await page[tap ? 'tap' : 'click'](`[data-show="${kind}"]`)
  await settled(page, kind)
}

// Waits for that kind's survey (the page may have shown another one by itself first).
export async function settled(page, kind) {
  const id = (await demoConfig()).surveys[kind]
  const host = `stayloop-survey[data-survey="${id}"]`
  await page.locator(host).getByRole('dialog').waitFor()
  // That survey's own slide-in: the page may still hold another survey's element, whose animations say nothing.
  await page.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot.getAnimations().every((a) => a.playState === 'finished'), host)
}

// The widget's own elements (the demo page has a role="status" of its own).
export const widget = (page) => page.locator('stayloop-survey')

// The thank-you is up: the widget's live region is always there, empty until it speaks.
export const thanked = (page) => widget(page).getByRole('status').filter({ hasText: /\S/ }).waitFor()

// Collects the POST /responses bodies the page sends (the response id is client-made).
export function recordResponses(page) {
  const bodies = []
  page.on('request', (req) => {
    if (req.method() === 'POST' && req.url().endsWith('/responses')) bodies.push(JSON.parse(req.postData()))
  })
  return bodies
}

export async function waitFor(fn, ms = 15_000, what = 'condition') {
  const until = Date.now() + ms
  for (;;) {
    const value = await fn()
    if (value) return value
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

// Rows for a response id: the API's list filtered by the unique comment, so duplicates show.
export async function rowsWithComment(token) {
  const res = await api('GET', `/v1/responses?q=${encodeURIComponent(token)}&limit=50`)
  return res.body.data
}

/** One Chromium and the demo's settings for a test file, handed to `set` before its tests run. */
export function withBrowser(set) {
  let browser
  before(async () => {
    browser = await launchChromium()
    set(browser, await demoConfig())
  })
  after(() => browser?.close())
}
