// The survey bundle where the browser refuses localStorage (blocked site data): the survey still
// shows and the answer still goes out, kept in memory for this page.
import { afterAll, beforeAll, expect, it, vi } from 'vitest'
import type { MountContext, Survey, SurveyBundle } from '../types.ts'

const nps = { id: 'srv_nps', kind: 'nps', version: 1, locale: 'en', sampling: 100, trigger: { type: 'manual' }, frequency: { mode: 'once' }, text: { question: 'How likely?', followUps: {} } } as Survey
const ctx = { host: 'http://api.test', site: 'pk_demo', recontactDays: 90 } as MountContext
const real = Object.getOwnPropertyDescriptor(window, 'localStorage')!
const fetchMock = vi.fn(async (url: string, _init?: RequestInit) => ({
  ok: true,
  status: 201,
  headers: new Headers(),
  json: async () => ({ data: url.includes('/surveys') ? [nps] : [], throttle: { recontactDays: 90, blockedUntil: null } }),
}))
let bundle: SurveyBundle

beforeAll(async () => {
  Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new DOMException('denied', 'SecurityError') } })
  vi.stubGlobal('fetch', fetchMock)
  vi.resetModules()
  await import('./entry.tsx')
  bundle = (window as any).StayloopSurvey
})
afterAll(() => {
  Object.defineProperty(window, 'localStorage', real)
  vi.unstubAllGlobals()
})

it('shows the survey and sends the answer, from memory', async () => {
  const outcome = bundle(ctx, { id: 'srv_nps' })!
  await vi.waitFor(() => expect(document.querySelector('stayloop-survey')).not.toBeNull())
  const root = document.querySelector('stayloop-survey')!.shadowRoot!
  root.querySelectorAll<HTMLElement>('[role=radio]')[9].click()
  await vi.waitFor(() => {
    const posts = fetchMock.mock.calls.filter(([url]) => url.endsWith('/responses')).map(([, init]) => JSON.parse(String(init!.body)))
    expect(posts.map((p) => p.score)).toContain(9)
  })
  bundle(ctx, 'close')
  await expect(outcome).resolves.toEqual({ reason: null, offerAccepted: false })
})
