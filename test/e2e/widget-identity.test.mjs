// Identity verification in real Chromium, on a plain HTML fixture page: a site that verifies
// identities takes the answer of a customer whose page carries the right hash, and refuses one
// whose page forges it (the site key alone speaks for no one).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import { BASE_URL, api, waitFor, widget, withBrowser } from './widget-lib.mjs'

let browser
let config
withBrowser((b, c) => { browser = b; config = c })

const STUB = "window.stayloop = window.stayloop || function () { var a = arguments; return new Promise(function (r) { a.r = r; (stayloop.q = stayloop.q || []).push(a) }) };"
const FIXTURE = `${BASE_URL}/fixture/identity.html`
const page = (siteKey, customer, hash) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Identity fixture</title>
<script>${STUB}
stayloop('init', { site: ${JSON.stringify(siteKey)}, host: ${JSON.stringify(BASE_URL)}, locale: 'en' });
stayloop('identify', ${JSON.stringify(customer)}, { plan: 'pro' }, ${JSON.stringify(hash)});</script>
<script async src="${BASE_URL}/widget.js"></script></head><body><h1>Billing</h1></body></html>`

/** Opens the fixture as `customer` with `hash`, shows the NPS survey and picks 9; resolves with the answer's HTTP status. */
async function answerAs(siteKey, customer, hash) {
  const context = await browser.newContext()
  await context.route(FIXTURE, (route) => route.fulfill({ contentType: 'text/html', body: page(siteKey, customer, hash) }))
  const tab = await context.newPage()
  await tab.goto(FIXTURE)
  await tab.waitForFunction(() => typeof window.stayloop === 'function' && !window.stayloop.q)
  const answered = tab.waitForResponse((res) => res.url().endsWith('/responses') && res.request().method() === 'POST')
  await tab.evaluate((id) => { window.stayloop('show', id) }, config.surveys.nps)
  await widget(tab).getByRole('radio', { name: /^9\b/ }).click()
  const status = (await answered).status()
  await context.close()
  return status
}

test('a site that verifies identities keeps a verified answer and refuses a forged one', async () => {
  const origin = new URL(BASE_URL).origin
  const site = await api('POST', '/v1/sites', { name: 'Verified app', allowedOrigins: [origin] })
  assert.equal(site.status, 201)
  const made = await api('POST', `/v1/sites/${site.body.id}/identity-secret`)
  assert.equal(made.status, 201)
  const hashOf = (id) => createHmac('sha256', made.body.identitySecret).update(id).digest('hex')
  const verified = `idv-ok-${Date.now()}`, forged = `idv-forged-${Date.now()}`

  assert.equal(await answerAs(site.body.siteKey, verified, hashOf(verified)), 201)
  const stored = await waitFor(async () => {
    const res = await api('GET', `/v1/responses?customer=${verified}`)
    return res.body?.data?.length && res.body.data
  }, 10_000, 'the verified answer')
  assert.equal(stored[0].score, 9)

  // The forger knows the public site key and a customer id, not the secret.
  assert.equal(await answerAs(site.body.siteKey, forged, hashOf('someone-else')), 403)
  assert.equal((await api('GET', `/v1/customers/${forged}`)).status, 404)
})
