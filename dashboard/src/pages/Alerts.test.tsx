import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact'
import { Alerts } from './Alerts.tsx'
import type { Alert, Delivery } from '../lib/types.ts'
import { loadLang, setLang } from '../i18n/index.ts'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  setLang('en')
})

const failed: Delivery = {
  id: 'dlv_1', alertId: 'alt_1', destinationId: 'dst_1', destinationName: 'Support webhook', destinationKind: 'slack', kind: 'risk_escalated', status: 'failed',
  attempts: 3, lastStatus: null, lastError: 'connection refused', createdAt: Date.now() - 60_000, deliveredAt: null, attemptsLog: [],
}
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
const delivery = (i: number, over: Partial<Delivery> = {}): Delivery => ({ ...failed, id: `dlv_${i}`, alertId: `alt_${i}`, createdAt: 1_700_000_000_000 - i * 1000, ...over })
const alert = (i: number, over: Partial<Alert> = {}): Alert => ({
  id: `alt_${i}`, kind: 'detractor', severity: 'high', customerId: `cust_${i}`, responseId: null, createdAt: 1_700_000_000_000 - i * 1000,
  data: { customer: { id: `cust_${i}` }, trigger: `NPS ${i % 7} (detractor: 0-6)` }, deliveries: [], ...over,
})
const page = <T,>(data: T[], total: number, nextCursor: string | null = null) => json({ data, nextCursor, total })

describe('Alerts page: replaying a failed delivery', () => {
  it('confirms the replay, shows the delivery pending where it was, and keeps focus on its button', async () => {
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      if (String(url).includes('/replay') && init?.method === 'POST') return json({ id: failed.id, status: 'pending' }, 202)
      return page(String(url).startsWith('/v1/deliveries') ? [failed] : [], 1)
    }))
    render(<Alerts path="/alerts" query={new URLSearchParams('status=failed')} params={{}} />)
    const button = await screen.findByRole('button', { name: 'Replay' })
    button.focus()
    fireEvent.click(button)
    expect(await screen.findByText('Queued again: Support webhook')).toBeTruthy()
    const row = document.querySelector('[data-delivery="dlv_1"]') as HTMLElement
    expect(within(row).getByText('Pending')).toBeTruthy()
    expect(document.activeElement?.textContent).toBe('Queued again')
    expect(document.activeElement?.getAttribute('aria-disabled')).toBe('true')
  })

  it('says why a replay was refused, in the reader\'s language, from the refusal\'s facts', async () => {
    await loadLang('zh-Hans')
    setLang('zh-Hans')
    const refusal = { error: { code: 'conflict', message: 'The destination is disabled (target answered 410 Gone on 2026-03-01T10:00:00.000Z); enable it, then replay', requestId: 'req_1',
      details: [{ path: 'destination', message: 'disabled', problem: { code: 'destination_disabled', reason: { code: 'gone', at: Date.UTC(2026, 2, 1, 10) } } }] } }
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      if (String(url).includes('/replay') && init?.method === 'POST') return json(refusal, 409)
      return page(String(url).startsWith('/v1/deliveries') ? [failed] : [], 1)
    }))
    render(<Alerts path="/alerts" query={new URLSearchParams('status=failed')} params={{}} />)
    fireEvent.click(await screen.findByRole('button', { name: '重新投递' }))
    const note = await screen.findByText(/请先启用该目的地/)
    expect(note.textContent).toMatch(/^已停用：接收方于 .*2026.* 回复 410 Gone。请先启用该目的地，再重新投递。$/)
    expect(note.textContent).not.toMatch(/enable|disabled/)
  })

  it("names a delivery's destination kind and alert kind in words, never raw keys like dest_risk_escalated", async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ data: [failed], nextCursor: null })))
    const { container } = render(<Alerts path="/alerts" query={new URLSearchParams()} params={{}} />)
    expect(await screen.findByText('Slack · Risk escalated')).toBeTruthy()
    expect(container.textContent).not.toMatch(/dest_|alert_/)
  })
})

describe('Alerts page: paging past the first 100', () => {
  it('loads the failed deliveries after the newest 100 with their cursor, says how many of the total are shown, and moves focus to the first new row', async () => {
    const urls: string[] = []
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      urls.push(String(url))
      if (String(url).startsWith('/v1/alerts')) return page([], 0)
      return String(url).includes('cursor=c1')
        ? page([delivery(100), delivery(101)], 102)
        : page(Array.from({ length: 100 }, (_, i) => delivery(i)), 102, 'c1')
    }))
    const { container } = render(<Alerts path="/alerts" query={new URLSearchParams('status=failed')} params={{}} />)
    expect(await screen.findByText('Showing 100 of 102')).toBeTruthy()
    expect(screen.getByText('Showing 100 of 102').getAttribute('role')).toBe('status')
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }))
    expect(await screen.findByText('Showing 102 of 102')).toBeTruthy()
    expect(urls.find((u) => u.includes('cursor=c1'))).toMatch(/^\/v1\/deliveries\?status=failed&limit=100&cursor=c1$/)
    expect(container.querySelectorAll('tr[data-delivery]')).toHaveLength(102)
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull()
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.delivery).toBe('dlv_100'))
    // The 101st delivery can be replayed from the page.
    expect(within(document.activeElement as HTMLElement).getByRole('button', { name: 'Replay' })).toBeTruthy()
  })

  it('pages the Alerts tab too', async () => {
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      if (String(url).startsWith('/v1/destinations')) return page([], 0)
      return String(url).includes('cursor=a1') ? page([alert(100)], 101) : page(Array.from({ length: 100 }, (_, i) => alert(i)), 101, 'a1')
    }))
    render(<Alerts path="/alerts" query={new URLSearchParams('tab=alerts')} params={{}} />)
    expect(await screen.findByText('Showing 100 of 101')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }))
    expect(await screen.findByRole('link', { name: 'cust_100' })).toBeTruthy()
    expect(screen.getByText('Showing 101 of 101')).toBeTruthy()
  })
})

describe('Alerts page: whom a delivery is about', () => {
  it('names and links the customer, with the trigger and the start of the comment, from the delivery itself', async () => {
    const urls: string[] = []
    const comment = 'Reports take forever to load every single morning and the export button times out before anything arrives in my inbox'
    const none = { customerId: null, customerName: null, trigger: null, comment: null }
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      urls.push(String(url))
      return page([
        delivery(1, { about: { customerId: 'cust_42', customerName: 'Ada Lovelace', trigger: 'NPS 3 (detractor: 0-6)', comment } }),
        delivery(2, { status: 'dead', about: { ...none, customerId: 'cust_7', trigger: 'Risk rose from medium to high (78)' } }),
        delivery(3, { kind: 'digest', alertId: 'alt_digest', about: none }),
      ], 3)
    }))
    render(<Alerts path="/alerts" query={new URLSearchParams()} params={{}} />)
    const ada = await screen.findByRole('link', { name: 'Ada Lovelace' })
    expect(ada.getAttribute('href')).toBe('/app/customers/cust_42')
    const first = ada.closest('tr') as HTMLElement
    expect(within(first).getByText(/NPS 3 \(detractor: 0-6\)/)).toBeTruthy()
    expect(first.querySelector('q')?.textContent).toMatch(/^Reports take forever to load every single morning.*…$/)
    expect(screen.getByRole('link', { name: 'cust_7' }).getAttribute('href')).toBe('/app/customers/cust_7')
    expect(screen.getByText(/Risk rose from medium to high/)).toBeTruthy()
    expect(screen.getByText('Several customers, in one digest')).toBeTruthy()
    // One request for the list: no per-row or per-alert reads.
    expect(urls.filter((u) => u.startsWith('/v1/alerts'))).toEqual([])
  })
})

describe('Alerts page: the Alerts tab', () => {
  const waiting = alert(1, { deliveries: [{ id: 'dlv_a', destinationId: 'dst_1', status: 'digest', attempts: 0 }, { id: 'dlv_b', destinationId: 'dst_2', status: 'delivered', attempts: 1 }] })
  const stub = () => vi.stubGlobal('fetch', vi.fn(async (url: string) => String(url).startsWith('/v1/destinations')
    ? page([{ id: 'dst_1', kind: 'slack', name: 'Ops channel', url: 'https://hooks.slack.com/x' }, { id: 'dst_2', kind: 'webhook', name: 'CRM', url: 'https://crm.example/hook' }], 2)
    : page([waiting], 1)))

  it('says a delivery waits for the daily digest in words, and names each destination', async () => {
    stub()
    const { container } = render(<Alerts path="/alerts" query={new URLSearchParams('tab=alerts')} params={{}} />)
    expect(await screen.findByText('Ops channel (Slack): Waiting for the daily digest')).toBeTruthy()
    expect(screen.getByText('CRM (Webhook): Delivered · 1×')).toBeTruthy()
    expect(container.textContent).not.toMatch(/v_digest/)
  })

  it('says it in Simplified and Traditional Chinese', async () => {
    await Promise.all([loadLang('zh-Hans'), loadLang('zh-Hant')])
    for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
      setLang(lang)
      stub()
      render(<Alerts path="/alerts" query={new URLSearchParams('tab=alerts')} params={{}} />)
      expect(await screen.findByText('Ops channel (Slack): 等待每日摘要')).toBeTruthy()
      cleanup()
    }
  })
})

describe('Alerts page: tabs', () => {
  it('follows the WAI-ARIA tabs pattern: one tab stop, aria-controls to a labelled tabpanel', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ data: [], nextCursor: null })))
    render(<Alerts path="/alerts" query={new URLSearchParams('tab=alerts')} params={{}} />)
    const selected = screen.getByRole('tab', { selected: true })
    expect(selected.tabIndex).toBe(0)
    expect(screen.getAllByRole('tab').filter((x) => x.tabIndex === 0)).toHaveLength(1)
    const panel = screen.getByRole('tabpanel')
    expect(selected.getAttribute('aria-controls')).toBe(panel.id)
    expect(panel.getAttribute('aria-labelledby')).toBe(selected.id)
  })
})

describe('Alerts page: deliveries in the reader\'s words', () => {
  const goneAt = Date.parse('2026-12-05T06:33:02.138Z')
  const timeout = { code: 'timeout', timeoutMs: 10_000 } as const
  const rows = () => page([
    delivery(1, { kind: 'detractor', lastStatus: 410, lastError: 'HTTP 410', problem: { code: 'http_status', status: 410, detail: null },
      about: { customerId: 'cust_1', customerName: null, trigger: 'NPS 0 (detractor: 0-6)', comment: null, why: { surveyKind: 'nps', score: 0 } } }),
    delivery(2, { kind: 'risk_escalated', lastError: 'destination disabled: target answered 410 Gone on 2026-12-05T06:33:02.138Z',
      problem: { code: 'destination_disabled', reason: { code: 'gone', at: goneAt } },
      about: { customerId: 'cust_2', customerName: null, trigger: 'Risk rose from medium to high (78/100)', comment: null, why: { riskTier: 'high', previousTier: 'medium', riskScore: 78 } } }),
    delivery(3, { kind: 'detractor', lastError: 'timed out after 10000 ms', problem: timeout,
      attemptsLog: [{ at: goneAt, statusCode: null, error: 'timed out after 10000 ms', problem: timeout, durationMs: 10_004 }],
      about: { customerId: 'cust_3', customerName: null, trigger: 'NPS 3 (detractor: 0-6)', comment: null, why: { surveyKind: 'nps', score: 3 } } }),
  ], 3)

  it('says the HTTP status once, and dates in the reader\'s locale', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => rows()))
    render(<Alerts path="/alerts" query={new URLSearchParams('tab=deliveries')} params={{}} />)
    const first = (await screen.findByRole('link', { name: 'cust_1' })).closest('tr') as HTMLElement
    expect(first.querySelector('td.clip')?.textContent).toBe('HTTP 410')
    const second = document.querySelector('[data-delivery="dlv_2"] td.clip')!.textContent!
    expect(second).toMatch(/^Disabled: the receiver answered 410 Gone on Dec \d+, 2026/)
    expect(second).not.toContain('2026-12-05T')
    expect(document.querySelector('[data-delivery="dlv_3"] td.clip')!.textContent).toBe('Timed out after 10,000 ms')
  })

  it('tells a Chinese reader why a delivery failed, in Chinese: a timeout, and a 410 with its local date', async () => {
    await loadLang('zh-Hans')
    setLang('zh-Hans')
    vi.stubGlobal('fetch', vi.fn(async () => rows()))
    render(<Alerts path="/alerts" query={new URLSearchParams('tab=deliveries')} params={{}} />)
    const third = (await screen.findByRole('link', { name: 'cust_3' })).closest('tr') as HTMLElement
    expect(third.querySelector('td.clip')!.textContent).toBe('超时：10,000 毫秒内无响应')
    expect(document.querySelector('[data-delivery="dlv_2"] td.clip')!.textContent).toMatch(/^已停用：接收方于 2026年12月\d+日.* 回复 410 Gone$/)
    fireEvent.click(within(third).getByRole('button', { name: '尝试记录' }))
    expect(document.querySelector('ol.attempts li .bad-text')!.textContent).toBe('超时：10,000 毫秒内无响应')
    expect(document.body.textContent).not.toMatch(/timed out|target answered|destination disabled|Disabled/)
  })

  it('builds the trigger in Chinese from the facts the API sends', async () => {
    await loadLang('zh-Hans')
    setLang('zh-Hans')
    vi.stubGlobal('fetch', vi.fn(async () => rows()))
    render(<Alerts path="/alerts" query={new URLSearchParams('tab=deliveries')} params={{}} />)
    const first = (await screen.findByRole('link', { name: 'cust_1' })).closest('tr') as HTMLElement
    expect(within(first).getByText('NPS 0')).toBeTruthy()
    expect(screen.getByText('风险从中升至高（78/100）')).toBeTruthy()
    expect(document.body.textContent).not.toMatch(/detractor: 0-6|Risk rose|target answered/)
  })
})
