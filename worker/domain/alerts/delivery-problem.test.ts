import { describe, expect, it } from 'vitest'
import { disabledProblem, problemOf, problemSentence, readProblem, type DeliveryProblem } from './delivery-problem.ts'

const GONE_AT = Date.parse('2026-03-01T10:00:00.000Z')

const problems: DeliveryProblem[] = [
  { code: 'timeout', timeoutMs: 10_000 },
  { code: 'network', detail: 'Network connection lost.' },
  { code: 'http_status', status: 500, detail: 'boom' },
  { code: 'http_status', status: 302, detail: null },
  { code: 'gone', at: GONE_AT },
  { code: 'url_refused', detail: 'private, loopback or reserved IPv4 address' },
  { code: 'request_unbuildable', detail: 'Zendesk destination needs subdomain, email and token' },
  { code: 'destination_disabled', reason: { code: 'gone', at: GONE_AT } },
  { code: 'destination_disabled', reason: null },
  { code: 'destination_deleted' },
  { code: 'other', detail: 'connection refused' },
]

describe('delivery problems', () => {
  for (const p of problems) {
    it(`${p.code} reads back from the sentence it writes (${problemSentence(p)})`, () => {
      expect(readProblem(problemSentence(p))).toEqual(p)
    })
  }

  it('reads the sentences older releases stored', () => {
    expect(readProblem('target answered 410 Gone on 2026-03-01T10:00:00.000Z')).toEqual({ code: 'gone', at: GONE_AT })
    expect(readProblem('destination disabled: target answered 410 Gone on 2026-12-05T06:33:02.138Z'))
      .toEqual({ code: 'destination_disabled', reason: { code: 'gone', at: Date.parse('2026-12-05T06:33:02.138Z') } })
    expect(readProblem('timed out after 10000 ms')).toEqual({ code: 'timeout', timeoutMs: 10_000 })
    expect(readProblem('network error: internal error; reference = 7g4k')).toEqual({ code: 'network', detail: 'internal error; reference = 7g4k' })
    expect(readProblem('HTTP 503: down')).toEqual({ code: 'http_status', status: 503, detail: 'down' })
    expect(readProblem('HTTP 500: line one\nline two')).toEqual({ code: 'http_status', status: 500, detail: 'line one\nline two' })
    expect(readProblem('destination disabled')).toEqual({ code: 'destination_disabled', reason: null })
    expect(readProblem('destination deleted')).toEqual({ code: 'destination_deleted' })
    expect(readProblem('refused: private, loopback or reserved IPv4 address')).toEqual({ code: 'url_refused', detail: 'private, loopback or reserved IPv4 address' })
  })

  it('keeps unknown text as it is, and any text reads back to the same sentence', () => {
    const odd = [
      'connection refused', '', 'target answered 410 Gone on yesterday', 'target answered 410 Gone on 2026-03-01',
      'timed out after 010 ms', 'HTTP 500: ', 'HTTP 5000', 'destination disabled: someone said so', 'destination disabled: ', 'Destination Deleted',
    ]
    for (const text of odd) expect(problemSentence(readProblem(text)), text).toBe(text)
    expect(readProblem('target answered 410 Gone on yesterday')).toEqual({ code: 'other', detail: 'target answered 410 Gone on yesterday' })
    expect(readProblem('destination disabled: someone said so')).toEqual({ code: 'destination_disabled', reason: { code: 'other', detail: 'someone said so' } })
  })

  it('no stored text is no problem; a disabled destination carries its stored reason', () => {
    expect(problemOf(null)).toBeNull()
    expect(problemOf('')).toBeNull()
    expect(disabledProblem(null)).toEqual({ code: 'destination_disabled', reason: null })
    expect(problemSentence(disabledProblem('target answered 410 Gone on 2026-03-01T10:00:00.000Z')))
      .toBe('destination disabled: target answered 410 Gone on 2026-03-01T10:00:00.000Z')
  })
})
