import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { Taxonomy } from './Taxonomy.tsx'
import { loadLang, setLang } from '../i18n/index.ts'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  setLang('en')
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

  it('shows a topic the API saved without examples, and saving keeps its strong keywords', async () => {
    let saved: { topics: Record<string, unknown>[] } | null = null
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      if (String(url).includes('/v1/taxonomy') && init?.method === 'PUT') return json((saved = JSON.parse(String(init.body))))
      if (String(url).includes('/v1/taxonomy')) return json({ topics: [{ id: 'billing_portal', name: 'Billing portal', keywords: ['billing portal'], strong: ['portal'] }], isDefault: false })
      return json({ error: { code: 'not_found', message: 'not here', requestId: 'req_1' } }, 404)
    }))
    const { container } = render(<Taxonomy />)
    await waitFor(() => expect(container.querySelectorAll('fieldset')).toHaveLength(1))
    expect(container.querySelector<HTMLInputElement>('fieldset input:not([disabled])')!.value).toBe('Billing portal')
    fireEvent.click(screen.getByRole('button', { name: 'Save topics' }))
    await waitFor(() => expect(saved).not.toBeNull())
    expect(saved!.topics[0]).toMatchObject({ id: 'billing_portal', keywords: ['billing portal'], strong: ['portal'] })
  })

  it('in Chinese, shows built-in topics translated but saves them under their stored names; an edited name is saved as typed', async () => {
    await loadLang('zh-Hans')
    setLang('zh-Hans')
    let saved: { topics: { id: string; name: string }[] } | null = null
    const defaults = [
      { id: 'pricing', name: 'Pricing', keywords: ['price'], examples: [] },
      { id: 'billing', name: 'Billing', keywords: ['invoice'], examples: [] },
      { id: 'support', name: 'Support', keywords: ['help'], examples: [] },
    ]
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      if (String(url).includes('/v1/taxonomy') && init?.method === 'PUT') return json((saved = JSON.parse(String(init.body))))
      if (String(url).includes('/v1/taxonomy')) return json({ topics: defaults, isDefault: true })
      return json({ error: { code: 'not_found', message: 'not here', requestId: 'req_1' } }, 404)
    }))
    const { container } = render(<Taxonomy />)
    await waitFor(() => expect(container.querySelectorAll('fieldset')).toHaveLength(3))
    const names = () => container.querySelectorAll<HTMLInputElement>('fieldset input:not([disabled])')
    expect(names()[0].value).toBe('价格')
    fireEvent.input(names()[2], { target: { value: '客服' } })
    fireEvent.click(screen.getByRole('button', { name: '添加主题' }))
    await waitFor(() => expect(container.querySelectorAll('fieldset')).toHaveLength(4))
    fireEvent.input(names()[3], { target: { value: 'Shipping' } })
    fireEvent.input(container.querySelectorAll<HTMLTextAreaElement>('fieldset textarea[rows="2"]')[3], { target: { value: 'shipping' } })
    const save = container.querySelector<HTMLButtonElement>('button[type=submit]')!
    await waitFor(() => expect(save.disabled).toBe(false))
    fireEvent.click(save)
    await waitFor(() => expect(saved).not.toBeNull())
    expect(saved!.topics.map((x) => x.name)).toEqual(['Pricing', 'Billing', '客服', 'Shipping'])
  })

  it('names the topic and keyword a keyword problem is about, before sending and when the server refuses', async () => {
    let puts = 0
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      if (String(url).includes('/v1/taxonomy') && init?.method === 'PUT') {
        puts++
        return json({ error: { code: 'invalid_request', message: 'topics.0.keywords.1: must keep at least 2 letters', requestId: 'req_1', details: [{ path: 'topics.0.keywords.1', message: 'must keep at least 2 letters' }] } }, 400)
      }
      if (String(url).includes('/v1/taxonomy')) return json({ topics: [{ id: 'integrations', name: 'Integrations', keywords: ['api'], examples: [] }], isDefault: false })
      return json({ error: { code: 'not_found', message: 'not here', requestId: 'req_1' } }, 404)
    }))
    const { container } = render(<Taxonomy />)
    await waitFor(() => expect(container.querySelectorAll('fieldset')).toHaveLength(1))
    const keywords = container.querySelector<HTMLTextAreaElement>('fieldset textarea[rows="2"]')!
    fireEvent.input(keywords, { target: { value: 'api, c++' } })
    expect(await screen.findByText('Keywords of “Integrations”: “c++” keeps fewer than 2 letters (or 1 Chinese character)')).toBeTruthy()
    const save = container.querySelector<HTMLButtonElement>('button[type=submit]')!
    expect(save.disabled).toBe(true)
    // A keyword this form lets through but the server refuses is named the same way, not by its path.
    fireEvent.input(keywords, { target: { value: 'api, sdk' } })
    await waitFor(() => expect(save.disabled).toBe(false))
    fireEvent.click(save)
    await waitFor(() => expect(puts).toBe(1))
    expect((await screen.findByText(/“sdk”/)).textContent).toBe('Keywords of “Integrations”: “sdk” keeps fewer than 2 letters (or 1 Chinese character)')
    expect(container.textContent).not.toContain('topics.0')
  })
})

