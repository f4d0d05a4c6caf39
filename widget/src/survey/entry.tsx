// widget/survey.js: the Preact bundle. The loader calls window.StayloopSurvey(ctx, request).
/** @jsxRuntime classic */
/** @jsx h */
import { h, render } from 'preact'
import type { BundleRequest, ExitOutcome, MountContext, Survey, SurveyBundle, SurveyList } from '../types.ts'
import { clientId } from '../shared/keys.ts'
import { traitsMatch } from '../shared/rules.ts'
import { pageStorage } from '../shared/storage.ts'
import { pickLocale } from '../locales/index.ts'
import { Outbox } from './outbox.ts'
import { SurveySession } from './session.ts'
import { applyStyles } from './styles.ts'
import { focusStep, Widget, type CloseHow } from './Widget.tsx'

const NONE: ExitOutcome = { reason: null, offerAccepted: false }
const storage = pageStorage()
let outbox: Outbox | undefined
let current: { id: string; again(asked: boolean): Promise<ExitOutcome>; finish(how: CloseHow, result: ExitOutcome): void; left(): void } | undefined

function getOutbox(ctx: MountContext): Outbox {
  if (!outbox) {
    outbox = new Outbox(ctx.host, ctx.site, {
      storage,
      fetch: (...a) => fetch(...a),
      now: Date.now,
      setTimer: (fn, ms) => setTimeout(fn, ms),
      beacon: (url, body) => navigator.sendBeacon(url, body),
    })
    const box = outbox
    addEventListener('online', () => box.flush())
    // Leaving mid-answer finishes it (a cancel flow moves on once exit() resolves), then everything
    // pending goes to the browser.
    addEventListener('pagehide', () => (current && current.left(), box.beacon()))
  }
  return outbox
}

// Focus moves into a survey only when the person asked for it (a click on the page's cancel
// button), never from what they are typing in the page (also inside web components); otherwise
// the survey is announced.
function mayFocus(asked: boolean): boolean {
  let el = document.activeElement as HTMLElement | null
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement as HTMLElement
  return asked && !(el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)))
}

// show()/exit(): the survey asked for, or the first of a kind in the anonymous (unthrottled) list.
async function find(ctx: MountContext, want: { id?: string; kind?: string }): Promise<Survey | undefined> {
  const q = new URLSearchParams({ locale: ctx.locale || navigator.language, clientId: clientId(storage) })
  // The API returns survey `id` whatever its throttling, sampling and targeting say.
  if (want.id) q.set('survey', want.id)
  try {
    const list = (await (await fetch(ctx.host + '/v1/sites/' + ctx.site + '/surveys?' + q)).json()) as SurveyList
    ctx.recontactDays = list.throttle.recontactDays
    return list.data.find((s) => (want.id ? s.id == want.id : s.kind == want.kind))
  } catch {}
}

export function open(survey: Survey, ctx: MountContext, asked: boolean): Promise<ExitOutcome> {
  if (current) {
    // show() of the survey already open keeps it, with what the person has answered so far (and
    // one display, not two), and brings the keyboard into it.
    if (current.id == survey.id) return current.again(asked)
    // One survey at a time; the one replaced was not dismissed by anyone, so nothing is recorded.
    current.finish('done', NONE)
  }
  // The survey's own language where the server sent the widget's words for it (one the widget does not ship).
  const t = survey.ui || pickLocale([ctx.locale, survey.locale, ...(navigator.languages || [])])
  const session = new SurveySession(survey, ctx, getOutbox(ctx), storage, t.locale)
  let returnFocus = document.activeElement as HTMLElement | null
  const host = document.createElement('stayloop-survey')
  // Lets host pages (and tests) tell which survey is open.
  host.dataset.survey = survey.id
  const theme = ctx.theme || {}
  // CSSOM property writes are allowed under a strict CSP (style attributes are not).
  if (theme.brand) host.style.setProperty('--sl-brand', theme.brand)
  if (theme.radius) host.style.setProperty('--sl-radius', theme.radius)
  const shadow = host.attachShadow({ mode: 'open' })
  applyStyles(shadow, ctx.nonce)
  document.body.appendChild(host)
  const corner = ({ 'bottom-left': 'bl', 'top-right': 'tr', 'top-left': 'tl' } as Record<string, string>)[theme.corner || ''] || ''
  const dark = theme.mode == 'dark' || (theme.mode != 'light' && matchMedia('(prefers-color-scheme: dark)').matches)

  let resolve!: (o: ExitOutcome) => void
  const done = new Promise<ExitOutcome>((r) => (resolve = r))
  const me = {
    id: survey.id,
    left: () => session.left(),
    // Asked for again while open: focus moves in, and goes back on close to what asked this time.
    again(asked: boolean) {
      if (mayFocus(asked)) {
        if (document.activeElement != host) returnFocus = document.activeElement as HTMLElement | null
        focusStep(shadow)
      }
      return done
    },
    finish(how: CloseHow, result: ExitOutcome) {
      if (current != me) return
      current = undefined
      session.closed(how)
      const hadFocus = shadow.activeElement != null
      render(null, shadow)
      host.remove()
      // Focus goes back where it was, unless the page moved it meanwhile.
      if (hadFocus && returnFocus && returnFocus.isConnected) returnFocus.focus()
      resolve(result)
    },
  }
  current = me
  render(
    <Widget
      survey={survey}
      t={t}
      className={corner + (dark ? ' dark' : '')}
      autoFocus={mayFocus(asked)}
      onAnswer={(fields, finished) => session.answer(fields, finished)}
      onDone={resolve}
      onClose={(how, result) => me.finish(how, result)}
    />,
    shadow,
  )
  session.shown()
  return done
}

const bundle: SurveyBundle = (ctx, request: BundleRequest) => {
  // Sampled now, before any await: the click that asked for the survey (transient activation).
  const ua = (navigator as { userActivation?: { isActive: boolean } }).userActivation
  const asked = !ua || ua.isActive
  try {
    getOutbox(ctx).flush()
    if (!request) return
    if (request == 'close') return current && current.finish('dismissed', NONE), undefined
    if ('trigger' in request) {
      // An automatic trigger never takes the place of a survey someone is answering.
      if (current) return
      // The server targets identified customers; re-check when it sent the rules anyway.
      if (!traitsMatch(request.targeting, ctx.customer && ctx.customer.traits)) return
      return open(request, ctx, false)
    }
    // Never rejects: a host's cancel flow awaits exit().
    return find(ctx, request).then((s) => (s ? open(s, ctx, asked) : NONE)).catch(() => NONE)
  } catch {
    return Promise.resolve(NONE)
  }
}

;(window as any).StayloopSurvey = bundle
