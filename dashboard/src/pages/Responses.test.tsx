import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, render, screen, waitFor } from '@testing-library/preact'
import { Responses } from './Responses.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('Responses page', () => {
  it('a link filtering by a removed topic lists every answer and says the topic is gone, never sending it', async () => {
    const urls: string[] = []
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      urls.push(String(url))
      if (String(url).startsWith('/v1/taxonomy')) return json({ topics: [{ id: 'pricing', name: 'Pricing', keywords: ['price'], examples: [] }], isDefault: false })
      if (String(url).startsWith('/v1/responses') && String(url).includes('topic=')) {
        return json({ error: { code: 'invalid_request', message: 'topic: not in the taxonomy: competitor (GET /v1/taxonomy lists the topics)', requestId: 'req_1' } }, 400)
      }
      return json({ data: [], nextCursor: null, total: 0 })
    }))
    render(<Responses path="/responses" query={new URLSearchParams('topic=competitor')} params={{}} />)
    expect(await screen.findByText(/The topic “competitor” no longer exists/)).toBeTruthy()
    await waitFor(() => expect(urls.some((u) => u.startsWith('/v1/responses'))).toBe(true))
    expect(urls.filter((u) => u.startsWith('/v1/responses') && u.includes('topic='))).toEqual([])
    expect(document.body.textContent).not.toContain('not in the taxonomy')
    expect(screen.getByRole('button', { name: 'Clear' })).toBeTruthy()
  })
})
