// Identity verification in real Chromium, on a plain HTML fixture page: a workspace that verifies
// identities takes the answer of a customer whose page carries the right hash, and refuses to file
// one whose page forges it under that customer (the site key alone speaks for no one); the forged
// page's answer is kept, anonymously.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import { BASE_URL, api, rowsWithComment, waitFor, widget, withBrowser } from './widget-lib.mjs'

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

/** Opens the fixture as `customer` with `hash`, shows the NPS survey and picks 9 with a comment; resolves with the answer's first HTTP status. */
async function answerAs(siteKey, customer, hash, comment) {
  const context = await browser.newContext()
  await context.route(FIXTURE, (route) => route.fulfill({ contentType: 'text/html', body: page(siteKey, customer, hash) }))
  const tab = await context.newPage()
  await tab.goto(FIXTURE)
  await tab.waitForFunction(() => typeof window.stayloop === 'function' && !window.stayloop.q)
  const answered = tab.waitForResponse((res) => res.url().endsWith('/responses') && res.request().method() === 'POST')
  await tab.evaluate((id) => { window.stayloop('show', id) }, config.surveys.nps)
  await widget(tab).getByRole('radio', { name: /^9\b/ }).click()
  const status = (await answered).status()
  await widget(tab).getByRole('textbox').fill(comment)
  const sent = tab.waitForResponse((res) => res.url().endsWith('/responses') && res.ok() && res.request().postData().includes(comment))
  await widget(tab).getByRole('button', { name: 'Send' }).click()
  await sent
  await context.close()
  return status
}

test('a workspace that verifies identities files a verified answer under its customer, and a forged one anonymously', async () => {
  const origin = new URL(BASE_URL).origin
  const site = await api('POST', '/v1/sites', { name: 'Verified app', allowedOrigins: [origin] })
  assert.equal(site.status, 201)
  const made = await api('POST', '/v1/workspace/identity-secret')
  assert.equal(made.status, 201)
  try {
    await verifiedAndForged(site.body.siteKey, made.body.identitySecret)
  } finally {
    // Off again, so the other files' identified pages keep working.
    assert.equal((await api('DELETE', '/v1/workspace/identity-secret')).status, 204)
  }
})

async function verifiedAndForged(siteKey, secret) {
  const hashOf = (id) => createHmac('sha256', secret).update(id).digest('hex')
  const verified = `idv-ok-${Date.now()}`, forged = `idv-forged-${Date.now()}`

  const token = `idv-${Date.now()}`
  assert.equal(await answerAs(siteKey, verified, hashOf(verified), `verified ${token}`), 201)
  const stored = await waitFor(async () => {
    const res = await api('GET', `/v1/responses?customer=${verified}`)
    return res.body?.data?.length && res.body.data
  }, 10_000, 'the verified answer')
  assert.equal(stored[0].score, 9)

  // The forger knows the public site key and a customer id, not the secret: refused under that
  // customer, the answer is sent again without one and kept.
  assert.equal(await answerAs(siteKey, forged, hashOf('someone-else'), `forged ${token}`), 403)
  assert.equal((await api('GET', `/v1/customers/${forged}`)).status, 404)
  const kept = await waitFor(async () => (await rowsWithComment(`forged ${token}`))[0], 10_000, 'the forged answer, anonymous')
  assert.equal(kept.customer ?? null, null)
}
