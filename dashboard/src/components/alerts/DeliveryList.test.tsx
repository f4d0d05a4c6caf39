import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact'
import { DeliveryList } from './DeliveryList.tsx'
import type { Delivery } from '../../lib/types.ts'
import { loadLang, setLang } from '../../i18n/index.ts'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  setLang('en')
})

const base: Delivery = {
  id: 'dlv_1', alertId: 'alt_1', destinationId: 'dst_1', destinationName: 'Ops channel', destinationKind: 'slack', destinationDeleted: false, kind: 'exit', status: 'failed',
  attempts: 1, lastStatus: 500, lastError: 'HTTP 500', problem: { code: 'http_status', status: 500, detail: null }, createdAt: 1_700_000_000_000, deliveredAt: null, attemptsLog: [],
}
const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })
const show = (rows: Delivery[]) => {
  vi.stubGlobal('fetch', vi.fn(async () => json({ data: rows, nextCursor: null, total: rows.length })))
  render(<DeliveryList path="/alerts" query={new URLSearchParams('tab=deliveries')} />)
}
const row = (id: string) => document.querySelector(`[data-delivery="${id}"]`) as HTMLElement

describe('deliveries of a deleted destination', () => {
  it('keep its name and kind, say it was deleted, and offer no replay that could only fail', async () => {
    show([
      { ...base, id: 'dlv_gone', destinationId: 'dst_jtXpECWTb77Z6Y1MXvuB', destinationName: 'Exit only', destinationKind: 'webhook', destinationDeleted: true, status: 'dead' },
      { ...base, id: 'dlv_live' },
    ])
    await screen.findByText('Exit only')
    const gone = row('dlv_gone')
    expect(within(gone).getByText('Destination deleted')).toBeTruthy()
    expect(within(gone).getByText(/^Webhook · /)).toBeTruthy()
    expect(gone.textContent).not.toContain('dst_jtXpECWTb77Z6Y1MXvuB')
    expect(within(gone).queryByRole('button', { name: 'Replay' })).toBeNull()
    // A live destination's failed delivery still replays.
    expect(within(row('dlv_live')).getByRole('button', { name: 'Replay' })).toBeTruthy()
    expect(within(row('dlv_live')).queryByText('Destination deleted')).toBeNull()
  })

  it('say so in Chinese too', async () => {
    await loadLang('zh-Hans')
    setLang('zh-Hans')
    show([{ ...base, destinationName: 'Exit only', destinationDeleted: true }])
    await screen.findByText('Exit only')
    expect(within(row('dlv_1')).getByText('目的地已删除')).toBeTruthy()
    expect(within(row('dlv_1')).queryByRole('button', { name: '重新投递' })).toBeNull()
  })
})

describe('an exit reason in the reader\'s language', () => {
  const exit = (id: string, exitReasonId: string, exitReason: string): Delivery => ({
    ...base, id, about: { customerId: `cust_${id}`, customerName: null, trigger: `Exit survey: ${exitReason}`, comment: null, why: { exitReasonId, exitReason, exitOutcome: 'no_offer' } },
  })

  it('a built-in reason stored in Chinese reads in English for an English reader; a survey\'s own reason as written', async () => {
    show([exit('zh', 'quality_issues', '问题或故障太多'), exit('own', 'moved_in_house', 'Moved it in-house')])
    await screen.findByRole('link', { name: 'cust_zh' })
    expect(within(row('zh')).getByText('Exit survey: Quality issues')).toBeTruthy()
    expect(document.body.textContent).not.toContain('问题或故障太多')
    expect(within(row('own')).getByText('Exit survey: Moved it in-house')).toBeTruthy()
  })

  it('and in Traditional Chinese for a Traditional Chinese reader, whatever the team language was', async () => {
    await loadLang('zh-Hant')
    setLang('zh-Hant')
    show([exit('en', 'quality_issues', 'quality issues')])
    await screen.findByRole('link', { name: 'cust_en' })
    expect(within(row('en')).getByText('退訂問卷：品質問題')).toBeTruthy()
  })
})

describe('replaying every delivery that gave up', () => {
  const answer = (bulk: unknown) => {
    const calls: { method: string; url: string; body: unknown }[] = []
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      calls.push({ method: init?.method ?? 'GET', url, body: init?.body ? JSON.parse(String(init.body)) : null })
      return init?.method === 'POST' ? new Response(JSON.stringify(bulk), { status: 202, headers: { 'content-type': 'application/json' } }) : json({ data: [base, { ...base, id: 'dlv_2' }], nextCursor: null, total: 2 })
    }))
    return calls
  }

  it('asks first, sends the list\'s status, says what was queued and what was held back, and reloads', async () => {
    const calls = answer({ queued: 1, skipped: { destinationDisabled: 1, destinationDeleted: 0 }, more: false })
    const asked = vi.fn(() => true)
    vi.stubGlobal('confirm', asked)
    render(<DeliveryList path="/alerts" query={new URLSearchParams('status=failed')} />)
    ;(await screen.findByRole('button', { name: 'Replay all failed' })).click()
    expect(await screen.findByText('1 delivery queued again. 1 not replayed: its destination is paused or deleted.')).toBeTruthy()
    expect(asked).toHaveBeenCalledWith(expect.stringContaining('Send 2 deliveries again?'))
    expect(calls.find((c) => c.method === 'POST')).toEqual({ method: 'POST', url: '/v1/deliveries/replay', body: { status: ['failed'] } })
    await waitFor(() => expect(calls.filter((c) => c.method === 'GET').length).toBe(2))
  })

  it('does nothing when the reader says no, and is not offered on the full list', async () => {
    const calls = answer({ queued: 0, skipped: { destinationDisabled: 0, destinationDeleted: 0 }, more: false })
    vi.stubGlobal('confirm', vi.fn(() => false))
    render(<DeliveryList path="/alerts" query={new URLSearchParams('status=dead')} />)
    ;(await screen.findByRole('button', { name: 'Replay all dead letters' })).click()
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
    cleanup()
    answer({})
    render(<DeliveryList path="/alerts" query={new URLSearchParams('')} />)
    await screen.findAllByRole('button', { name: 'Replay' })
    expect(screen.queryByRole('button', { name: /Replay all/ })).toBeNull()
  })
})
