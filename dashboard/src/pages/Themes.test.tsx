import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, render, screen, within } from '@testing-library/preact'
import { Themes } from './Themes.tsx'
import type { Topic } from '../lib/types.ts'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const topic = (id: string, name: string, impact: number, responses: number): Topic => ({
  id, name, volume: responses + 2,
  sentiment: { positive: 1, neutral: 0, negative: responses, mixed: 0 },
  nps: { with: 0, without: impact, impact, responses },
  trend: { current: responses, previous: responses },
  examples: [],
})

function renderThemes(topics: Topic[], query = new URLSearchParams()) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ topics, emerging: [] }), { status: 200, headers: { 'content-type': 'application/json' } })))
  return render(<Themes path="/themes" query={query} params={{}} />)
}

const effectCell = async (name: string) => (await screen.findByText(name)).closest('button')!.querySelector('[data-label="Effect on NPS"]') as HTMLElement

describe('Themes page: effect on NPS', () => {
  it('shows a topic with few NPS answers as a hint, and scales the bars by the topics with enough', async () => {
    renderThemes([topic('performance', 'Performance', -25.9, 30), topic('competitor', 'Competitor', -114.8, 3)])
    const few = await effectCell('Competitor')
    expect(few.textContent).toContain('−114.8')
    expect(few.querySelector('.sr')?.textContent).toBe('Only 3 NPS answers mention it: too few to be sure')
    expect(few.querySelector('.hbar')?.classList.contains('faint')).toBe(true)
    expect(few.querySelector('b')?.className).toBe('muted')

    const settled = await effectCell('Performance')
    expect(settled.querySelector('.sr')).toBeNull()
    expect(settled.querySelector('.hbar')?.classList.contains('bad')).toBe(true)
    // The settled topic sets the scale: its bar is full, not a quarter of the 3-answer one.
    expect((settled.querySelector('.hbar i') as HTMLElement).style.width).toBe('100%')
  })
})

const withCsat = (x: Topic, effect: number, responses: number): Topic => ({ ...x, csat: { with: 20, without: 90, impact: -70, effect, responses } })
const noNps = (x: Topic): Topic => ({ ...x, nps: { with: null, without: null, impact: null, effect: null, responses: 0 } })
const order = () => [...document.querySelectorAll('.topic-name')].map((e) => e.textContent)

describe('Themes page: effect on CSAT', () => {
  it('shows the effect on CSAT when the period has CSAT answers only', async () => {
    renderThemes([noNps(withCsat(topic('billing', 'Billing', 0, 12), -8.5, 12)), noNps(withCsat(topic('support', 'Support', 0, 20), -2, 20))])
    const cell = (await screen.findByText('Billing')).closest('button')!.querySelector('[data-label="Effect on CSAT"]') as HTMLElement
    expect(cell.textContent).toContain('−8.5')
    expect(order()).toEqual(['Billing', 'Support'])
    // Nothing to choose between: no NPS / CSAT switch.
    expect(screen.queryByRole('group', { name: 'Effect on' })).toBeNull()
  })

  it('offers NPS and CSAT when the period has both, ranking by the one chosen', async () => {
    const topics = [withCsat(topic('performance', 'Performance', -30, 30), -1, 15), withCsat(topic('billing', 'Billing', -5, 12), -9, 14)]
    renderThemes(topics)
    const group = await screen.findByRole('group', { name: 'Effect on' })
    expect(within(group).getByRole('button', { name: 'NPS' }).getAttribute('aria-pressed')).toBe('true')
    expect(order()).toEqual(['Performance', 'Billing'])
    cleanup()
    renderThemes(topics, new URLSearchParams('score=csat'))
    await screen.findByRole('group', { name: 'Effect on' })
    expect(order()).toEqual(['Billing', 'Performance'])
    expect((await effectCellOf('Billing', 'Effect on CSAT')).textContent).toContain('−9')
  })

  it('shows a topic that moves the score by nothing as neither good nor bad', async () => {
    const flat = { ...topic('support', 'Support', 0, 40), nps: { with: 10, without: 10, impact: 0, effect: 0, responses: 40 } }
    renderThemes([flat])
    expect((await effectCell('Support')).querySelector('b')?.className).toBe('muted')
  })
})

const effectCellOf = async (name: string, label: string) => (await screen.findByText(name)).closest('button')!.querySelector(`[data-label="${label}"]`) as HTMLElement

describe('Themes page: after a taxonomy edit', () => {
  it('says stored comments are being re-read for the new topics', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ topics: [], emerging: [], reread: { inProgress: true, done: 200, total: 1234 } }), { status: 200, headers: { 'content-type': 'application/json' } })))
    render(<Themes path="/themes" query={new URLSearchParams()} params={{}} />)
    expect((await screen.findByText('Re-reading 1,234 comments for the new topics…')).getAttribute('role')).toBe('status')
  })
})

describe('Themes page: read by a screen reader', () => {
  it('names each figure of a topic row with its column', async () => {
    renderThemes([topic('reliability', 'Reliability', -10.4, 48)])
    const row = await screen.findByRole('button', { name: /^Reliability/ })
    // Each figure after its column's name (the header row is hidden from screen readers).
    for (const read of [/Mentions ?: ?50/, /Sentiment ?: ?Positive 2%/, /Effect on NPS ?: ?−10\.4/, /Trend ?: ?→ 0%/]) {
      expect(screen.getByRole('button', { name: read })).toBe(row)
    }
  })
})
