import { describe, expect, it } from 'vitest'
import { sampleAlert } from './sample.ts'
import { deliveryRequest } from './request.ts'
import { mayHaveArrived, withResentNote } from './resend.ts'

const slack = { kind: 'slack' as const, url: 'https://hooks.slack.com/services/T/B/X' }

describe('a Slack message sent again after a timeout', () => {
  it('says so in a context line under its header, in the team language', async () => {
    const request = await deliveryRequest(slack, sampleAlert(Date.UTC(2026, 2, 1)), 'dlv_1', { now: Date.UTC(2026, 2, 1) })
    const before = JSON.parse(request.body)
    const after = JSON.parse(withResentNote(request, 'en').body)
    expect(after.blocks).toHaveLength(before.blocks.length + 1)
    expect(after.blocks[0]).toEqual(before.blocks[0])
    expect(after.blocks[1]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: expect.stringMatching(/Sent again: an earlier attempt timed out and may have been delivered/) }] })
    expect(after.blocks.slice(2)).toEqual(before.blocks.slice(1))
    expect(after.text).toBe(before.text)
    expect(JSON.parse(withResentNote(request, 'zh-Hans').body).blocks[1].elements[0].text).toMatch(/再次发送/)
    expect(JSON.parse(withResentNote(request, 'zh-Hant').body).blocks[1].elements[0].text).toMatch(/再次傳送/)
  })

  it('keeps within Slack’s 50 blocks, which would refuse the whole message', () => {
    const full = { url: slack.url, method: 'POST' as const, headers: {}, body: JSON.stringify({ text: 't', blocks: Array.from({ length: 50 }, (_, i) => ({ type: 'section', text: { type: 'mrkdwn', text: String(i) } })) }) }
    const blocks = JSON.parse(withResentNote(full, 'en').body).blocks
    expect(blocks).toHaveLength(50)
    expect(blocks[1].type).toBe('context')
  })

  it('only a timeout may have arrived; an answer or a refused connection did not post', () => {
    expect(mayHaveArrived({ code: 'timeout', timeoutMs: 30_000 })).toBe(true)
    expect(mayHaveArrived({ code: 'http_status', status: 500, detail: null })).toBe(false)
    expect(mayHaveArrived({ code: 'network', detail: 'connection refused' })).toBe(false)
    expect(mayHaveArrived(null)).toBe(false)
  })
})
