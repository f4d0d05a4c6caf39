// widget/survey.js: the Preact bundle. The loader calls window.StayloopSurvey(ctx, request).
import { render } from 'preact'
import type { BundleRequest, ExitOutcome, MountContext, Survey, SurveyBundle, SurveyList } from '../types.ts'
import { clientId } from '../shared/keys.ts'
import { traitsMatch } from '../shared/rules.ts'
import { pickLocale } from '../locales/index.ts'
import { Outbox } from './outbox.ts'
import { SurveySession } from './session.ts'
import { applyStyles } from './styles.ts'
import { focusStep, Widget, type CloseHow } from './Widget.tsx'

const NONE: ExitOutcome = { reason: null, offerAccepted: false }
let outbox: Outbox | undefined
let current: { id: string; again(): Promise<ExitOutcome>; finish(how: CloseHow, result: ExitOutcome): void } | undefined

function getOutbox(ctx: MountContext): Outbox {
  if (!outbox) {
    outbox = new Outbox(ctx.host, ctx.site, {
      storage: localStorage,
      fetch: (...a) => fetch(...a),
      now: Date.now,
      setTimer: (fn, ms) => setTimeout(fn, ms),
      beacon: (url, body) => navigator.sendBeacon(url, body),
    })
    const box = outbox
    addEventListener('online', () => box.flush())
    addEventListener('pagehide', () => box.beacon())
  }
  return outbox
}

// show()/exit(): the survey asked for, or the first of a kind in the anonymous (unthrottled) list.
async function find(ctx: MountContext, want: { id?: string; kind?: string }): Promise<Survey | undefined> {
  const q = new URLSearchParams({ locale: ctx.locale || navigator.language, url: location.href, clientId: clientId(localStorage) })
  // The API returns survey `id` whatever its throttling, sampling and targeting say.
  if (want.id) q.set('survey', want.id)
  try {
    const res = await fetch(ctx.host + '/v1/sites/' + ctx.site + '/surveys?' + q)
    const list = (await res.json()) as SurveyList
    return list.data.find((s) => (want.id ? s.id == want.id : s.kind == want.kind))
  } catch {
    return undefined
  }
}

export function open(survey: Survey, ctx: MountContext, autoFocus: boolean): Promise<ExitOutcome> {
  if (current) {
    // show() of the survey already open keeps it, with what the person has answered so far (and
    // one display, not two), and brings the keyboard into it.
    if (current.id == survey.id) return current.again()
    current.finish('dismissed', NONE) // one survey at a time
  }
  const t = pickLocale([ctx.locale, survey.locale, ...(navigator.languages || [])])
  const session = new SurveySession(survey, ctx, getOutbox(ctx), localStorage, t.locale)
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
    // Asked for again while open: focus moves in, and goes back on close to what asked this time.
    again() {
      if (document.activeElement != host) returnFocus = document.activeElement as HTMLElement | null
      focusStep(shadow)
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
      autoFocus={autoFocus}
      onAnswer={(fields, finished) => session.answer(fields, finished)}
      onClose={(how, result) => me.finish(how, result)}
    />,
    shadow,
  )
  session.shown()
  return done
}

const bundle: SurveyBundle = (ctx, request: BundleRequest) => {
  const box = getOutbox(ctx)
  box.flush()
  if (!request) return
  if (request == 'close') return current && current.finish('dismissed', NONE), undefined
  if ('trigger' in request) {
    // An automatic trigger never takes the place of a survey someone is answering.
    if (current) return
    // The server targets identified customers; re-check when it sent the rules anyway.
    if (!traitsMatch(request.targeting, ctx.customer && ctx.customer.traits)) return
    return open(request, ctx, false)
  }
  return find(ctx, request).then((s) => (s ? open(s, ctx, true) : NONE))
}

;(window as any).StayloopSurvey = bundle
