import { describe, expect, it } from 'vitest'
import { checkDestinationUrl } from './url-guard.ts'

const allowed = [
  'https://hooks.slack.com/services/T000/B000/XXXX',
  'https://example.com/webhook',
  'http://example.com/webhook',
  'https://example.com:8443/hook',
  'https://8.8.8.8/hook',
  'https://172.32.0.1/', // just outside 172.16/12
  'https://100.128.0.1/', // just outside CGNAT 100.64/10
  'https://[2606:4700:4700::1111]/hook',
  'https://[64:ff9b::808:808]/', // NAT64 of 8.8.8.8
  'https://acme.zendesk.com/api/v2/tickets.json',
  'https://EXAMPLE.com./x',
]

const refused = [
  'http://127.0.0.1/hook',
  'http://127.1/', // parsed as 127.0.0.1
  'http://2130706433/', // 127.0.0.1 as one number
  'http://0x7f.0.0.1/',
  'http://0.0.0.0:8080/',
  'http://10.1.2.3/',
  'http://172.16.0.1/',
  'http://172.31.255.255/',
  'http://192.168.1.1/',
  'http://169.254.169.254/latest/meta-data/',
  'http://100.64.0.1/',
  'http://100.127.255.255/',
  'http://224.0.0.1/',
  'http://255.255.255.255/',
  'http://[::1]/',
  'http://[::]/',
  'http://[::ffff:127.0.0.1]/',
  'http://[::ffff:8.8.8.8]/', // v4-mapped at all
  'http://[fd00::1]/',
  'http://[fc00::1]/',
  'http://[fe80::1]/',
  'http://[ff02::1]/',
  'http://[64:ff9b::a00:1]/', // NAT64 of 10.0.0.1
  'http://[2002:c0a8:101::1]/', // 6to4 of 192.168.1.1
  'http://[::ffff:0:7f00:1]/', // v4-translated 127.0.0.1
  'http://[::ffff:0:a9fe:a9fe]/', // v4-translated metadata address
  'http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/', // Teredo
  'http://[100::1]/', // discard-only
  'http://[64:ff9b:1::a00:1]/', // local-use NAT64
  'http://localhost/',
  'http://localhost:8787/',
  'http://LOCALHOST./',
  'http://api.localhost/',
  'http://metadata.google.internal/',
  'http://printer.local/',
  'http://intranet/',
  'ftp://example.com/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'gopher://example.com/',
  'https://user:pass@example.com/',
  'https://user@example.com/',
  'https://example.com:22/',
  'https://example.com:25/',
  'not a url',
  '',
]

describe('checkDestinationUrl in production', () => {
  it.each(allowed)('allows %s', (url) => {
    expect(checkDestinationUrl(url)).toMatchObject({ ok: true })
  })
  it.each(refused)('refuses %s', (url) => {
    const r = checkDestinationUrl(url)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason.length).toBeGreaterThan(0)
  })
  it('refuses very long URLs and, when asked, plain http', () => {
    expect(checkDestinationUrl('https://example.com/' + 'a'.repeat(3000)).ok).toBe(false)
    expect(checkDestinationUrl('http://example.com/', { requireHttps: true }).ok).toBe(false)
    expect(checkDestinationUrl('https://example.com/', { requireHttps: true }).ok).toBe(true)
  })
})

describe('checkDestinationUrl with allowLoopback (local development, tests)', () => {
  const dev = { allowLoopback: true }
  it('allows loopback on any port', () => {
    for (const url of ['http://127.0.0.1:9999/hook', 'http://127.0.0.2/', 'http://[::1]:8080/', 'http://localhost:8787/x', 'http://localhost/']) {
      expect(checkDestinationUrl(url, dev), url).toMatchObject({ ok: true })
    }
    expect(checkDestinationUrl('http://localhost:8787/', { ...dev, requireHttps: true }).ok).toBe(true)
  })
  it('still refuses every other private target', () => {
    for (const url of ['http://10.0.0.1/', 'http://192.168.0.10/', 'http://169.254.169.254/', 'http://[fd00::1]/', 'http://[::ffff:127.0.0.1]/', 'http://api.localhost/', 'http://0.0.0.0/', 'http://user:pw@localhost/']) {
      expect(checkDestinationUrl(url, dev).ok, url).toBe(false)
    }
  })
})
