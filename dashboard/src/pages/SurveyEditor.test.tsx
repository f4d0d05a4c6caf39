import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { SurveyEditor } from './SurveyEditor.tsx'
import { newSurvey } from '../lib/survey-draft.ts'

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

describe('Survey editor: saving', () => {
  it('keeps focus on Save changes while saving, ignores a second click, and announces the save', async () => {
    const survey = { ...newSurvey('nps', 'en', 'Quarterly NPS'), id: 's1', version: 1 }
    let release = () => {}
    const patched = new Promise<void>((r) => (release = r))
    const fetch = vi.fn(async (url: string, init?: RequestInit) => {
      const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })
      if (init?.method === 'PATCH') return patched.then(() => json({ ...survey, version: 2 }))
      return json(url === '/v1/surveys/s1' ? survey : { data: [], nextCursor: null })
    })
    vi.stubGlobal('fetch', fetch)
    render(<SurveyEditor path="/surveys/s1" query={new URLSearchParams()} params={{ id: 's1' }} />)
    const save = await screen.findByRole('button', { name: 'Save changes' })
    const status = screen.getByRole('status')
    save.focus()
    fireEvent.click(save)
    await screen.findByRole('button', { name: 'Saving…' })
    expect(document.activeElement).toBe(save)
    expect(save.hasAttribute('disabled')).toBe(false)
    expect(save.getAttribute('aria-disabled')).toBe('true')
    fireEvent.click(save)
    release()
    await waitFor(() => expect(status.textContent).toBe('Saved (version 2).'))
    expect(document.activeElement).toBe(save)
    expect(fetch.mock.calls.filter(([, init]) => (init as RequestInit | undefined)?.method === 'PATCH')).toHaveLength(1)
  })
})
