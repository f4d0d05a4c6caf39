import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { SurveyEditor } from './SurveyEditor.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('Survey editor: the wording tabs', () => {
  it('follow the tabs pattern: arrow keys move between languages, and the panel names its tab', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ data: [], nextCursor: null }), { headers: { 'content-type': 'application/json' } })))
    render(<SurveyEditor path="/surveys/new" query={new URLSearchParams('kind=nps')} params={{}} />)
    fireEvent.change(await screen.findByRole('combobox', { name: 'Add language' }), { target: { value: 'zh-Hans' } })
    await screen.findByRole('tab', { name: '简体中文' })
    const list = screen.getByRole('tablist', { name: 'Wording' })
    const selected = () => screen.getByRole('tab', { selected: true })
    const first = selected()
    fireEvent.keyDown(first, { key: 'ArrowRight' })
    expect(selected()).not.toBe(first)
    expect(selected().getAttribute('tabindex')).toBe('0')
    expect(list.querySelectorAll('[tabindex="0"]').length).toBe(1)
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(selected().id)
  })
})
