import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { PeriodPicker } from './PeriodPicker.tsx'
import { presetPeriod } from '../lib/period.ts'

afterEach(cleanup)

describe('PeriodPicker', () => {
  it('presets change the period at once', () => {
    const onChange = vi.fn()
    render(<PeriodPicker period={presetPeriod('30', Date.now())} onChange={onChange} />)
    expect(screen.getByText('30 days').getAttribute('aria-pressed')).toBe('true')
    fireEvent.click(screen.getByText('7 days'))
    expect(onChange).toHaveBeenCalledWith({ period: '7' })
  })

  it('a custom range is applied only when valid', () => {
    const onChange = vi.fn()
    const { container } = render(<PeriodPicker period={presetPeriod('30', Date.now())} onChange={onChange} />)
    fireEvent.click(screen.getByText('Custom'))
    const [from, to] = container.querySelectorAll('input[type=date]') as NodeListOf<HTMLInputElement>
    fireEvent.input(from, { target: { value: '2026-10-10' } })
    fireEvent.input(to, { target: { value: '2026-10-01' } })
    expect((screen.getByText('Apply') as HTMLButtonElement).disabled).toBe(true)
    fireEvent.input(to, { target: { value: '2026-10-20' } })
    fireEvent.click(screen.getByText('Apply'))
    expect(onChange).toHaveBeenCalledWith({ from: '2026-10-10', to: '2026-10-20' })
  })
})
