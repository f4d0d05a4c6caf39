import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, api, get } from './api.ts'

afterEach(() => vi.unstubAllGlobals())

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })
const busy = () => json(503, { error: { code: 'unavailable', message: 'Storage is temporarily unavailable' } }, { 'retry-after': '0' })

describe('get', () => {
  it('retries a 503 and a dropped connection, then answers', async () => {
    const answers: (() => Response)[] = [busy, () => { throw new TypeError('fetch failed') }, () => json(200, { ok: 1 })]
    const fetch = vi.fn(async () => answers.shift()!())
    vi.stubGlobal('fetch', fetch)
    expect(await get('/v1/x', [0, 0, 0])).toEqual({ ok: 1 })
    expect(fetch).toHaveBeenCalledTimes(3)
  })

  it('gives up after the last retry with the server error', async () => {
    const fetch = vi.fn(async () => busy())
    vi.stubGlobal('fetch', fetch)
    const err = await get('/v1/x', [0, 0]).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect((err as ApiError).status).toBe(503)
    expect((err as ApiError).retryAfter).toBeUndefined()
    expect(fetch).toHaveBeenCalledTimes(3)
  })

  it('does not retry other errors', async () => {
    const fetch = vi.fn(async () => json(400, { error: { code: 'invalid_request', message: 'bad' } }))
    vi.stubGlobal('fetch', fetch)
    await expect(get('/v1/x', [0, 0])).rejects.toMatchObject({ status: 400, code: 'invalid_request' })
    expect(fetch).toHaveBeenCalledTimes(1)
  })
})

describe('api', () => {
  it('sends a Blob as written, with its own content type, and JSON otherwise', async () => {
    const sent: { type: string | null; body: unknown }[] = []
    vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
      const body = init.body instanceof Blob ? await init.body.text() : init.body
      sent.push({ type: new Headers(init.headers).get('content-type'), body })
      return json(200, { ok: 1 })
    }))
    await api('POST', '/v1/text-model/examples', new Blob(['text\tlabel\nslow\tneg\n'], { type: 'text/tab-separated-values' }))
    await api('PUT', '/v1/taxonomy', { topics: [] })
    expect(sent).toEqual([
      { type: 'text/tab-separated-values', body: 'text\tlabel\nslow\tneg\n' },
      { type: 'application/json', body: '{"topics":[]}' },
    ])
  })

  it('keeps the error details of a refused request', async () => {
    const details = [{ line: 3, column: 'sentiment', message: 'unknown label' }]
    vi.stubGlobal('fetch', vi.fn(async () => json(400, { error: { code: 'invalid_request', message: '1 problem(s)', details } })))
    const err = await api('POST', '/v1/x', { a: 1 }).catch((e: unknown) => e)
    expect(err).toMatchObject({ status: 400, code: 'invalid_request', details })
  })
})
