import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { AtRisk } from './AtRisk.tsx'
import { loadLang, setLang } from '../i18n/index.ts'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  setLang('en')
})

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })
const customer = (i: number) => ({ id: `cust_${i}`, plan: null, revenue: 10, valueTier: null, traits: {}, score: 80, tier: 'high', reasons: [], computedAt: 0 })

describe('At-risk page', () => {
  it('loads the rows past the first 100, and names the default tab for what it lists', async () => {
    const urls: string[] = []
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      urls.push(String(url))
      const second = String(url).includes('cursor=')
      return json({ data: second ? [customer(101)] : Array.from({ length: 100 }, (_, i) => customer(i)), total: 101, nextCursor: second ? null : 'c1' })
    }))
    const { container } = render(<AtRisk path="/at-risk" query={new URLSearchParams()} params={{}} />)
    expect(await screen.findByText('Showing 100 of 101')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'High + medium' }).getAttribute('aria-pressed')).toBe('true')
    expect(urls[0]).toContain('tier=high%2Cmedium')
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }))
    await waitFor(() => expect(container.querySelectorAll('tbody tr')).toHaveLength(101))
    // The count says all are shown (announced), and focus moves to the first row added.
    expect(screen.getByText('Showing 101 of 101')).toBeTruthy()
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^cust_101/))
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull()
  })

  it('names common value tiers in the reader\'s language, and a tier of the customer data\'s own as written', async () => {
    await loadLang('zh-Hans')
    setLang('zh-Hans')
    vi.stubGlobal('fetch', vi.fn(async () => json({ data: [{ ...customer(1), valueTier: 'low' }, { ...customer(2), valueTier: 'Top' }, { ...customer(3), valueTier: 'enterprise' }], total: 3, nextCursor: null })))
    const { container } = render(<AtRisk path="/at-risk" query={new URLSearchParams()} params={{}} />)
    await waitFor(() => expect(container.querySelectorAll('tbody tr')).toHaveLength(3))
    const tiers = [...container.querySelectorAll('tbody tr td:first-child .muted')].map((x) => x.textContent)
    expect(tiers).toEqual(['价值等级 低', '价值等级 最高', '价值等级 enterprise'])
  })
})
