// English idioms of time, read as one sentiment unit: waits counted in hours or more, set-up in
// minutes, answers within hours, things that took weeks, weight lost on a health app.
// units-idioms-change.ts tries them last.
import { wordAt, type Token } from './tokenize.ts'
import { own } from '../own.ts'
import type { GapIdiom } from './units-idioms-change.ts'

/** How long, in words: "2", "two", "an", "a couple of", "a few". */
const HOW_MANY = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'couple', 'of', 'several', 'many', 'half'])
const isCount = (w: string) => HOW_MANY.has(w) || /^\d+$/.test(w)

/**
 * From `j`: up to four words of `skip` ("over", "only"), then a count of up to four words, then the
 * unit it counts: "over a week" → unit "week". `counted`: a count was there; `skipped`: the words skipped.
 */
function countedUnit(toks: Token[], j: number, skip: ReadonlySet<string>): { at: number; unit: string; counted: boolean; skipped: string[]; count: number } {
  const skipped: string[] = []
  while (skipped.length < 4 && skip.has(wordAt(toks, j))) skipped.push(wordAt(toks, j++))
  // A count written onto its unit ("waited 1hr 20 min", "45mins").
  const glued = GLUED.exec(wordAt(toks, j))
  if (glued) return { at: j, unit: glued[2], counted: true, skipped, count: Number(glued[1]) }
  const from = j
  while (j < from + 4 && isCount(wordAt(toks, j))) j++
  return { at: j, unit: wordAt(toks, j), counted: j > from, skipped, count: Number(wordAt(toks, j - 1)) }
}
const GLUED = /^(\d+)(hrs?|hours?|mins?|minutes?|days?|weeks?|months?)$/

/** "Waited 4 days for a reply", "been waiting over a week": a wait counted in hours or more is a complaint. */
const WAITED = new Set(['waited', 'waiting', 'hold'])
const ABOUT = new Set(['for', 'over', 'almost', 'nearly', 'more', 'than', 'about', 'around', 'like', 'literally', 'another'])
const LONG_UNITS = new Set(['hour', 'hours', 'hrs', 'hr', 'day', 'days', 'week', 'weeks', 'month', 'months'])
const WAITED_VALENCE = -2
function waitedLongAt(toks: Token[], i: number): GapIdiom | undefined {
  const c = countedUnit(toks, i + 1, ABOUT)
  // Minutes are a long wait from twenty on ("waited 45 min in the queue").
  const minutes = c.counted && MINUTES.has(c.unit) && c.count >= LONG_MINUTES
  return c.counted && (LONG_UNITS.has(c.unit) || minutes) ? { n: c.at - i + 1, valence: WAITED_VALENCE } : undefined
}
const MINUTES = new Set(['minute', 'minutes', 'mins', 'min'])
const LONG_MINUTES = 20

/** "Setup took five minutes", "took only 10 minutes to install": getting started quickly is praise. */
const SETTING_UP = new Set(['setup', 'installation', 'install', 'onboarding', 'signup', 'migration', 'integration', 'implementation'])
const ONLY = new Set(['only', 'just', 'under', 'less', 'than', 'about', 'around', 'literally', 'maybe', 'like'])
const HOURS = new Set(['hour', 'hours', 'hrs'])
const JUST = new Set(['only', 'just', 'under', 'less'])
const SHORT_UNITS = new Set(['minute', 'minutes', 'mins', 'min', 'seconds', 'secs', 'sec'])
const SET_UP_VERBS = new Set(['set', 'setup', 'install', 'integrate', 'connect', 'migrate', 'onboard', 'launch'])
const GET_GOING = new Set(['started', 'set', 'going', 'running', 'up', 'live'])
const QUICK_SETUP_VALENCE = 2
/** A set-up that took part of a day is quick too ("took an afternoon"). */
const PART_OF_A_DAY = new Set(['afternoon', 'morning', 'evening'])
const FROM_WHAT = new Set(['from', 'to', 'of', 'into'])
/** Where "took" stands after the set-up word at `i` ("setup took", "migration from Intercom took"), or -1. */
function tookAfter(toks: Token[], i: number): number {
  let j = i + 1
  if (FROM_WHAT.has(wordAt(toks, j))) j += wordAt(toks, j + 2) && !/^(took|takes|was|is)$/.test(wordAt(toks, j + 2)) ? 3 : 2
  return /^(took|takes|was|is)$/.test(wordAt(toks, j)) ? j : -1
}
const LOADING = new Set(['load', 'open', 'start', 'respond', 'save', 'refresh', 'launch', 'appear', 'show', 'sync'])
const SLOW_SECONDS = /^(five|six|seven|eight|nine|ten|several|many|[5-9]|\d\d+)$/
function quickSetupAt(toks: Token[], i: number): GapIdiom | undefined {
  const setup = SETTING_UP.has(toks[i].text)
  // "Migration from Intercom took an afternoon": what it came from may stand between.
  const took = setup ? tookAfter(toks, i) : i
  if (took < 0) return undefined
  const { at: j, unit, counted, skipped } = countedUnit(toks, took + 1, ONLY)
  // "Took an afternoon to set up", "takes only an hour to get started": part of a day, or just an hour, said of a set-up.
  const partOfADay = (setup || setUpAfter(toks, j)) && (PART_OF_A_DAY.has(unit) || (HOURS.has(unit) && skipped.some((w) => JUST.has(w))))
  if (!counted || !(SHORT_UNITS.has(unit) || partOfADay)) return undefined
  if (setup) return { n: j - i + 1, valence: QUICK_SETUP_VALENCE }
  // "Takes ten seconds to open": seconds are slow for a screen to load.
  const verb = wordAt(toks, j + 2)
  const slowScreen = /^sec/.test(unit) && wordAt(toks, j + 1) === 'to' && LOADING.has(verb) && SLOW_SECONDS.test(wordAt(toks, j - 1))
  if (slowScreen) return { n: j - i + 3, valence: WAITED_VALENCE }
  // "Took 5 minutes to set up" (not "took 45 minutes to get our food": a count of minutes under ten).
  return setUpAfter(toks, j) ? { n: j - i + 3, valence: QUICK_SETUP_VALENCE } : undefined
}

/** "… to set up", "… to get started" after the unit at `j`. */
const setUpAfter = (toks: Token[], j: number) => wordAt(toks, j + 1) === 'to' && (SET_UP_VERBS.has(wordAt(toks, j + 2)) || (wordAt(toks, j + 2) === 'get' && GET_GOING.has(wordAt(toks, j + 3))))

/**
 * "Took almost three weeks", "takes a month to arrive", "takes over a minute": what takes weeks, or
 * more than minutes, is a complaint (days are not, for a parcel).
 */
const SLOW_UNITS = new Set(['week', 'weeks', 'month', 'months'])
function tookWeeksAt(toks: Token[], i: number): GapIdiom | undefined {
  // "Took me 4 tries to save my address": who it took may stand between.
  const c = countedUnit(toks, i + 1 + (TOOK_WHOM.has(wordAt(toks, i + 1)) ? 1 : 0), ABOUT)
  // What it took them to do is no verdict of its own ("4 tries to save my address": no saving praised).
  const toDo = wordAt(toks, c.at + 1) === 'to' && wordAt(toks, c.at + 2) ? 2 : 0
  if (c.counted && TRIES.has(c.unit) && !fewSteps(toks, c.at, c.unit)) return { n: c.at - i + 1 + toDo, valence: WAITED_VALENCE }
  // "Took 4 days to reply": days are slow for an answer, if not for a parcel.
  if (c.counted && /^days?$/.test(c.unit) && wordAt(toks, c.at + 1) === 'to' && ANSWERED.has(wordAt(toks, c.at + 2))) return { n: c.at - i + 3, valence: WAITED_VALENCE }
  // "Takes over a minute" to filter: more than a minute is slow for a screen, however quick for a set-up.
  const over = c.skipped.includes('over') || c.skipped.includes('more')
  // "Building a custom report takes an hour" is slow; a set-up in an hour is not.
  const hours = HOURS.has(c.unit) && !setUpNear(toks, i, c.at)
  return c.counted && (SLOW_UNITS.has(c.unit) || hours || (over && SHORT_UNITS.has(c.unit))) ? { n: c.at - i + 1, valence: WAITED_VALENCE } : undefined
}
const TOOK_WHOM = new Set(['me', 'us', 'my', 'our'])
const ANSWERED = new Set(['reply', 'respond', 'answer', 'refund', 'fix', 'resolve', 'get'])
const TRIES = new Set(['tries', 'attempts', 'calls', 'emails', 'tickets', 'transfers', 'steps', 'logins', 'clicks', 'screens'])
/** What the design asks of the user: two clicks are few ("took 2 clicks, can't ask for more"), where two tries already complain. */
const DESIGN_STEPS = new Set(['steps', 'clicks', 'screens'])
function fewSteps(toks: Token[], at: number, unit: string): boolean {
  const count = wordAt(toks, at - 1)
  return count === 'one' || count === '1' || (DESIGN_STEPS.has(unit) && (count === 'two' || count === '2'))
}
/** A set-up named in the four words before `i` ("setup took") or after the unit at `at` ("took an hour to get started"). */
function setUpNear(toks: Token[], i: number, at: number): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) if (SETTING_UP.has(wordAt(toks, k)) || SET_UP_VERBS.has(wordAt(toks, k))) return true
  return setUpAfter(toks, at)
}

/**
 * "Replied within hours", "refunded within 48 hours", "opened an account in ten minutes": a thing
 * done promptly is praise. Only after a deed in the same clause: "broke within a week" is not, nor
 * "arrived in 90 minutes" (minutes count as prompt under a quarter hour).
 */
const DONE = new Set(['replied', 'replies', 'reply', 'responded', 'responds', 'respond', 'answered', 'answers', 'answer', 'fixed', 'fixes', 'resolved', 'resolves',
  'solved', 'sorted', 'sent', 'replaced', 'reversed', 'refunded', 'refund', 'arrived', 'arrives', 'delivered', 'shipped', 'back', 'opened', 'created', 'approved', 'verified', 'done', 'finished', 'live', 'running',
  'installed', 'integrated', 'connected', 'configured', 'deployed', 'launched', 'built', 'migrated', 'onboarded', 'up'])
const PROMPT_UNITS = new Set([...SHORT_UNITS, 'hour', 'hours', 'hrs'])
const PROMPT_VALENCE = 2
/** Whether a deed stands in the six words before `i`, in its clause. */
function doneBefore(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6) && toks[k].kind === 'word'; k--) if (DONE.has(toks[k].text)) return !promisedBefore(toks, k)
  return false
}
/** "Said they'd call me back within 24hrs": a deed only promised is not done. */
const PROMISED = new Set(['would', 'will', 'should', 'promised', 'supposed', 'meant'])
const promisedBefore = (toks: Token[], k: number) => [1, 2, 3].some((d) => PROMISED.has(wordAt(toks, k - d)))
function promptlyAt(toks: Token[], i: number): GapIdiom | undefined {
  if (!doneBefore(toks, i)) return undefined
  const { at: j, unit, counted, count } = countedUnit(toks, i + 1, ONLY)
  const within = toks[i].text === 'within'
  // "Live in a day", "an answer in under an hour": one day or hour is prompt; "in 5 days" is not said in praise.
  const oneDay = (unit === 'day' || unit === 'hour') && /^(a|an|one)$/.test(wordAt(toks, j - 1))
  // "Got us live in an afternoon": part of a day is prompt for a set-up.
  const partOfADay = counted && PART_OF_A_DAY.has(unit)
  if (!(oneDay || partOfADay || (within ? PROMPT_UNITS : SHORT_UNITS).has(unit)) || (!within && !counted)) return undefined
  return /^min/.test(unit) && count > 15 ? undefined : { n: j - i + 1, valence: PROMPT_VALENCE }
}

/** "Lost 8 kg", "dropped 20 pounds": on a health app, weight lost is the result the customer came for. */
const WEIGHT_UNITS = new Set(['kg', 'kgs', 'kilos', 'kilograms', 'pounds', 'lbs', 'lb', 'stone'])
function weightLostAt(toks: Token[], i: number): GapIdiom | undefined {
  const c = countedUnit(toks, i + 1, ABOUT)
  return c.counted && WEIGHT_UNITS.has(c.unit) ? { n: c.at - i + 1, valence: PROMPT_VALENCE } : undefined
}

/**
 * "60+ pings a day", "I get 10 emails a day": messages counted by the day (or hour) are too many, from
 * three on. Not other things counted by the day ("3 surveys in a day" is no complaint).
 */
const MESSAGES = new Set(['emails', 'notifications', 'pings', 'alerts', 'texts', 'messages', 'reminders', 'notifs', 'pushes', 'calls', 'mails', 'sms', 'newsletters', 'promos'])
/** Counts in words, from three on ("four newsletters a day"). */
const COUNT_WORDS: Record<string, number> = { three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, dozen: 12, twenty: 20 }
const EVERY = new Set(['a', 'per', 'every', 'each'])
const MANY_MESSAGES = 3
function messagesADayAt(toks: Token[], i: number): GapIdiom | undefined {
  // One word may say what kind ("3 marketing emails a day").
  const kind = MESSAGES.has(wordAt(toks, i + 1)) ? 0 : 1
  if ((own(COUNT_WORDS, toks[i].text) ?? Number(toks[i].text)) < MANY_MESSAGES || !MESSAGES.has(wordAt(toks, i + 1 + kind)) || !EVERY.has(wordAt(toks, i + 2 + kind))) return undefined
  return /^(day|hour)$/.test(wordAt(toks, i + 3 + kind)) ? { n: 4 + kind, valence: WAITED_VALENCE } : undefined
}

/** A time idiom starting at `i`, or undefined. */
export function timeIdiomAt(toks: Token[], i: number): GapIdiom | undefined {
  const w = toks[i].text
  if (WAITED.has(w)) return waitedLongAt(toks, i)
  if (SETTING_UP.has(w) || w === 'took' || w === 'takes') return quickSetupAt(toks, i) ?? (SETTING_UP.has(w) ? undefined : tookWeeksAt(toks, i))
  if (w === 'within' || w === 'in') return promptlyAt(toks, i)
  // "Got my refund the same day" (not a "same day change" of flight: only after a deed).
  if (w === 'same' && wordAt(toks, i + 1) === 'day' && doneBefore(toks, i)) return { n: 2, valence: PROMPT_VALENCE }
  if (w === 'lost' || w === 'dropped') return weightLostAt(toks, i)
  if (/^\d+$/.test(w) || own(COUNT_WORDS, w) !== undefined) return messagesADayAt(toks, i)
  return undefined
}
