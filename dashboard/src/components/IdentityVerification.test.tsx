import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { IdentityVerification } from './IdentityVerification.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('Identity verification', () => {
  it('turns on after asking and shows the secret once; rotating says the old one lasts a day; turning off asks and hides the secret', async () => {
    let verifying = false, made = 0
    const calls: string[] = []
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET'
      calls.push(`${method} ${url}`)
      if (url.endsWith('/identity-secret') && method === 'POST') {
        const replaced = verifying
        verifying = true
        return json({ identitySecret: `idsec_${++made}`, previousValidUntil: replaced ? Date.now() + 86_400_000 : null }, 201)
      }
      if (url.endsWith('/identity-secret') && method === 'DELETE') return (verifying = false), new Response(null, { status: 204 })
      return json({ id: 'ws', name: 'Acme', settings: {}, identityVerification: verifying })
    }))
    const ask = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValue(true)
    render(<IdentityVerification />)
    expect(await screen.findByText('Off')).toBeTruthy()
    // Declined: nothing sent.
    fireEvent.click(screen.getByRole('button', { name: 'Turn on' }))
    expect(calls.some((c) => c.startsWith('POST'))).toBe(false)
    fireEvent.click(screen.getByRole('button', { name: 'Turn on' }))
    expect(await screen.findByText('idsec_1')).toBeTruthy()
    expect(await screen.findByText('On')).toBeTruthy()
    expect(screen.getByRole('status').textContent).not.toContain('24 more hours')
    fireEvent.click(screen.getByRole('button', { name: 'Rotate secret' }))
    expect(await screen.findByText('idsec_2')).toBeTruthy()
    expect(screen.getByRole('status').textContent).toContain('24 more hours')
    fireEvent.click(screen.getByRole('button', { name: 'Turn off' }))
    await waitFor(() => expect(calls).toContain('DELETE /v1/workspace/identity-secret'))
    expect(await screen.findByText('Off')).toBeTruthy()
    expect(screen.queryByText('idsec_2')).toBeNull()
    expect(ask).toHaveBeenCalledTimes(4)
  })
})
