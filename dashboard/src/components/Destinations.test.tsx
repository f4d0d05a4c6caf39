import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { Destinations } from './Destinations.tsx'
import type { Destination } from '../lib/types.ts'
import { loadLang, setLang } from '../i18n/index.ts'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  setLang('en')
})

const hook: Destination = { id: 'dst_1', kind: 'webhook', name: 'Ops hook', url: 'https://example.com/hook', filters: { kinds: ['detractor'] }, digest: false, enabled: true, previousSecretExpiresAt: null }
const taxonomy = { topics: [{ id: 'pricing', name: 'Pricing', keywords: ['price'], examples: [] }, { id: 'exports', name: 'Exports', keywords: ['csv'], examples: [] }] }

// A stand-in API: records what is sent, answers from a small state.
function stubApi(answers: { patch?: Record<string, unknown>; postError?: unknown; hook?: Destination; test?: unknown } = {}) {
  let current = { ...(answers.hook ?? hook) }
  const sent: { method: string; url: string; body: unknown }[] = []
  const fetch = vi.fn(async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET'
    const body = init.body ? JSON.parse(String(init.body)) : undefined
    sent.push({ method, url, body })
    const json = (v: unknown) => new Response(JSON.stringify(v), { status: 200, headers: { 'content-type': 'application/json' } })
    if (url === '/v1/taxonomy') return json(taxonomy)
    if (method === 'POST' && url.endsWith('/test') && answers.test) return json(answers.test)
    if (method === 'POST' && url === '/v1/destinations' && answers.postError) return new Response(JSON.stringify(answers.postError), { status: 400, headers: { 'content-type': 'application/json' } })
    if (method === 'POST' && url === '/v1/destinations') return json({ ...hook, id: 'dst_new', ...body, secret: 'whsec_FIRST' })
    if (url === '/v1/destinations') return json({ data: [current], nextCursor: null, total: 1 })
    if (method === 'PATCH') {
      current = { ...current, ...(body.filters ? { filters: body.filters } : {}), ...(body.digest !== undefined ? { digest: body.digest } : {}) }
      return json({ ...current, ...(answers.patch ?? {}) })
    }
    return new Response(null, { status: 404 })
  })
  vi.stubGlobal('fetch', fetch)
  return sent
}

describe('Destinations', () => {
  it('edits every filter and sends them as one filter object', async () => {
    const sent = stubApi()
    const { container } = render(<Destinations />)
    fireEvent.click(await screen.findByText('Edit'))
    const form = container.querySelector('form[data-editing="dst_1"]')!
    const box = (name: string, value: string) => form.querySelector(`input[name=${name}][value=${value}]`) as HTMLInputElement
    await waitFor(() => expect(box('topics', 'exports')).toBeTruthy())
    expect(box('kinds', 'detractor').checked).toBe(true)
    fireEvent.click(box('kinds', 'exit'))
    fireEvent.click(box('tiers', 'high'))
    fireEvent.click(box('topics', 'exports'))
    fireEvent.change(form.querySelector('select[name=minSeverity]')!, { target: { value: 'high' } })
    fireEvent.input(form.querySelector('input[name=valueTiers]')!, { target: { value: 'top, enterprise' } })
    fireEvent.click(form.querySelector('input[name=digest]')!)
    fireEvent.click(screen.getByText('Save changes'))
    await waitFor(() => expect(sent.some((s) => s.method === 'PATCH')).toBe(true))
    const patch = sent.find((s) => s.method === 'PATCH')!
    expect(patch.url).toBe('/v1/destinations/dst_1')
    expect(patch.body).toEqual({
      filters: { kinds: ['detractor', 'exit'], minSeverity: 'high', tiers: ['high'], topics: ['exports'], valueTiers: ['top', 'enterprise'] },
      digest: true,
    })
    // Back to the list, which shows the filters in words.
    await waitFor(() => expect(container.querySelector('[data-filters]')?.textContent).toContain('Exports'))
  })

  it('creates a destination with its filters and shows its first secret once', async () => {
    const sent = stubApi()
    const { container } = render(<Destinations />)
    fireEvent.click(await screen.findByText('Add destination'))
    const form = container.querySelector('form[data-editing="new"]')!
    fireEvent.input(form.querySelector('input[name=name]')!, { target: { value: 'Churn desk' } })
    fireEvent.input(form.querySelector('input[name=url]')!, { target: { value: 'https://hooks.example.com/churn' } })
    fireEvent.click(form.querySelector('input[name=kinds][value=high_value_at_risk]')!)
    fireEvent.change(form.querySelector('select[name=minSeverity]')!, { target: { value: 'critical' } })
    fireEvent.click(screen.getByText('Create'))
    await screen.findByText('whsec_FIRST')
    expect(sent.find((s) => s.method === 'POST')?.body).toEqual({
      kind: 'webhook', name: 'Churn desk', url: 'https://hooks.example.com/churn', filters: { kinds: ['high_value_at_risk'], minSeverity: 'critical' }, digest: false,
    })
    // A first secret has no previous one to mention.
    expect(container.querySelector('[data-secret-once]')?.textContent).not.toMatch(/previous secret/)
  })

  it('shows a rotated secret once, with the overlap, and never again', async () => {
    const until = Date.now() + 24 * 3_600_000
    const sent = stubApi({ patch: { secret: 'whsec_NEWSECRET', previousSecretExpiresAt: until } })
    vi.stubGlobal('confirm', () => true)
    const { container } = render(<Destinations />)
    fireEvent.click(await screen.findByText('Rotate secret'))
    await screen.findByText('whsec_NEWSECRET')
    expect(sent.find((s) => s.method === 'PATCH')?.body).toEqual({ rotateSecret: true })
    expect(container.querySelector('[data-secret-once]')?.textContent).toMatch(/about 24 hours/)
    fireEvent.click(screen.getByText('I have saved it'))
    await waitFor(() => expect(container.querySelector('[data-secret-once]')).toBeNull())
    expect(container.textContent).not.toContain('whsec_NEWSECRET')
  })

  it('does not rotate when the confirmation is declined', async () => {
    const sent = stubApi()
    vi.stubGlobal('confirm', () => false)
    render(<Destinations />)
    fireEvent.click(await screen.findByText('Rotate secret'))
    expect(sent.some((s) => s.method === 'PATCH')).toBe(false)
  })

  it('says a non-web URL is refused before sending, and a URL the server refuses in the reader\'s language', async () => {
    const sent = stubApi({ postError: { error: { code: 'invalid_request', message: 'url: private, loopback or reserved IPv4 address', requestId: 'req_1', details: [{ path: 'url', message: 'private, loopback or reserved IPv4 address' }] } } })
    const { container } = render(<Destinations />)
    fireEvent.click(await screen.findByText('Add destination'))
    const form = container.querySelector('form[data-editing="new"]')!
    fireEvent.input(form.querySelector('input[name=name]')!, { target: { value: 'Files' } })
    fireEvent.input(form.querySelector('input[name=url]')!, { target: { value: 'ftp://example.com/x' } })
    fireEvent.click(screen.getByText('Create'))
    expect((await screen.findByRole('alert')).textContent).toBe('Enter an https:// URL')
    expect(sent.some((s) => s.method === 'POST')).toBe(false)
    await loadLang('zh-Hans')
    setLang('zh-Hans')
    fireEvent.input(form.querySelector('input[name=url]')!, { target: { value: 'https://10.0.0.8/x' } })
    fireEvent.submit(form)
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('此网址无法接收提醒，请输入公网 https:// 网址（private, loopback or reserved IPv4 address）'))
    expect(screen.getByRole('alert').textContent).not.toContain('url:')
  })

  it('lists a disabled destination\'s reason with a local date, and value tiers in the reader\'s language', async () => {
    await loadLang('zh-Hans')
    setLang('zh-Hans')
    stubApi({ hook: { ...hook, enabled: false, disabledReason: 'target answered 410 Gone on 2026-12-05T06:33:02.138Z', disabled: { code: 'gone', at: Date.parse('2026-12-05T06:33:02.138Z') }, filters: { valueTiers: ['high', 'enterprise'] } } })
    const { container } = render(<Destinations />)
    await waitFor(() => expect(container.querySelector('[data-filters]')?.textContent).toBe('价值等级 高 · 价值等级 enterprise'))
    const reason = container.querySelector('.dest-main .bad-text')!.textContent!
    expect(reason).toMatch(/^已停用：接收方于 2026年12月\d+日.* 回复 410 Gone$/)
  })

  it('says why a test send got no answer in the reader\'s language', async () => {
    await loadLang('zh-Hant')
    setLang('zh-Hant')
    stubApi({ test: { ok: false, status: null, body: '', error: 'timed out after 10000 ms', problem: { code: 'timeout', timeoutMs: 10_000 } } })
    const { container } = render(<Destinations />)
    fireEvent.click(await screen.findByText('發送測試提醒'))
    await waitFor(() => expect(container.querySelector('.note.error')?.textContent).toBe('逾時：10,000 毫秒內無響應'))
  })
})
