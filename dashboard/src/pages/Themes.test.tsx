import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, render, screen } from '@testing-library/preact'
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

function renderThemes(topics: Topic[]) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ topics, emerging: [] }), { status: 200, headers: { 'content-type': 'application/json' } })))
  return render(<Themes path="/themes" query={new URLSearchParams()} params={{}} />)
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
