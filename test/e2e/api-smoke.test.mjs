// The running worker with demo data answers the README's calls.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { BASE_URL, api, fetchRetrying, keys } from './lib.mjs'

test('the demo workspace is seeded and readable with its secret key', async () => {
  const res = await api('GET', '/v1/responses?limit=5')
  assert.equal(res.status, 200)
  assert.ok(res.body.total >= 500, `expected demo responses, got ${res.body.total}`)
  assert.equal(res.body.data.length, 5)
})

test('the widget route answers the demo origin and refuses others', async () => {
  const { siteKey } = keys()
  const ok = await fetchRetrying(`${BASE_URL}/v1/sites/${siteKey}/surveys?locale=zh-Hans`, { headers: { origin: BASE_URL } })
  assert.equal(ok.status, 200)
  const body = await ok.json()
  assert.ok(body.data.some((s) => s.kind === 'nps' && s.locale === 'zh-Hans'))
  const bad = await fetchRetrying(`${BASE_URL}/v1/sites/${siteKey}/surveys`, { headers: { origin: 'https://evil.example' } })
  assert.equal(bad.status, 403)
  assert.equal((await bad.json()).error.code, 'forbidden')
})
