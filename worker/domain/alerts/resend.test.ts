import { describe, expect, it } from 'vitest'
import { sampleAlert } from './sample.ts'
import { deliveryRequest } from './request.ts'
import { mayHaveArrived } from './resend.ts'

const slack = { kind: 'slack' as const, url: 'https://hooks.slack.com/services/T/B/X' }

describe('a Slack message sent again after a timeout', () => {
  it('says so in a context line under its header, in the team language', async () => {
    const now = Date.UTC(2026, 2, 1)
    const body = async (options: Parameters<typeof deliveryRequest>[3]) => JSON.parse((await deliveryRequest(slack, sampleAlert(now), 'dlv_1', options)).body)
    const before = await body({ now })
    const after = await body({ now, resent: true })
    expect(after.blocks).toHaveLength(before.blocks.length + 1)
    expect(after.blocks[0]).toEqual(before.blocks[0])
    expect(after.blocks[1]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: expect.stringMatching(/Sent again: an earlier attempt timed out and may have been delivered/) }] })
    expect(after.blocks.slice(2)).toEqual(before.blocks.slice(1))
    expect((await body({ now, resent: true, teamLanguage: 'zh-Hans' })).blocks[1].elements[0].text).toMatch(/再次发送/)
    expect((await body({ now, resent: true, teamLanguage: 'zh-Hant' })).blocks[1].elements[0].text).toMatch(/再次傳送/)
  })

  it('only a timeout may have arrived; an answer or a refused connection did not post', () => {
    expect(mayHaveArrived({ code: 'timeout', timeoutMs: 30_000 })).toBe(true)
    expect(mayHaveArrived({ code: 'http_status', status: 500, detail: null })).toBe(false)
    expect(mayHaveArrived({ code: 'network', detail: 'connection refused' })).toBe(false)
    expect(mayHaveArrived(null)).toBe(false)
  })
})
