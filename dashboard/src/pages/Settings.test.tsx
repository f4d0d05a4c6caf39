import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { Settings } from './Settings.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })
const SETTINGS = {
  churnInactiveDays: 30, churnOnSilence: 'auto', recontactDays: 90, defaultLocale: 'en', timezone: 'UTC', riskThresholds: { high: 70, medium: 40 },
  highValueRevenue: 500, alertCooldownHours: 24, retentionDays: null, weeklyCallCapacity: 50, dashboardUrl: null, stripeWebhookSecretSet: false,
}

describe('Settings page', () => {
  it('says whether a silence counts as churn, and saves the choice with the other settings', async () => {
    const patches: unknown[] = []
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      if (url.endsWith('/v1/workspace') && init?.method === 'PATCH') {
        const body = JSON.parse(String(init.body)) as { settings: Record<string, unknown> }
        patches.push(body)
        return json({ id: 'ws', name: 'Acme', settings: { ...SETTINGS, ...body.settings } })
      }
      if (url.endsWith('/v1/workspace')) return json({ id: 'ws', name: 'Acme', settings: SETTINGS })
      if (url.endsWith('/v1/taxonomy')) return json({ topics: [] })
      return json({ data: [] })
    }))
    render(<Settings />)
    const select = (await screen.findByLabelText('Does that silence count as churn?')).closest('label')!.querySelector('select')!
    expect(select.value).toBe('auto')
    expect([...select.options].map((o) => o.textContent)).toEqual(['Only if no cancellations are sent', 'Always', 'Never: only cancellations'])
    fireEvent.change(select, { target: { value: 'never' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }))
    await waitFor(() => expect(patches).toHaveLength(1))
    const sent = (patches[0] as { settings: Record<string, unknown> }).settings
    expect(sent.churnOnSilence).toBe('never')
    // Read-only keys never go back (the API refuses them).
    expect(sent).not.toHaveProperty('stripeWebhookSecretSet')
  })
})
