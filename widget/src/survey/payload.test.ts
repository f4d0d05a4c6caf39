// What the widget sends must pass the API's own schemas, or the answer is refused and lost.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { traits as traitsSchema } from '../../../worker/lib/schemas.ts'
import { responseBody } from '../../../worker/routes/public/responses.ts'
import { PUBLIC_BODY_LIMIT } from '../../../worker/lib/body.ts'
import type { MountContext, Survey } from '../types.ts'
import { cleanTraits, fitBody } from './payload.ts'
import { Outbox } from './outbox.ts'
import { SurveySession } from './session.ts'

const bytes = (body: unknown) => new TextEncoder().encode(JSON.stringify(body)).length

afterEach(() => vi.restoreAllMocks())

describe('traits', () => {
  it('nested objects, arrays, long strings, too many keys: cut to what the API accepts, with one warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => ['k' + i, i]))
    const raw = {
      plan: 'pro', seats: 12, beta: true, gone: null,
      company: { name: 'Initech', size: 50 }, roles: ['admin', 'billing'], bio: 'x'.repeat(1200),
      big: 10n, fn: () => 1, nothing: undefined, ['k'.repeat(101)]: 'long key', ...many,
    }
    expect(traitsSchema.safeParse(raw).success).toBe(false)
    const clean = cleanTraits(raw)
    expect(traitsSchema.safeParse(clean).success).toBe(true)
    expect(clean).toMatchObject({ plan: 'pro', seats: 12, beta: true, gone: null, company: '{"name":"Initech","size":50}', roles: '["admin","billing"]' })
    expect((clean.bio as string).length).toBe(1000)
    expect(Object.keys(clean)).toHaveLength(50)
    expect(warn).toHaveBeenCalledTimes(1)
  })

  it('simple traits pass as they are, without a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(cleanTraits({ plan: 'pro', seats: 3 })).toEqual({ plan: 'pro', seats: 3 })
    expect(cleanTraits(undefined)).toEqual({})
    expect(warn).not.toHaveBeenCalled()
  })
})

describe('the 16 KB body limit', () => {
  it('a long Chinese comment with a long URL: the URL goes first, then the comment is shortened', () => {
    const body = { id: crypto.randomUUID(), surveyId: 'srv_1', url: 'https://app.example.com/?q=' + 'b'.repeat(2000), comment: '报表加载太慢了，'.repeat(625).slice(0, 5000), finished: true }
    expect(bytes(body)).toBeGreaterThan(PUBLIC_BODY_LIMIT)
    const fitted = fitBody({ ...body })
    expect(bytes(fitted)).toBeLessThanOrEqual(PUBLIC_BODY_LIMIT - 256)
    expect(fitted.url).toBeUndefined()
    expect(fitted.comment.length).toBeGreaterThan(4900)
    expect(body.comment.startsWith(fitted.comment)).toBe(true)
  })

  it('never leaves half an emoji at the end of a shortened comment', () => {
    for (let pad = 0; pad < 4; pad++) {
      const comment = 'x'.repeat(pad) + '😀'.repeat(4000)
      const fitted = fitBody({ id: '1', comment })
      expect(bytes(fitted)).toBeLessThanOrEqual(PUBLIC_BODY_LIMIT - 256)
      expect(fitted.comment).toMatch(/(^|[^\ud800-\udbff])$/)
      expect(JSON.stringify(fitted)).not.toMatch(/\\ud8/)
    }
  })

  it('leaves a body that fits alone', () => {
    const body = { id: '1', url: 'https://x.test/', comment: 'ok' }
    expect(fitBody({ ...body })).toEqual(body)
  })
})

describe('an answer as sent', () => {
  it('nested traits, a 2,100-character URL, 5,000 Chinese characters: every POST passes the API schema and size', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const sent: { path: string; body: string }[] = []
    const outbox = new Outbox('http://api.test', 'pk_1', {
      storage: localStorage,
      fetch: (async (url: string, init: RequestInit) => (sent.push({ path: url, body: String(init.body) }), new Response(null, { status: 201 }))) as typeof fetch,
      now: Date.now,
      setTimer: (fn) => setTimeout(fn, 0),
    })
    history.replaceState(null, '', '/billing?state=' + 'a'.repeat(2100))
    const survey = { id: 'srv_nps', kind: 'nps' } as Survey
    const ctx = { site: 'pk_1', host: 'http://api.test', recontactDays: 90, customer: { id: 'u1', traits: { company: { name: 'Initech' }, roles: ['admin'], bio: 'x'.repeat(1200) } } } as MountContext
    const session = new SurveySession(survey, ctx, outbox, localStorage, 'zh-Hans')
    session.answer({ score: 2 }, false)
    session.answer({ score: 2, comment: '报表太慢了'.repeat(1000) }, true)
    await vi.waitFor(() => expect(sent.map((a) => JSON.parse(a.body).finished)).toContain(true))
    const answers = sent.filter((s) => s.path.endsWith('/responses'))
    for (const { body } of answers) {
      expect(new TextEncoder().encode(body).length).toBeLessThanOrEqual(PUBLIC_BODY_LIMIT)
      const parsed = responseBody.safeParse(JSON.parse(body))
      expect(parsed.success, parsed.error?.message).toBe(true)
    }
    expect(JSON.parse(answers.at(-1)!.body).comment.length).toBeGreaterThan(4900)
    expect(JSON.parse(answers[0].body).customer.traits.company).toBe('{"name":"Initech"}')
    history.replaceState(null, '', '/')
  })

  it('names the survey version shown, so an answer sent after an edit is judged by what it saw', () => {
    const enqueue = vi.fn()
    const survey = { id: 'srv_exit', kind: 'exit', version: 3 } as Survey
    new SurveySession(survey, { site: 'pk_1', host: 'h' } as MountContext, { enqueue } as unknown as Outbox, localStorage, 'en').answer({ reason: 'too_expensive' }, false)
    const body = enqueue.mock.calls[0][2]
    expect(body.surveyVersion).toBe(3)
    expect(responseBody.safeParse(body).success).toBe(true)
  })

  it('carries the identity hash with the customer, on displays and answers, as the API takes it', () => {
    const enqueue = vi.fn()
    const ctx = { site: 'pk_1', host: 'h', customer: { id: 'u1', traits: {}, hash: 'ab'.repeat(32) } } as MountContext
    const session = new SurveySession({ id: 'srv_nps', kind: 'nps', version: 1 } as Survey, ctx, { enqueue } as unknown as Outbox, localStorage, 'en')
    session.shown()
    session.answer({ score: 9 }, true)
    const [display, answer] = enqueue.mock.calls.map((call) => call[2])
    expect(display.customer).toEqual({ id: 'u1', traits: {}, hash: 'ab'.repeat(32) })
    expect(answer.customer.hash).toBe('ab'.repeat(32))
    expect(responseBody.safeParse(answer).success).toBe(true)
  })

  it('an id over the API’s 200 characters: the answer is kept, sent anonymously', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const enqueue = vi.fn()
    const ctx = { site: 'pk_1', host: 'h', recontactDays: 90, customer: { id: 'x'.repeat(201) } } as MountContext
    new SurveySession({ id: 'srv_nps', kind: 'nps' } as Survey, ctx, { enqueue } as unknown as Outbox, localStorage, 'en').answer({ score: 9 }, true)
    const body = enqueue.mock.calls[0][2]
    expect(body.customer).toBeUndefined()
    expect(responseBody.safeParse(body).success).toBe(true)
  })
})
