// Bodies over the limit: a 413 in the JSON error shape, and the body read to its end first, so a
// proxy never resets the connection under a client that is still uploading (wrangler dev then
// answers with its own plain-text 503 instead of ours).
import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { BASE, ORIGIN, createWorkspace, expectError } from './helpers.ts'

function countedStream(chunks: number, chunkBytes = 16 * 1024) {
  const sent = { chunks: 0, closed: false }
  const chunk = new TextEncoder().encode('x'.repeat(chunkBytes))
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent.chunks == chunks) return (sent.closed = true), controller.close()
      sent.chunks++
      controller.enqueue(chunk)
    },
  })
  return { stream, sent }
}

describe('request bodies over the limit', () => {
  it('a streamed 1 MB widget answer is a 413, after reading it to the end', async () => {
    const ws = await createWorkspace()
    const { stream, sent } = countedStream(64)
    const res = await SELF.fetch(`${BASE}/v1/sites/${ws.siteKey}/responses`, {
      method: 'POST', headers: { origin: ORIGIN, 'content-type': 'text/plain' }, body: stream,
    })
    await expectError(res, 413, 'payload_too_large')
    expect(sent).toEqual({ chunks: 64, closed: true })
  })

  it('a declared length over the limit is a 413 before any parsing', async () => {
    const ws = await createWorkspace()
    const body = JSON.stringify({ surveyId: ws.surveys.nps, clientId: 'd', comment: 'x'.repeat(40_000) })
    const res = await SELF.fetch(`${BASE}/v1/sites/${ws.siteKey}/displays`, {
      method: 'POST', headers: { origin: ORIGIN, 'content-type': 'application/json', 'content-length': String(body.length) }, body,
    })
    await expectError(res, 413, 'payload_too_large')
  })

  it('a server call over 1 MB is a 413 in the same shape', async () => {
    const ws = await createWorkspace()
    const { stream, sent } = countedStream(80)
    const res = await SELF.fetch(`${BASE}/v1/surveys`, {
      method: 'POST', headers: { authorization: `Bearer ${ws.secretKey}`, 'content-type': 'application/json' }, body: stream,
    })
    await expectError(res, 413, 'payload_too_large')
    expect(sent.closed).toBe(true)
  })
})
