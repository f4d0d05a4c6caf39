import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { Sites } from './Sites.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('Sites: identity verification', () => {
  it('turns it on and shows the new secret once; turning it off asks first', async () => {
    let verifying = false
    const calls: string[] = []
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET'
      calls.push(`${method} ${url}`)
      if (url.endsWith('/identity-secret') && method === 'POST') return (verifying = true), json({ identitySecret: 'idsec_new', previousValidUntil: null }, 201)
      if (url.endsWith('/identity-secret') && method === 'DELETE') return (verifying = false), new Response(null, { status: 204 })
      return json({ data: [{ id: 'site_1', name: 'Web app', siteKey: 'pk_1', allowedOrigins: ['https://app.example.com'], identityVerification: verifying, createdAt: 0 }], nextCursor: null, total: 1 })
    }))
    render(<Sites />)
    expect(await screen.findByText('Identity verification off')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Turn on' }))
    expect(await screen.findByText('idsec_new')).toBeTruthy()
    expect(await screen.findByText('Identity verification on')).toBeTruthy()
    // On, the same button rotates the secret.
    expect(screen.getByRole('button', { name: 'Rotate secret' })).toBeTruthy()

    const ask = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true)
    fireEvent.click(screen.getByRole('button', { name: 'Turn off' }))
    expect(calls.some((c) => c.startsWith('DELETE'))).toBe(false)
    fireEvent.click(screen.getByRole('button', { name: 'Turn off' }))
    await waitFor(() => expect(calls.some((c) => c === 'DELETE /v1/sites/site_1/identity-secret')).toBe(true))
    expect(ask).toHaveBeenCalledTimes(2)
    expect(await screen.findByText('Identity verification off')).toBeTruthy()
  })
})
