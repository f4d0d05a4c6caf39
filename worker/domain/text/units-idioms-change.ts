// English idioms of change and time, read as one sentiment unit: a number the customer watches
// moving ("churn dropped"), too much of something, a thing that keeps happening, other tools
// replaced, asking again and again, and (units-idioms-time.ts) how long things took. units-idioms.ts
// tries them last.
import { EN_COMPARATIVES, EN_INTENSIFIERS, EN_LEXICON, EXCESS_VALENCE, RIVAL_VALENCE } from './lexicon-en.ts'
import { EN_STOP } from './themes-filler.ts'
import { wordAt, type Token } from './tokenize.ts'
import type { Unit } from './units.ts'
import { timeIdiomAt } from './units-idioms-time.ts'

/** An idiom as the matchers find it: its length in tokens and what its unit says. */
export type GapIdiom = Omit<Unit, 'text' | 'cost'> & { n: number }


/** Things a customer wants less of: their fall is praise ("churn dropped", "fewer tickets"), their rise a complaint. */
const BAD_MEASURES = new Set(('churn attrition cancellations complaints tickets ticket errors error bugs crashes downtime outages '
  + 'costs cost expenses overhead latency spam escalations refunds chargebacks price prices pricing fees fee bill premium premiums rate rates subscription waste stress paperwork mistakes hassle').split(' '))
/** Things a customer wants more of: their rise is praise ("retention went up", "our NPS jumped"), their fall a complaint. */
const GOOD_MEASURES = new Set('retention conversion conversions revenue sales signups engagement productivity efficiency satisfaction nps csat response responses completion adoption activation portions portion servings open click reply bookings orders leads subscribers followers traffic speed speeds bandwidth throughput'.split(' '))
const MEASURE_SUFFIXES = new Set(['score', 'scores', 'rate', 'rates', 'time', 'times', 'volume', 'volumes', 'count', 'counts'])
const MEASURE_AUX = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'really', 'finally', 'already', 'actually'])
const FELL = new Set(['dropped', 'drops', 'drop', 'dips', 'falls', 'tanked', 'fell', 'decreased', 'declined', 'halved', 'shrank', 'shrunk', 'plummeted', 'plunged', 'reduced', 'down', 'lower'])
const ROSE = new Set(['rose', 'increased', 'spiked', 'doubled', 'tripled', 'jumped', 'skyrocketed', 'soared', 'up', 'higher'])
const MOVED = new Set(['went', 'gone', 'goes', 'came', 'come'])
const REDUCERS = new Set(['reduced', 'reduces', 'reduce', 'reducing', 'cut', 'cuts', 'cutting', 'lowered', 'lowers', 'lower', 'fewer', 'less', 'halved', 'slashed', 'minimized', 'minimised'])
const MEASURE_VALENCE = 2
/** Any time moving is a measure to cut ("our onboarding time dropped from two weeks to two days"). */
const MOVES_NEXT = new Set([...FELL, ...ROSE, ...MOVED, ...MEASURE_AUX])

/** "Churn dropped", "tickets have gone down", "retention went up", from the measure at `i`: its length and valence. */
function measureMovedAt(toks: Token[], i: number): GapIdiom | undefined {
  // "Can you speed up the flight": a verb, no measure moving.
  if (toks[i].text === 'speed' && wordAt(toks, i + 1) === 'up') return undefined
  let j = i + 1
  // A time is a measure to cut, whatever it times: "response rate doubled" is praise, "response time doubled" not.
  const timed = /^times?$/.test(wordAt(toks, j))
  if (MEASURE_SUFFIXES.has(wordAt(toks, j))) j++
  for (let k = 0; k < 2 && MEASURE_AUX.has(wordAt(toks, j)); k++) j++
  if (MOVED.has(wordAt(toks, j))) j++
  const w = wordAt(toks, j)
  const wanted = GOOD_MEASURES.has(toks[i].text) && !timed ? -1 : 1
  // "CSAT went from 71 to 84", "churn from 8% to 3%": the numbers say which way.
  if (w === 'from') {
    const moved = fromToAt(toks, j)
    return moved ? { n: moved.end - i, valence: -wanted * Math.sign(moved.by) * MEASURE_VALENCE } : undefined
  }
  return FELL.has(w) ? { n: j - i + 1, valence: wanted * MEASURE_VALENCE } : ROSE.has(w) ? { n: j - i + 1, valence: -wanted * MEASURE_VALENCE } : undefined
}

/**
 * "Would stay if the price was lower": a move only supposed says the measure is where it should not
 * be, a complaint; a move for the worse supposed ("if the price goes up") is a warning, no verdict.
 */
function supposed(toks: Token[], i: number, moved: GapIdiom | undefined): GapIdiom | undefined {
  if (!moved || !(wordAt(toks, i - 1) === 'if' || (wordAt(toks, i - 2) === 'if' && /^(the|your|its|my|our)$/.test(wordAt(toks, i - 1))))) return moved
  return { ...moved, valence: moved.valence! > 0 ? -moved.valence! : 0 }
}

/** "From 71 to 84" at `j` ("from"): how far it moved, and the index after it. Decimals and "%" are skipped. */
const NUMBER_WORDS = new Map('a an one two three four five six seven eight nine ten'.split(' ').map((w, i): [string, number] => [w, Math.max(1, i - 1)]))
/** Units of time, in hours, so "from two weeks to two days" compares. */
const TIME_UNITS = new Map(Object.entries({ minute: 1 / 60, minutes: 1 / 60, hour: 1, hours: 1, day: 24, days: 24, week: 168, weeks: 168, month: 720, months: 720 }))
function fromToAt(toks: Token[], j: number): { by: number; end: number } | undefined {
  // A number at `k` with its unit if any: [value, index after it, unit scale or 0].
  const number = (k: number, unitOf = 0): [number, number, number] | undefined => {
    const w = wordAt(toks, k), n = NUMBER_WORDS.get(w) ?? Number(w)
    if (!w || !Number.isFinite(n)) return undefined
    if (toks[k + 1]?.text === '.' && /^\d+$/.test(wordAt(toks, k + 2))) k += 2
    if (toks[k + 1]?.text === '%') return [n, k + 2, 0]
    const unit = TIME_UNITS.get(wordAt(toks, k + 1))
    return unit ? [n * unit, k + 2, unit] : [n * (unitOf || 1), k + 1, 0]
  }
  const from = number(j + 1)
  if (!from) return undefined
  // Another word may follow the first number: "from 2 tickets to 6".
  const at = wordAt(toks, from[1]) === 'to' ? from[1] : wordAt(toks, from[1] + 1) === 'to' ? from[1] + 1 : -1
  // "From 2 hours to 6": the second number takes the first one's unit.
  const to = at < 0 ? undefined : number(at + 1, from[2])
  return to && to[0] !== from[0] ? { by: to[0] - from[0], end: to[1] } : undefined
}

/**
 * A measure a verb at `i` moved: "cut our churn", "fewer support tickets", "reduced the number of
 * errors" and "increased our conversions" are praise; "doubled the price", "raised our fees" and
 * "fewer signups" complaints. `direction`: +1 for a verb that raises, -1 for one that lowers.
 */
const RAISERS = new Set(['doubled', 'tripled', 'raised', 'raises', 'increased', 'increases', 'hiked', 'hikes', 'jacked'])
function measureMovedByAt(toks: Token[], i: number, direction: 1 | -1): GapIdiom | undefined {
  for (let j = i + 1; j <= i + 5 && toks[j]?.kind === 'word'; j++) {
    // Any time is a measure to cut: "reduced our response time".
    const wanted = GOOD_MEASURES.has(toks[j].text) && !/^times?$/.test(wordAt(toks, j + 1)) ? 1 : BAD_MEASURES.has(toks[j].text) || GOOD_MEASURES.has(toks[j].text) ? -1 : 0
    if (wanted) return { n: j - i + 1, valence: wanted * direction * MEASURE_VALENCE }
  }
  return undefined
}

/**
 * A measure moving, raised or cut, "too" before a word with no verdict of its own ("too frequent"), other
 * tools replaced, or a thing that keeps happening, starting at `i`.
 */
export function changeIdiomAt(toks: Token[], i: number): GapIdiom | undefined {
  const w = toks[i].text
  if (BAD_MEASURES.has(w) || GOOD_MEASURES.has(w) || (w === 'time' && MOVES_NEXT.has(wordAt(toks, i + 1)))) return supposed(toks, i, measureMovedAt(toks, i))
  if (MOVED.has(w) && wordAt(toks, i + 1) === 'from') return movedAwayFromAt(toks, i)
  if (REDUCERS.has(w)) return measureMovedByAt(toks, i, -1)
  if (RAISERS.has(w)) return measureMovedByAt(toks, i, 1)
  if (w === 'too') return excessAt(toks, i)
  if (w === 'replaced' || w === 'replaces') return replacedToolsAt(toks, i)
  if (KEEPS.has(w)) return keepsHappeningAt(toks, i)
  if (w === 'found' || w === 'finding') return foundBetterAt(toks, i)
  if (w === 'time' && wordAt(toks, i + 1) === 'out' && !TIME_TAKEN.has(wordAt(toks, i - 1))) return { n: 2, valence: TIMES_OUT_VALENCE }
  if (CONTACTED.has(w)) return contactedAgainAt(toks, i)
  if (w === 'project' || w === 'projects') return projectEndedAt(toks, i)
  if (w === 'old' || (PREFERRED.has(w) && wordAt(toks, i + 1) === 'the' && wordAt(toks, i + 2) === 'old')) return oldWasBetterAt(toks, i)
  if (w === 'who' || w === 'whoever' || w === 'whose') return whoseIdeaAt(toks, i)
  return timeIdiomAt(toks, i)
}

/**
 * "My kid went from hating books to asking for one more story": leaving a bad state is praise, leaving a good
 * one ("went from great to meh") a complaint; the state left is no verdict of its own.
 */
const MOVED_AWAY_VALENCE = 2
function movedAwayFromAt(toks: Token[], i: number): GapIdiom | undefined {
  let j = i + 2
  if (wordAt(toks, j) === 'being') j++
  const left = EN_LEXICON.get(wordAt(toks, j))
  if (!left) return undefined
  for (let k = j + 1; k <= j + 6 && toks[k]?.kind === 'word'; k++) {
    if (toks[k].text !== 'to') continue
    // Where it went says more than where it left, when it says anything ("from bad to worse").
    const reached = EN_LEXICON.get(wordAt(toks, k + 1)) ?? EN_LEXICON.get(wordAt(toks, k + 2))
    return reached ? { n: k - i + 1, valence: Math.sign(reached) * MOVED_AWAY_VALENCE } : { n: j - i + 1, valence: -Math.sign(left) * MOVED_AWAY_VALENCE }
  }
  return undefined
}

/**
 * "Who thought hiding the allergen info behind 3 taps was a good idea??", "whose bright idea was it to…":
 * asking who had the idea mocks it, so its praise is the complaint.
 */
const HAD_IDEA = new Set(['thought', 'decided', 'figured', 'approved', 'signed'])
const IDEA_PRAISE = new Set(['good', 'great', 'smart', 'brilliant', 'bright', 'genius', 'clever', 'nice', 'wonderful', 'fantastic', 'amazing'])
const MOCKED_IDEA_VALENCE = -2
function whoseIdeaAt(toks: Token[], i: number): GapIdiom | undefined {
  if (!HAD_IDEA.has(wordAt(toks, i + 1)) && !(toks[i].text === 'whose' && (wordAt(toks, i + 1) === 'idea' || IDEA_PRAISE.has(wordAt(toks, i + 1))))) return undefined
  for (let j = i + 1; j <= i + 16 && toks[j]?.kind === 'word'; j++) {
    if (toks[j].text === 'idea' && (toks[i].text === 'whose' || IDEA_PRAISE.has(wordAt(toks, j - 1)))) return { n: j - i + 1, valence: MOCKED_IDEA_VALENCE }
  }
  return undefined
}

/** "The project this was for got cancelled": an exit no fault of the product, no verdict ("my flight got cancelled" is one). */
const PROJECT_ENDS = new Set(['cancelled', 'canceled', 'ended', 'finished', 'shelved', 'scrapped', 'wrapped', 'over', 'completed', 'done', 'paused', 'dropped'])
function projectEndedAt(toks: Token[], i: number): GapIdiom | undefined {
  for (let j = i + 1; j <= i + 6 && toks[j]?.kind === 'word'; j++) if (PROJECT_ENDS.has(toks[j].text)) return { n: j - i + 1, valence: 0, noVerdict: true }
  return undefined
}

/**
 * "The old version was so much better", "I liked the old one better", "preferred the old layout": the
 * change made it worse. Not "better than the old one" (the comparative comes first there).
 */
const PREFERRED = new Set(['liked', 'preferred', 'prefer', 'loved', 'miss', 'missed'])
const OLD_THINGS = new Set(['one', 'version', 'versions', 'design', 'layout', 'ui', 'interface', 'dashboard', 'navigation', 'nav', 'app', 'editor', 'look', 'way', 'system', 'site', 'menu', 'menus', 'pricing', 'plan', 'builder', 'reports', 'widget'])
const OLD_LINKS = new Set(['was', 'is', 'were', 'worked', 'looked', 'felt', 'seemed', 'much', 'so', 'way', 'far', 'a', 'lot', 'better', 'more', 'just'])
const OLD_WAS_BETTER_VALENCE = -2
function oldWasBetterAt(toks: Token[], i: number): GapIdiom | undefined {
  const preferred = toks[i].text !== 'old'
  const old = preferred ? i + 2 : i
  let j = old + 1
  if (!OLD_THINGS.has(wordAt(toks, j))) return undefined
  if (preferred) {
    // "Liked the old one better": the rest of the comparison is part of the idiom.
    while (j + 1 <= old + 5 && OLD_LINKS.has(wordAt(toks, j + 1))) j++
    return { n: j - i + 1, valence: OLD_WAS_BETTER_VALENCE }
  }
  for (let k = j + 1; k <= j + 5 && OLD_LINKS.has(wordAt(toks, k)); k++) if (wordAt(toks, k) === 'better') return { n: k - i + 1, valence: OLD_WAS_BETTER_VALENCE }
  return undefined
}

/** "Transferred four times", "emailed them three times", "called support 5 times": having to ask again and again is a complaint. */
const CONTACTED = new Set(['repeat', 'repeated', 'repeating', 'resend', 'resent', 'resubmit', 'resubmitted', 'transferred', 'called', 'emailed', 'asked', 'contacted', 'chased', 'messaged', 'rang', 'phoned', 'explained', 'escalated', 'bounced', 'reported'])
const CONTACTED_WHOM = new Set(['them', 'you', 'support', 'it', 'out', 'around', 'back', 'in', 'my', 'the', 'issue', 'problem', 'same', 'question', 'again', 'about'])
const AGAIN_COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'multiple', 'several', 'many', 'countless', 'numerous', 'dozens', 'ten', 'twenty'])
const CONTACTED_AGAIN_VALENCE = -2
/** "Had to repeat my account number four times": what is repeated may be any few words. */
const REPEATED = new Set(['repeat', 'repeated', 'repeating', 'resend', 'resent', 'resubmit', 'resubmitted', 're-enter', 'reenter'])
const isCountWord = (w: string) => AGAIN_COUNTS.has(w) || (/^\d+$/.test(w) && Number(w) >= 2)
function contactedAgainAt(toks: Token[], i: number): GapIdiom | undefined {
  let j = i + 1
  const anything = REPEATED.has(toks[i].text)
  while (j <= i + 4 && (CONTACTED_WHOM.has(wordAt(toks, j)) || (anything && toks[j]?.kind === 'word' && !isCountWord(toks[j].text)))) j++
  const count = wordAt(toks, j)
  const many = isCountWord(count)
  return many && /^times?$/.test(wordAt(toks, j + 1)) ? { n: j - i + 2, valence: CONTACTED_AGAIN_VALENCE } : undefined
}

/** "Exports time out" is a fault; "took (the) time out to help" is kindness. */
const TIME_TAKEN = new Set(['take', 'took', 'taking', 'takes', 'taken', 'the', 'some', 'a', 'any', 'your', 'their', 'his', 'her', 'my', 'our'])
const TIMES_OUT_VALENCE = -2

/** "Found something that fits our workflow better", "found a cheaper option": an exit to a rival. */
const FOUND_WHAT = new Set(['something', 'another', 'an', 'a', 'other'])
function foundBetterAt(toks: Token[], i: number): GapIdiom | undefined {
  if (!FOUND_WHAT.has(wordAt(toks, i + 1))) return undefined
  for (let j = i + 2; j <= i + 7 && toks[j]?.kind === 'word'; j++) if (EN_COMPARATIVES.has(toks[j].text)) return { n: j - i + 1, valence: RIVAL_VALENCE }
  return undefined
}

/**
 * "Kept resetting", "keeps asking": a thing that happens again and again is a fault; "keeps getting
 * better" is not. "Keep" only after a doer or "to" ("I keep losing", "have to keep buying"): after
 * "will" it is an intention ("I'll keep checking").
 */
const KEEPS = new Set(['keeps', 'kept', 'keep'])
const KEEP_AFTER = new Set(['i', 'we', 'they', 'you', 'to'])
const KEEPS_FINE = new Set(['going', 'coming', 'getting', 'improving', 'working', 'running', 'growing', 'evolving', 'adding', 'updating', 'surprising', 'delivering', 'bringing', 'using', 'recommending'])
function keepsHappeningAt(toks: Token[], i: number): GapIdiom | undefined {
  const next = wordAt(toks, i + 1)
  if (!next.endsWith('ing') || KEEPS_FINE.has(next) || EN_LEXICON.get(next)) return undefined
  if (toks[i].text === 'keep' && !KEEP_AFTER.has(wordAt(toks, i - 1))) return undefined
  return { n: 2, valence: EXCESS_VALENCE }
}

/** "It has replaced three other tools", "replaces our spreadsheets": taking the place of several is praise (not "replaced it with X"). */
const REPLACED_WHAT = new Set(['tools', 'apps', 'systems', 'spreadsheets', 'spreadsheet', 'products', 'subscriptions', 'vendors', 'platforms', 'solutions', 'services'])
const REPLACED_WHOSE = new Set(['our', 'my', 'all', 'several', 'multiple', 'many', 'two', 'three', 'four', 'five', 'a', 'the', 'other', 'old', 'those', 'these', 'about'])
function replacedToolsAt(toks: Token[], i: number): GapIdiom | undefined {
  if (!REPLACED_WHOSE.has(wordAt(toks, i + 1)) && !/^\d+$/.test(wordAt(toks, i + 1))) return undefined
  for (let j = i + 2; j <= i + 4 && toks[j]?.kind === 'word'; j++) if (REPLACED_WHAT.has(toks[j].text)) return { n: j - i + 1, valence: MEASURE_VALENCE }
  return undefined
}

/** "Too frequent", "too long": excess is a complaint; "too" before a function word or at the end means "also". */
function excessAt(toks: Token[], i: number): GapIdiom | undefined {
  const next = wordAt(toks, i + 1)
  // "It's too much", "too much noise": but "too much fun" is praise.
  if (next === 'much') return (EN_LEXICON.get(wordAt(toks, i + 2)) ?? 0) > 0 ? undefined : { n: 2, valence: EXCESS_VALENCE, litotes: true }
  // A mild good ("too big", "too simple", "too bright") is too much of it; strong praise is not ("too cute").
  const valence = EN_LEXICON.get(next) ?? 0
  if (!next || valence < 0 || valence > 1 || EN_STOP.has(next) || EN_INTENSIFIERS.has(next)) return undefined
  // Denied, it is praise: "not too long".
  return { n: 2, valence: EXCESS_VALENCE, litotes: true }
}
