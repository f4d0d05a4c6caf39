import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { Taxonomy } from './Taxonomy.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('Taxonomy editor', () => {
  it('saves two newly added topics once both are filled in, with ids made from their names', async () => {
    let saved: { topics: { id: string }[] } | null = null
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      if (String(url).includes('/v1/taxonomy') && init?.method === 'PUT') {
        saved = JSON.parse(String(init.body))
        return json(saved)
      }
      if (String(url).includes('/v1/taxonomy')) return json({ topics: [{ id: 'pricing', name: 'Pricing', keywords: ['price'], examples: [] }], isDefault: false })
      // The text model panel below is not under test.
      return json({ error: { code: 'not_found', message: 'not here', requestId: 'req_1' } }, 404)
    }))
    const { container } = render(<Taxonomy />)
    const addButton = await screen.findByRole('button', { name: 'Add topic' })
    await waitFor(() => expect(container.querySelectorAll('fieldset')).toHaveLength(1))
    fireEvent.click(addButton)
    await waitFor(() => expect(container.querySelectorAll('fieldset')).toHaveLength(2))
    fireEvent.click(addButton)
    await waitFor(() => expect(container.querySelectorAll('fieldset')).toHaveLength(3))
    const save = screen.getByRole('button', { name: 'Save topics' }) as HTMLButtonElement
    // Unfilled: disabled, and the page says why.
    expect(save.disabled).toBe(true)
    expect(await screen.findByText('To save, fix the topics marked above (2).')).toBeTruthy()
    const names = container.querySelectorAll<HTMLInputElement>('fieldset input:not([disabled])')
    const keywords = container.querySelectorAll<HTMLTextAreaElement>('fieldset textarea[rows="2"]')
    for (const [i, name] of [[1, 'Shipping'], [2, 'Refunds']] as const) {
      fireEvent.input(names[i], { target: { value: name } })
      fireEvent.input(keywords[i], { target: { value: name.toLowerCase() } })
    }
    await waitFor(() => expect(save.disabled).toBe(false))
    expect(screen.queryByText(/To save, fix/)).toBeNull()
    fireEvent.click(save)
    await waitFor(() => expect(saved).not.toBeNull())
    expect(saved!.topics.map((x) => x.id)).toEqual(['pricing', 'shipping', 'refunds'])
  })
})
