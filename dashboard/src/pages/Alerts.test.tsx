import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { Alerts } from './Alerts.tsx'
import type { Delivery } from '../lib/types.ts'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const failed: Delivery = {
  id: 'dlv_1', alertId: 'alt_1', destinationId: 'dst_1', destinationName: 'Support webhook', destinationKind: 'slack', kind: 'risk_escalated', status: 'failed',
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

  it("names a delivery's destination kind and alert kind in words, never raw keys like dest_risk_escalated", async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ data: [failed], nextCursor: null })))
    const { container } = render(<Alerts path="/alerts" query={new URLSearchParams()} params={{}} />)
    expect(await screen.findByText('Slack · Risk escalated')).toBeTruthy()
    expect(container.textContent).not.toMatch(/dest_|alert_/)
  })
})

describe('Alerts page: tabs', () => {
  it('follows the WAI-ARIA tabs pattern: one tab stop, aria-controls to a labelled tabpanel', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ data: [], nextCursor: null })))
    render(<Alerts path="/alerts" query={new URLSearchParams('tab=alerts')} params={{}} />)
    const selected = screen.getByRole('tab', { selected: true })
    expect(selected.tabIndex).toBe(0)
    expect(screen.getAllByRole('tab').filter((x) => x.tabIndex === 0)).toHaveLength(1)
    const panel = screen.getByRole('tabpanel')
    expect(selected.getAttribute('aria-controls')).toBe(panel.id)
    expect(panel.getAttribute('aria-labelledby')).toBe(selected.id)
  })
})
