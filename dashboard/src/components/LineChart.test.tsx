import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/preact'
import { LineChart, Sparkline } from './LineChart.tsx'
import { ColumnChart } from './Bars.tsx'

afterEach(cleanup)

describe('charts, for a screen reader', () => {
  it('a trend chart is read as a short summary, its tick labels hidden', () => {
    const { container } = render(<LineChart title="NPS" labels={['Nov 1', 'Nov 2', 'Nov 3']} series={[{ name: 'NPS', color: 'red', values: [12, null, 30] }]} />)
    screen.getByRole('img', { name: 'NPS (Nov 1 – Nov 3): from 12 to 30, lowest 12, highest 30' })
    const ticks = [...container.querySelectorAll('text')]
    expect(ticks.length).toBeGreaterThan(0)
    for (const tick of ticks) expect(tick.getAttribute('aria-hidden')).toBe('true')
  })

  it('names each series of a chart with several', () => {
    render(<LineChart title="Signals" labels={['Nov 1', 'Nov 2']} series={[
      { name: 'Sessions', color: 'red', values: [3, 1] },
      { name: 'Logins', color: 'blue', values: [0, 0] },
    ]} />)
    screen.getByRole('img', { name: 'Signals (Nov 1 – Nov 2). Sessions: from 3 to 1, lowest 1, highest 3. Logins: from 0 to 0, lowest 0, highest 0' })
  })

  it('columns and sparklines get the same summary', () => {
    render(<><ColumnChart title="Churn rate" labels={['Oct 2026', 'Nov 2026']} values={[2, 4]} format={(v) => `${v}%`} /><Sparkline label="CSAT" values={[80, 90, 85]} format={(v) => `${v}%`} /></>)
    screen.getByRole('img', { name: 'Churn rate (Oct 2026 – Nov 2026): from 2% to 4%, lowest 2%, highest 4%' })
    screen.getByRole('img', { name: 'CSAT: from 80% to 85%, lowest 80%, highest 90%' })
  })
})
