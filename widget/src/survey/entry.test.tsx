import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { MountContext, Survey, SurveyBundle } from '../types.ts'
import { outboxKey } from '../shared/keys.ts'

const base = { version: 1, locale: 'en', sampling: 100, frequency: { mode: 'once' } } as const
const nps: Survey = { ...base, id: 'srv_nps', kind: 'nps', trigger: { type: 'manual' }, text: { question: 'How likely are you to recommend Acme?', followUps: {} } }
const csat: Survey = { ...base, id: 'srv_csat', kind: 'csat', trigger: { type: 'pageview' }, text: { question: 'How satisfied are you?', followUps: {} } }
const exit: Survey = { ...base, id: 'srv_exit', kind: 'exit', trigger: { type: 'manual' }, text: { question: 'Why are you leaving?', followUps: {}, commentPlaceholder: 'Anything we could have done better? (optional)' }, reasons: [{ id: 'no_longer_needed', label: 'No longer needed' }] }
const ctx = { host: 'http://api.test', site: 'pk_demo' } as MountContext
const open = () => [...document.querySelectorAll('stayloop-survey')].map((el) => (el as HTMLElement).dataset.survey)
let bundle: SurveyBundle

beforeAll(async () => {
  localStorage.clear()
  vi.stubGlobal('fetch', vi.fn(async (url: string) => ({
    ok: true,
    json: async () => ({ data: url.includes('/surveys') ? [nps, csat, exit] : [], throttle: { recontactDays: 30, blockedUntil: null } }),
  })))
  await import('./entry.tsx')
  bundle = (window as any).StayloopSurvey
})
afterEach(() => { bundle(ctx, 'close') })

const posts = () => vi.mocked(fetch).mock.calls.filter(([url]) => String(url).endsWith('/responses')).map(([, init]) => JSON.parse(String(init!.body)))

/** Opens the exit survey and picks its reason: the answer is stored unfinished, the comment step shows. */
async function atExitComment() {
  const before = posts().length
  void bundle(ctx, { kind: 'exit' })
  await vi.waitFor(() => expect(open()).toEqual(['srv_exit']))
  const root = document.querySelector('stayloop-survey')!.shadowRoot!
  root.querySelector<HTMLElement>('[role=radio]')!.click()
  await vi.waitFor(() => expect(root.querySelector<HTMLButtonElement>('button.p')!.disabled).toBe(false))
  root.querySelector<HTMLElement>('button.p')!.click()
  await vi.waitFor(() => expect(posts().slice(before)[0]).toMatchObject({ reason: 'no_longer_needed', finished: false }))
  return { posts, before, root }
}

describe('survey bundle', () => {
  it('an automatic trigger never replaces a survey that is open', async () => {
    void bundle(ctx, { id: 'srv_nps' })
    await vi.waitFor(() => expect(open()).toEqual(['srv_nps']))
    // A pageview or delay trigger firing late (a slow network) while the person answers.
    void bundle(ctx, csat)
    await new Promise((r) => setTimeout(r, 10))
    expect(open()).toEqual(['srv_nps'])
  })

  it('an automatic trigger opens when nothing is open; an explicit show() takes its place', async () => {
    void bundle(ctx, csat)
    await vi.waitFor(() => expect(open()).toEqual(['srv_csat']))
    void bundle(ctx, { id: 'srv_nps' })
    await vi.waitFor(() => expect(open()).toEqual(['srv_nps']))
    // Nobody dismissed the survey it replaced: no "dismissed" display is recorded for it.
    const displays = vi.mocked(fetch).mock.calls.filter(([url]) => String(url).endsWith('/displays')).map(([, init]) => JSON.parse(String(init!.body)))
    expect(displays.filter((d) => d.surveyId == 'srv_csat').map((d) => d.status)).not.toContain('dismissed')
  })

  it('show() of the survey already open keeps it and what was answered, and focuses it', async () => {
    void bundle(ctx, { ...nps, trigger: { type: 'pageview' } })
    await vi.waitFor(() => expect(open()).toEqual(['srv_nps']))
    const host = document.querySelector('stayloop-survey')!
    const radio = (name: RegExp) => [...host.shadowRoot!.querySelectorAll<HTMLElement>('[role=radio]')].find((r) => name.test(r.getAttribute('aria-label') ?? r.textContent ?? ''))!
    radio(/^9/).click()
    await vi.waitFor(() => expect(host.shadowRoot!.activeElement?.tagName).toBe('TEXTAREA'))
    // The person clicks a button of the page that asks for the same survey again.
    const button = document.body.appendChild(document.createElement('button'))
    button.focus()
    expect(host.shadowRoot!.activeElement).toBeNull()
    void bundle(ctx, { id: 'srv_nps' })
    await new Promise((r) => setTimeout(r, 50)) // show() looks the survey up first
    expect(document.querySelector('stayloop-survey')).toBe(host)
    expect(open()).toEqual(['srv_nps'])
    expect(host.shadowRoot!.activeElement?.tagName).toBe('TEXTAREA')
    // Closing gives focus back to that button.
    bundle(ctx, 'close')
    expect(document.activeElement).toBe(button)
    button.remove()
  })

  it('show() does not take focus from a field the person is typing in; the survey is announced', async () => {
    const field = document.body.appendChild(document.createElement('textarea'))
    field.focus()
    void bundle(ctx, { id: 'srv_nps' })
    await vi.waitFor(() => expect(open()).toEqual(['srv_nps']))
    const root = document.querySelector('stayloop-survey')!.shadowRoot!
    expect(document.activeElement).toBe(field)
    await vi.waitFor(() => expect(root.querySelector('[role=status]')!.textContent).toBe(nps.text.question))
    field.remove()
  })

  it('the field being typed in may sit inside a web component of the page', async () => {
    const component = document.body.appendChild(document.createElement('div'))
    const input = component.attachShadow({ mode: 'open' }).appendChild(document.createElement('input'))
    input.focus()
    void bundle(ctx, { id: 'srv_nps' })
    await vi.waitFor(() => expect(open()).toEqual(['srv_nps']))
    expect(component.shadowRoot!.activeElement).toBe(input)
    component.remove()
  })

  it('show() called without a click (no user activation) leaves focus where it is', async () => {
    Object.defineProperty(navigator, 'userActivation', { value: { isActive: false }, configurable: true })
    const button = document.body.appendChild(document.createElement('button'))
    button.focus()
    try {
      void bundle(ctx, { id: 'srv_nps' })
      await vi.waitFor(() => expect(open()).toEqual(['srv_nps']))
      expect(document.activeElement).toBe(button)
    } finally {
      delete (navigator as { userActivation?: unknown }).userActivation
      button.remove()
    }
  })

  it('exit() resolves as soon as the answer is known, while the survey still asks for a comment', async () => {
    const outcome = bundle(ctx, { kind: 'exit' })!
    await vi.waitFor(() => expect(open()).toEqual(['srv_exit']))
    const root = document.querySelector('stayloop-survey')!.shadowRoot!
    root.querySelector<HTMLElement>('[role=radio]')!.click()
    await vi.waitFor(() => expect(root.querySelector<HTMLButtonElement>('button.p')!.disabled).toBe(false))
    root.querySelector<HTMLElement>('button.p')!.click()
    const result = await Promise.race([outcome, new Promise((r) => setTimeout(() => r('still waiting'), 500))])
    expect(result).toEqual({ reason: 'no_longer_needed', offerAccepted: false })
    expect(open()).toEqual(['srv_exit'])
  })

  it('the exit comment follows the reason under the same answer id, and finishes it', async () => {
    const { posts, before, root } = await atExitComment()
    const box = await vi.waitFor(() => root.querySelector<HTMLTextAreaElement>('textarea')!)
    expect(root.getElementById('sl-q')!.textContent).toBe('Anything we could have done better? (optional)')
    box.value = 'Too few integrations'
    box.dispatchEvent(new Event('input', { bubbles: true }))
    await vi.waitFor(() => expect(root.querySelector<HTMLTextAreaElement>('textarea')!.value).toBe('Too few integrations'))
    root.querySelector<HTMLElement>('button.p')!.click()
    const { id } = posts().slice(before)[0]
    await vi.waitFor(() => expect(posts().slice(before).at(-1)).toMatchObject({ id, comment: 'Too few integrations', finished: true }))
    expect(new Set(posts().slice(before).map((p) => p.id))).toEqual(new Set([id]))
  })

  it('leaving the page at the exit comment step finishes the answer at once (without the unsent draft), so its alert need not wait', async () => {
    const beacons: { url: string; body: Record<string, unknown> }[] = []
    Object.defineProperty(navigator, 'sendBeacon', { configurable: true, value: (url: string, body: string) => (beacons.push({ url, body: JSON.parse(body) }), true) })
    const { posts, before, root } = await atExitComment()
    const { id } = posts().slice(before)[0]
    const box = await vi.waitFor(() => root.querySelector<HTMLTextAreaElement>('textarea')!)
    box.value = 'half a thought'
    box.dispatchEvent(new Event('input', { bubbles: true }))
    dispatchEvent(new Event('pagehide'))
    const sent = [...posts().slice(before), ...beacons.filter((b) => b.url.endsWith('/responses')).map((b) => b.body)]
    expect(sent).toContainEqual(expect.objectContaining({ id, finished: true }))
    expect(JSON.stringify(sent)).not.toContain('half a thought')
  })

  it('a score and then Escape finishes the answer at once, under the same id; Escape before any answer sends none', async () => {
    const before = posts().length
    void bundle(ctx, { id: 'srv_nps' })
    await vi.waitFor(() => expect(open()).toEqual(['srv_nps']))
    let root = document.querySelector('stayloop-survey')!.shadowRoot!
    root.querySelector<HTMLElement>('[role=dialog]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    await vi.waitFor(() => expect(open()).toEqual([]))
    expect(posts().length).toBe(before)

    void bundle(ctx, { id: 'srv_nps' })
    await vi.waitFor(() => expect(open()).toEqual(['srv_nps']))
    root = document.querySelector('stayloop-survey')!.shadowRoot!
    root.querySelector<HTMLElement>('[role=radio]')!.click()
    await vi.waitFor(() => expect(posts().slice(before)).toContainEqual(expect.objectContaining({ score: 0, finished: false })))
    const { id } = posts().slice(before)[0]
    root.querySelector<HTMLElement>('textarea')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    await vi.waitFor(() => expect(open()).toEqual([]))
    // The detractor's alert follows within a minute, not after the 30-minute sweep of abandoned answers.
    await vi.waitFor(() => expect(posts().slice(before).at(-1)).toMatchObject({ id, finished: true }))
    expect(new Set(posts().slice(before).map((p) => p.id))).toEqual(new Set([id]))
  })

  it('offline, the finishing write waits in the stored outbox, merged with the score it finishes', async () => {
    const online = vi.mocked(fetch).getMockImplementation()!
    vi.mocked(fetch).mockImplementation(async (url, init) => {
      if (String(url).endsWith('/responses')) throw new TypeError('Failed to fetch')
      return online(url, init)
    })
    try {
      void bundle(ctx, { id: 'srv_nps' })
      await vi.waitFor(() => expect(open()).toEqual(['srv_nps']))
      const root = document.querySelector('stayloop-survey')!.shadowRoot!
      root.querySelectorAll<HTMLElement>('[role=radio]')[2].click()
      await vi.waitFor(() => expect(root.querySelector('textarea')).not.toBeNull())
      root.querySelector<HTMLElement>('[role=dialog] .x')!.click()
      await vi.waitFor(() => expect(open()).toEqual([]))
      const queued = JSON.parse(localStorage.getItem(outboxKey(ctx.site))!).filter((i: { body: { score?: number } }) => i.body.score == 2)
      expect(queued).toHaveLength(1)
      expect(queued[0].body).toMatchObject({ score: 2, finished: true })
    } finally {
      vi.mocked(fetch).mockImplementation(online)
    }
  })
})

describe('a survey in a language the widget does not ship', () => {
  it('speaks it in its buttons, scale ends and reasons, with the words the server sent', async () => {
    const { WIDGET_STRINGS } = await import('../../../worker/domain/surveys/widget-strings.ts')
    const es = { ...exit, id: 'srv_exit_es', locale: 'es', text: { question: '¿Por qué te vas?', followUps: {} }, reasons: [{ id: 'too_expensive', label: 'too_expensive' }], ui: WIDGET_STRINGS.es } as Survey
    void bundle(ctx, es)
    await vi.waitFor(() => expect(open()).toEqual(['srv_exit_es']))
    const root = document.querySelector('stayloop-survey')!.shadowRoot!
    expect(root.querySelector('[role=dialog]')!.getAttribute('lang')).toBe('es')
    // A reason the survey has no label for in Spanish reads in the server's Spanish words.
    expect(root.querySelector('[role=radio]')!.textContent).toContain('Demasiado caro')
    expect([...root.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') || b.textContent)).toContain('Cerrar')
  })
})
