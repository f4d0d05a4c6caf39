import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, render, screen } from '@testing-library/preact'
import { Cohorts } from './Cohorts.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })

describe('Cohorts page', () => {
  it('says when its figures were computed', async () => {
    const computedAt = Date.parse('2026-11-20T14:05:00Z')
    vi.stubGlobal('fetch', vi.fn(async () => json({
      computedAt, rows: [], churnByMonth: [], exitReasons: [], saveRate: { value: null, saved: 0, started: 0 },
    })))
    render(<Cohorts />)
    const stamp = (await screen.findByText('Updated', { exact: false })).querySelector('time')!
    expect(stamp.getAttribute('datetime')).toBe('2026-11-20T14:05:00.000Z')
    expect(stamp.textContent).toMatch(/2026/)
  })

  it('shows the revenue the saves kept beside the save rate, with how many customers', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({
      rows: [], churnByMonth: [], exitReasons: [], saveRate: { value: 60, saved: 3, started: 5 }, revenueSaved: { value: 1250, customers: 2 },
    })))
    const { container } = render(<Cohorts />)
    const figure = await screen.findByText('1,250')
    expect(figure.getAttribute('data-figure')).toBe('revenueSaved')
    const card = figure.closest('section')!
    expect(card.querySelector('h2')!.textContent).toBe('Revenue saved')
    expect(card.textContent).toContain('a month, from 2 customers who took an offer')
    // Next to the save rate: the same column.
    expect(card.parentElement).toBe(container.querySelector('[data-figure="saveRate"]')!.closest('section')!.parentElement)
  })
})
