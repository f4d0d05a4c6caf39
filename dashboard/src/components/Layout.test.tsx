import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { Layout } from './Layout.tsx'
import { loadLang, setLang } from '../i18n/index.ts'

// The Chinese tables load on demand in the app; these tests read them.
beforeAll(() => Promise.all([loadLang('zh-Hans'), loadLang('zh-Hant')]))

afterEach(() => {
  cleanup()
  setLang('en')
})

const page = (path: string, heading: string) => (
  <Layout path={path} workspace="Acme" onLang={() => {}} onSignOut={() => {}}>
    <h1>{heading}</h1>
    <button type="button">inside</button>
  </Layout>
)

describe('Layout: keyboard and screen-reader users', () => {
  it('offers "Skip to content" as the first focusable element, which moves focus to the page heading', () => {
    const { container } = render(page('/themes', 'Themes'))
    const first = container.querySelector('a[href], button, select, input, [tabindex]:not([tabindex="-1"])')
    expect(first?.textContent).toBe('Skip to content')
    fireEvent.click(first!)
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }))
  })

  it('names the tab after the page, in the UI language', () => {
    render(page('/themes', 'Themes'))
    expect(document.title).toBe('Themes · Stayloop')
    cleanup()
    setLang('zh-Hans')
    render(page('/taxonomy', '话题'))
    expect(document.title).toBe('主题 · Stayloop')
  })

  it('moves focus to the main heading on a route change, but not on first load', () => {
    const { rerender } = render(page('/themes', 'Themes'))
    expect(document.activeElement).toBe(document.body)
    rerender(page('/cohorts', 'Cohorts'))
    const h1 = screen.getByRole('heading', { level: 1 })
    expect(h1.textContent).toBe('Cohorts')
    expect(document.activeElement).toBe(h1)
    expect(h1.getAttribute('tabindex')).toBe('-1')
  })

  it('closes the phone menu on Escape and gives focus back to the menu button', async () => {
    const { container } = render(page('/', 'Overview'))
    const menu = screen.getByRole('button', { name: 'Menu' })
    fireEvent.click(menu)
    expect(menu.getAttribute('aria-expanded')).toBe('true')
    screen.getByRole('link', { name: 'Themes' }).focus()
    await act(() => { fireEvent.keyDown(document.activeElement!, { key: 'Escape' }) })
    expect(menu.getAttribute('aria-expanded')).toBe('false')
    expect(container.querySelector('.shell')?.classList.contains('menu-open')).toBe(false)
    expect(document.activeElement).toBe(menu)
  })
})
