// widget.js: the loader every host page pays for, so it stays under 1 KB gzip. It replays the
// stayloop.q queue, batches behaviour events and asks the server for candidate surveys unless
// throttling blocks them all. Only when there are candidates does it load triggers.js (what is
// due, and when); only when one is due does it load the Preact bundle (survey.js).
import type { BundleRequest, Customer, ExitOutcome, InitOptions, MountContext, Survey, SurveyBundle, SurveyList, TriggerEnv, Triggers } from '../types.ts'
import { blockKey, blockedUntil, logKey } from '../shared/throttle.ts'
import { CLIENT_KEY, outboxKey } from '../shared/keys.ts'
import { COUNTED_EVENT, customerId } from '../shared/api-limits.ts'

// A call queued by the snippet's stub, with the resolver of the promise the stub returned.
type QueuedCall = IArguments & { r?: (result: unknown) => void }

const w = window as any
const before = w.stayloop || {}
// localStorage, or (blocked by the browser) nothing: every page then starts afresh.
let ls: Storage
try {
  ls = localStorage
} catch {
  ls = { getItem() {}, setItem() {}, removeItem() {} } as unknown as Storage
}
const NONE: ExitOutcome = { reason: null, offerAccepted: false }
const chunks: Record<string, Promise<any> | undefined> = {}
const warned: Record<string, boolean> = {}
let opts = {} as InitOptions
let customer: Customer | undefined
// How the loader's own requests name the customer (query and events body).
let who: { customer: string; hash: string } | undefined
let surveys: Survey[] = []
// The server's last word on throttling (recontactDays is what the bundle needs).
let throttle = {} as SurveyList['throttle']
let events: { type: string }[] = []
// Commands replayed from the queue only record state; boot() runs once after them.
let ready: unknown

const url = (path: string) => opts.host + '/v1/sites/' + opts.site + path

// The API refuses a whole body for one bad value, so such a value is not sent; one warning each.
const notSent = (command: string, value: unknown) => (warned[command] ||= !(console.warn('stayloop: not sent', command, value) as unknown))

// Loads {host}/widget/{name}.js once; it registers itself on window[global].
const load = (name: string, global: string): Promise<any> =>
  (chunks[name] ||= new Promise<any>((ok, _, s = document.createElement('script')) => {
    s.src = opts.host + '/widget/' + name + '.js'
    s.nonce = opts.nonce || ''
    s.onload = () => ok(w[global])
    // Blocked or offline: a stand-in that shows nothing (exit() resolves with no answer).
    s.onerror = () => ok(() => NONE)
    // Already there when bundled as the ES module entry.
    w[global] ? ok(w[global]) : (document.head as ParentNode).append(s)
  }))

// What the survey bundle and the trigger rules are told: init options, who is looking, and how
// to run a survey.
const context = (): MountContext & TriggerEnv => ({ ...opts, ...throttle, customer, run })

// Never rejects (see load()): a host's cancel flow awaits exit().
const run = (request?: BundleRequest) =>
  load('survey', 'StayloopSurvey').then((b: SurveyBundle) => b(context(), request)).catch(() => NONE)

const trigger = (event?: string) =>
  surveys[0] && load('triggers', 'StayloopTriggers').then((t: Triggers) => t(surveys, context(), event))

function boot() {
  // The bundle sends what the outbox still holds from earlier pages.
  if (ls.getItem(outboxKey(opts.site))) run()
  // Nothing can be due while blocked, so don't even ask the server. Neither the page URL (not
  // needed, and a long one is refused) nor the client id: triggers.js samples anonymous
  // visitors itself, with the server's function.
  if (!(blockedUntil(ls, opts.site) > Date.now()))
    fetch(url('/surveys?' + new URLSearchParams({ ...who, locale: opts.locale || navigator.language })))
      // An error answer (origin not allowed, rate limited) or no network: show nothing, quietly.
      .then<SurveyList | false>((r) => r.ok && (r.json() as Promise<SurveyList>))
      .then((j) => {
        if (!j) return
        throttle = j.throttle
        if (who) ls.setItem(blockKey(opts.site), throttle.blockedUntil as any)
        surveys = j.data
        trigger()
      })
      .catch(() => {})
}

// Behaviour events go out in batches; a beacon also survives the page closing.
function flushEvents() {
  if (who && events[0] && navigator.sendBeacon(url('/events'), JSON.stringify({ ...who, events }))) events = []
}

// The command API (a contract): init, identify, track, show, exit, reset.
function stayloop(name: string, a?: any, b?: any, c?: any): unknown {
  if (name == 'init') (opts = { ...opts, ...a }), ready && boot()
  if (name == 'identify') {
    const id = customerId(a)
    // identify(id, traits, hash): the hash where the workspace verifies identities ('' where it does not).
    id ? ((customer = { id, traits: b, hash: c }), (who = { customer: id, hash: c || '' }), ready && boot()) : notSent(name, a)
  }
  if (name == 'track') {
    // Other names only trigger surveys.
    COUNTED_EVENT.test(a) ? events.push({ type: a }) : notSent(name, a)
    setTimeout(flushEvents, 2e3)
    trigger(a)
  }
  // The next person on this device starts afresh: own client id, throttling and events.
  if (name == 'reset') {
    flushEvents()
    customer = who = undefined
    for (const key of [CLIENT_KEY, blockKey(opts.site), logKey(opts.site)]) ls.removeItem(key)
    chunks.survey && run('close')
  }
  // show(surveyId) and exit({ survey? }) resolve with the outcome.
  return name == 'show' ? run({ id: a }) : name == 'exit' ? run({ id: a?.survey, kind: 'exit' }) : 0
}

// A second copy of widget.js (a tag manager and a hard-coded tag) leaves the first in charge.
if (!before.loaded) {
  w.stayloop = stayloop
  stayloop.loaded = 1
  // The snippet's stub returned a promise per call: it resolves with what the call returns.
  for (const call of (before.q || []) as QueuedCall[]) {
    const result = stayloop(...(call as unknown as [string]))
    call.r?.(result)
  }
  ready = 1
  opts.site && boot()
  addEventListener('pagehide', flushEvents)
}
