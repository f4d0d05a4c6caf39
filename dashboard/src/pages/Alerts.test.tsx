import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { Alerts } from './Alerts.tsx'
import type { Delivery } from '../lib/types.ts'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const failed: Delivery = {
  id: 'dlv_1', alertId: 'alt_1', destinationId: 'dst_1', destinationName: 'Support webhook', kind: 'webhook', status: 'failed',
  attempts: 3, lastStatus: null, lastError: 'connection refused', createdAt: Date.now() - 60_000, deliveredAt: null, attemptsLog: [],
}
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('Alerts page: replaying a failed delivery', () => {
  it('confirms the replay although the delivery leaves the "failed" list it was in', async () => {
    let replayed = false
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      if (String(url).includes('/replay') && init?.method === 'POST') { replayed = true; return json({ id: failed.id, status: 'pending' }, 202) }
      // Once replayed, the delivery is pending: the failed list comes back empty.
      return json({ data: replayed ? [] : [failed], nextCursor: null })
    }))
    render(<Alerts path="/alerts" query={new URLSearchParams('status=failed')} params={{}} />)
    fireEvent.click(await screen.findByRole('button', { name: 'Replay' }))
    expect(await screen.findByText('Queued again: Support webhook')).toBeTruthy()
    expect(await screen.findByText('No deliveries')).toBeTruthy()
    expect(screen.getByText('Queued again: Support webhook')).toBeTruthy()
  })
})
