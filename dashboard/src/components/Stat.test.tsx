import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render } from '@testing-library/preact'
import { Stat, tone } from './Stat.tsx'

afterEach(cleanup)

describe('Stat', () => {
  it('a fall is good news where lower is better (churn, effort)', () => {
    expect(tone(-2, true)).toBe('up')
    expect(tone(-2)).toBe('down')
    expect(tone(3)).toBe('up')
    expect(tone(0)).toBe('flat')
    expect(tone(null)).toBe('flat')
  })

  it('a change that rounds to zero reads as flat, not as a gain', () => {
    const { container } = render(<Stat id="nps" label="NPS" value="13" change={0.3} changeDigits={0} />)
    expect(container.querySelector('.change')?.className).toContain('flat')
    expect(container.querySelector('.change')?.textContent).toContain('±0')
    expect(container.querySelector('[data-figure=nps]')?.textContent).toBe('13')
  })

  it('says when there is nothing to compare with', () => {
    const { container } = render(<Stat id="csat" label="CSAT" value="70%" change={null} />)
    expect(container.querySelector('.change')?.textContent).toBe('No previous period to compare')
  })
})
