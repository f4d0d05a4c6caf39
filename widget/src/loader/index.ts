// widget.js: the loader every host page pays for, so it stays under 1 KB gzip. It replays the
// stayloop.q queue, batches behaviour events and asks the server for candidate surveys unless
// throttling blocks them all. Only when there are candidates does it load triggers.js (what is
// due, and when); only when one is due does it load the Preact bundle (survey.js).
import type { BundleRequest, Customer, InitOptions, Survey, SurveyBundle, SurveyList, TriggerEnv, Triggers } from '../types.ts'
import { blockKey, blockedUntil } from '../shared/throttle.ts'
import { clientId, outboxKey } from '../shared/keys.ts'

const w = window as any
const ls = localStorage
// The only behaviour events the API counts; other names may still trigger surveys.
const EVENT_TYPES = 'session login page_view feature_used purchase email_clicked'
const chunks: Record<string, Promise<any> | undefined> = {}
let opts = {} as InitOptions
let customer: Customer | undefined
let surveys: Survey[] = []
let recontactDays = 90
let events: { type: string; at: number }[] = []
// Commands replayed from the queue only record state; boot() runs once after them.
let ready: unknown

const url = (path: string) => opts.host + '/v1/sites/' + opts.site + path

// Loads {host}/widget/{name}.js once; it registers itself on window[global].
const load = (name: string, global: string): Promise<any> =>
  (chunks[name] ||= new Promise((ok, fail, s = document.createElement('script')) => {
    s.src = opts.host + '/widget/' + name + '.js'
    s.nonce = opts.nonce || ''
    s.onload = () => ok(w[global])
    s.onerror = () => fail(delete chunks[name])
    // Already there when bundled as the ES module entry.
    w[global] ? ok(w[global]) : document.head.appendChild(s)
  }))

const run = (request?: BundleRequest) =>
  load('survey', 'StayloopSurvey').then((b: SurveyBundle) => b({ ...opts, customer, recontactDays }, request))

const trigger = (event?: string) =>
  surveys[0] && load('triggers', 'StayloopTriggers').then((t: Triggers) => t(surveys, { site: opts.site, customer, run } as TriggerEnv, event))

function boot() {
  // The bundle sends what the outbox still holds from earlier pages.
  if (ls.getItem(outboxKey(opts.site))) run()
  // Nothing can be due while blocked, so don't even ask the server.
  if (!(blockedUntil(ls, opts.site) > Date.now()))
    fetch(url('/surveys?' + new URLSearchParams({ locale: opts.locale || navigator.language, url: location.href, clientId: clientId(ls), ...(customer && { customer: customer.id }) })))
      // An error answer (origin not allowed, rate limited) or no network: show nothing, quietly.
      .then((r) => (r.ok ? (r.json() as Promise<SurveyList>) : null))
      .then((j: SurveyList | null) => {
        if (!j) return
        recontactDays = j.throttle.recontactDays
        if (customer) ls.setItem(blockKey(opts.site), '' + j.throttle.blockedUntil)
        surveys = j.data
        trigger()
      }, () => {})
}

// Behaviour events go out in batches; a beacon also survives the page closing.
function flushEvents() {
  if (customer && events[0] && navigator.sendBeacon(url('/events'), JSON.stringify({ customer: customer.id, events }))) events = []
}

// The command API (a contract): init, identify, track, show, exit, reset.
function stayloop(name: string, a?: any, b?: any): unknown {
  if (name == 'init') (opts = { ...opts, ...a }), ready && boot()
  if (name == 'identify') (customer = { id: '' + a, traits: b }), ready && boot()
  if (name == 'track') {
    if (EVENT_TYPES.includes(a)) events.push({ type: a, at: Date.now() })
    setTimeout(flushEvents, 2e3)
    trigger(a)
  }
  if (name == 'reset') (customer = undefined), ls.removeItem('stayloop:cid'), chunks.survey && run('close')
  // show(surveyId) and exit({ survey? }) resolve with the outcome.
  return name == 'show' ? run({ id: a }) : name == 'exit' ? run({ id: a && a.survey, kind: 'exit' }) : 0
}

const queued: IArguments[] = (w.stayloop && w.stayloop.q) || []
w.stayloop = stayloop
for (const a of queued) stayloop.apply(null, a as any)
ready = 1
opts.site && boot()
addEventListener('pagehide', flushEvents)
