// Slack keeps no idempotency key, so a message given up on and sent again can post twice: a slow
// Slack is waited for longer, and a message sent again after a timeout says it may be a repeat.
import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { api, createWorkspace } from './helpers.ts'
import { receiver } from '../receivers/client.ts'
import { createDestination, makeDue, plantDelivery } from '../receivers/alert-fixtures.ts'
import { attemptDelivery } from '../../worker/queue/deliver.ts'

const blocksOf = (body: string) => (JSON.parse(body) as { blocks: { type: string; elements?: { text: string }[] }[] }).blocks
const notes = (body: string) => blocksOf(body).filter((b) => b.type === 'context').map((b) => b.elements!.map((e) => e.text).join(' '))

describe('Slack deliveries', () => {
  it('a Slack answering after 11 s gets the alert once: no timeout, no second post', async () => {
    const ws = await createWorkspace()
    const r = receiver()
    const dest = await createDestination(ws, { kind: 'slack', url: r.url('slack-late') })
    const id = await plantDelivery(ws, dest.id)
    expect(await attemptDelivery(env, id)).toBe('delivered')
    const got = await r.records()
    expect(got.map((g) => g.status)).toEqual([200])
  }, 30_000)

  it('sent again after a timeout, the message says it may be a repeat, in the team language; a first send does not', async () => {
    const ws = await createWorkspace()
    expect((await api(ws, 'PATCH', '/v1/workspace', { settings: { defaultLocale: 'zh-Hans' } })).status).toBe(200)
    const r = receiver()
    const dest = await createDestination(ws, { kind: 'slack', url: r.url('slow-once') })
    const id = await plantDelivery(ws, dest.id)
    // Still retried: a timeout never loses the alert.
    expect(await attemptDelivery(env, id, { timeoutMs: 300 })).toBe('pending')
    await makeDue(id)
    expect(await attemptDelivery(env, id)).toBe('delivered')
    const [first, again] = await r.records()
    expect(notes(first.body).join('\n')).not.toMatch(/再次发送/)
    expect(blocksOf(again.body)[1]).toMatchObject({ type: 'context' })
    expect(notes(again.body).join('\n')).toMatch(/再次发送：之前的一次发送超时，可能已经送达/)
    // Apart from the note, the same message.
    expect(blocksOf(again.body).filter((_, i) => i !== 1)).toEqual(blocksOf(first.body))

    // A Slack retried after an answer (a 500: nothing was posted) sends no such note.
    const flaky = await createDestination(ws, { kind: 'slack', url: r.url('fail-twice') })
    const other = await plantDelivery(ws, flaky.id)
    expect(await attemptDelivery(env, other)).toBe('pending')
    await makeDue(other)
    await attemptDelivery(env, other)
    await makeDue(other)
    expect(await attemptDelivery(env, other)).toBe('delivered')
    const last = (await r.records()).at(-1)!
    expect(notes(last.body).join('\n')).not.toMatch(/再次发送/)
  }, 30_000)
})
