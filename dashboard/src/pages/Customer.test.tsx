import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { Customer } from './Customer.tsx'
import type { CustomerDetail, ResponseItem, Timeline } from '../lib/types.ts'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const LONG = 'Every export times out and support never answers. '.repeat(100)
const customer: CustomerDetail = {
  id: 'c1', traits: null, email: null, plan: null, revenue: null, valueTier: null, firstSeenAt: null, lastSeenAt: null, renewalAt: null,
  churnedAt: null, churnReason: null, risk: null,
}
const answer: ResponseItem = {
  id: 'r1', surveyId: 's1', surveyKind: 'nps', customerId: 'c1', score: 2, comment: LONG, reason: null, offer: null, locale: 'en', finished: true,
  createdAt: Date.UTC(2026, 10, 2), analysis: null,
}
const quiet = (day: string) => ({ day, sessions: 0, logins: 0, pageViews: 0, featureUses: 0, purchases: 0, tickets: 0, complaints: 0, paymentFailures: 1 })
const timeline: Timeline = { risk: [], activity: [quiet('2026-11-01'), quiet('2026-11-02'), quiet('2026-11-03')], responses: [answer], alerts: [], churns: [] }

function renderCustomer() {
  const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })
  vi.stubGlobal('fetch', vi.fn(async (url: string) => json(url.endsWith('/timeline') ? timeline : url.startsWith('/v1/customers/') ? customer : { topics: [] })))
  return render(<Customer path="/customers/c1" query={new URLSearchParams()} params={{ id: 'c1' }} />)
}

describe('Customer page', () => {
  it('clamps a long comment in the answer and in the timeline, each with its own Show more', async () => {
    renderCustomer()
    await screen.findByText('Timeline')
    const quote = document.querySelector('.timeline q')!
    expect(quote.textContent!.length).toBeLessThan(300)
    const buttons = screen.getAllByRole('button', { name: 'Show more' })
    expect(buttons).toHaveLength(2)
    fireEvent.click(buttons[1])
    expect(quote.textContent).toBe(LONG)
    expect(document.querySelector('.response .comment')!.textContent!.length).toBeLessThan(300)
  })

  it('a customer with no activity gets a signals axis from 0 to 1: no negative or repeated ticks', async () => {
    renderCustomer()
    const chart = await screen.findByRole('img', { name: /^Signals over time/ })
    const ticks = [...chart.querySelectorAll('text[text-anchor="end"]')].map((e) => e.textContent)
    expect(ticks).toEqual(['0', '1'])
  })
})
