// English idioms with words between their parts, read as one sentiment unit: a counterfactual
// ("could have been so much better"), a rival that "does this much better", a fault fixed, a
// feature not tried yet, a book one "couldn't put down". units.ts tries them after its phrases;
// leadingIdiomAt's (depending on us, a superlative denied, "less than stellar"...) before them.
import { COUNTERFACTUAL_VALENCE, RIVAL_DOES, RIVAL_VALENCE, RIVAL_WHAT, EN_COMPARATIVES, EN_COUNTERFACTUAL_MODALS, EN_OBLIGATIONS, EN_INTENSIFIERS, EN_LEXICON } from './lexicon-en.ts'
import { changeIdiomAt, type GapIdiom } from './units-idioms-change.ts'
import { DETERMINERS, knownWord, lowerCaseName, PLACES } from './names.ts'
import { EN_STOP } from './themes-filler.ts'
import { LATIN_OURS } from './units-words.ts'
import { wordAt, type Token } from './tokenize.ts'

/** Degree words that may sit between a counterfactual's "be" and its comparative ("so much better", "a lot"). */
const COUNTERFACTUAL_FILLERS = new Set([...EN_INTENSIFIERS.keys(), 'much', 'a', 'lot', 'alot', 'far', 'even', 'heaps', 'tons'])

/** Index after up to three degree words from `j` ("so much", "way"). */
function pastFillers(toks: Token[], j: number): number {
  for (let skipped = 0; skipped < 3 && COUNTERFACTUAL_FILLERS.has(wordAt(toks, j)); skipped++) j++
  return j
}

/** Tokens in "could have been so much better" from the modal at `i`, or 0 when none starts there. */
function counterfactualLength(toks: Token[], i: number): number {
  let j = i + 1
  // "Needs to be faster", "has to be cheaper": obligations take "to"; could and should do not.
  if (EN_OBLIGATIONS.has(toks[i].text)) { if (wordAt(toks, j) !== 'to') return 0; j++ }
  if (wordAt(toks, j) === 'be') j++
  else if (wordAt(toks, j) === 'have' && wordAt(toks, j + 1) === 'been') j += 2
  else return 0
  j = pastFillers(toks, j)
  return EN_COMPARATIVES.has(wordAt(toks, j)) ? j - i + 1 : 0
}

/**
 * Tokens in "Qualtrics has much better reporting", "Typeform does conditional logic way better" from a
 * name at `i` (written Capitalised mid-sentence, no word of ours), or 0: a rival's praise is our fault.
 * Not with "than" after ("Sarah was better than the last agent" says what it is better than).
 */
const NAMED_DOES = new Set(['is', 'does', 'has', 'was', 'offers', 'handles', 'gets', 'seems', 'feels', 'looks', 'works', 'makes'])
const MOVING_TO = new Set(['moving', 'moved', 'migrating', 'migrated'])
const GOING_WITH = new Set(['going', 'went', 'gone', 'go'])

function namedRivalLength(toks: Token[], i: number): number {
  const w = toks[i].text
  // "Buzzsprout's stats are miles ahead": a name's own thing, compared.
  const possessed = wordAt(toks, i + 1) === "'s" && toks[i].named && /^(are|is)$/.test(wordAt(toks, i + 3)) ? 2 : 0
  if ((!toks[i].rival && (EN_LEXICON.has(w) || EN_STOP.has(w))) || !(possessed || NAMED_DOES.has(wordAt(toks, i + 1))) || DETERMINERS.has(wordAt(toks, i - 1))) return 0
  for (let j = i + 2 + possessed; j <= i + 6 + possessed && toks[j]?.kind === 'word'; j++) {
    if (toks[j].text === 'ahead' && wordAt(toks, j - 1) === 'miles') return j - i + 1
    if (!EN_COMPARATIVES.has(toks[j].text)) continue
    for (let k = j + 1; k <= j + 4 && toks[k]?.kind === 'word'; k++) if (toks[k].text === 'than') return 0
    return j - i + 1
  }
  return 0
}

/**
 * Tokens in "Typeform does this for free", "Google Forms is half the price", "Qualtrics gives us all of
 * this" from a name at `i`, or 0: a rival offering what we charge for. A name is a word written
 * Capitalised mid-sentence or, opening one, a word of no list we know (not "Shipping was free").
 */
const RIVAL_OFFERS = new Set(['does', 'did', 'gives', 'gave', 'has', 'had', 'offers', 'includes', 'lets', 'is', 'are', 'costs', 'charges', 'comes', 'handles', 'covers', 'covered'])
const OFFER_FILLERS = new Set(['already', 'also', 'just', 'literally', 'basically', 'now', 'pretty', 'much'])
const RIVAL_CUES = [['for', 'free'], ['half', 'the', 'price'], ['half', 'price'], ['a', 'fraction'], ['the', 'same', 'thing'], ['the', 'same', 'for'], ['all', 'of', 'this'], ['all', 'this'], ['most', 'of', 'this'], ['this', 'out', 'of', 'the', 'box'], ['what', 'we', 'need'], ['what', 'i', 'need'], ['for', 'less'], ['the', 'exact', 'same']]
const OUR_THINGS = new Set(['support', 'pricing', 'setup', 'onboarding', 'dashboard', 'widget', 'exports', 'export', 'reports', 'analytics', 'alerts', 'everything', 'nothing', 'product', 'tool', 'app', 'shipping', 'delivery'])
function rivalOffersLength(toks: Token[], i: number): number {
  if (!toks[i].named && !toks[i].rival && (knownWord(toks[i].text) || OUR_THINGS.has(toks[i].text))) return 0
  let j = i
  while (j < i + 2 && (toks[j + 1]?.named || toks[j + 1]?.rival)) j++
  let k = j + 1
  while (OFFER_FILLERS.has(wordAt(toks, k))) k++
  if (!RIVAL_OFFERS.has(wordAt(toks, k))) return 0
  for (let m = k + 1; m <= k + 8 && toks[m]?.kind === 'word'; m++) {
    // "…does this for free and better": the comparative after it is the rival's too.
    for (const cue of RIVAL_CUES) if (cue.every((c, d) => wordAt(toks, m + d) === c)) return m + cue.length - i + (wordAt(toks, m + cue.length) === 'and' && EN_COMPARATIVES.has(wordAt(toks, m + cue.length + 1)) ? 2 : 0)
  }
  return 0
}

/** Tokens in "does this so much better" from the verb at `i`, or 0. */
function rivalLength(toks: Token[], i: number): number {
  if (!RIVAL_WHAT.has(wordAt(toks, i + 1))) return 0
  const j = pastFillers(toks, i + 2)
  return wordAt(toks, j) === 'better' ? j - i + 1 : 0
}

/** "Stopped improving", "quit helping": the verb denies the praise that follows it as "not" would. */
const STOP_VERBS = new Set(['stop', 'stops', 'stopped', 'quit', 'quits', 'ceased'])
export const deniesNextPraise = (toks: Token[], i: number) => STOP_VERBS.has(toks[i].text) && /ing$/.test(wordAt(toks, i + 1)) && (EN_LEXICON.get(wordAt(toks, i + 1)) ?? 0) > 0

/** Tokens in "(couldn't|haven't) put this book down" (a book or game one could not leave) from "not" at `i`, or 0. */
const PUT_DOWN_MODALS = new Set(['can', 'could', 'have', 'has', 'had'])
function notPutDownLength(toks: Token[], i: number): number {
  if (wordAt(toks, i + 1) !== 'put' || !PUT_DOWN_MODALS.has(wordAt(toks, i - 1))) return 0
  for (let j = i + 2; j <= i + 5; j++) if (wordAt(toks, j) === 'down') return j - i + 1
  return 0
}
const NOT_PUT_DOWN_VALENCE = 3

/**
 * Tokens in "(haven't) really tried the editor yet" from "not" at `i`, or 0: not having used it yet,
 * or much, or since some time, is no verdict ("haven't really used it since we onboarded").
 */
const USE_VERBS = new Set(['opened', 'clicked', 'noticed', 'tried', 'used', 'explored', 'tested', 'touched', 'checked', 'played', 'set', 'looked', 'bought', 'ordered', 'purchased', 'booked', 'started'])
const UNTRIED_VERBS = new Set(['touched', 'explored', 'opened', 'clicked', 'noticed'])
const NOT_USED_ENDS = new Set(['yet', 'much', 'since', 'lately', 'recently'])
function notUsedYetLength(toks: Token[], i: number): number {
  let j = i + 1
  if (wordAt(toks, j) === 'really' || wordAt(toks, j) === 'even' || wordAt(toks, j) === 'actually') j++
  if (!USE_VERBS.has(wordAt(toks, j))) return 0
  // "Haven't touched the AI stuff", "haven't opened the new dashboard": not having tried is no verdict, yet or not.
  if (UNTRIED_VERBS.has(wordAt(toks, j))) return j - i + 1
  for (let k = j + 1; k <= j + 6 && toks[k]?.kind === 'word'; k++) if (NOT_USED_ENDS.has(toks[k].text)) return k - i + 1
  return 0
}

// Understanding a fault is half the fix ("understood my problem right away").
const FIX_VERBS = new Set(['reversed', 'fixed', 'resolved', 'solved', 'sorted', 'understood', 'diagnosed', 'addressed', 'handled'])
const FIX_WHOSE = new Set(['my', 'our', 'the', 'this', 'that', 'their', 'your'])
const FAULTS = new Set(['issue', 'issues', 'problem', 'problems', 'bug', 'bugs', 'glitch', 'error', 'errors'])
/** Tokens in "fixed my (export) issue" (a fault put right, its name between) from the verb at `i`, or 0. */
function faultFixedLength(toks: Token[], i: number): number {
  if (!FIX_WHOSE.has(wordAt(toks, i + 1))) return 0
  for (let j = i + 2; j <= i + 4; j++) if (FAULTS.has(wordAt(toks, j))) return j - i + 1
  return 0
}
const FAULT_FIXED_VALENCE = 2
/** "Got my broken RSS feed fixed", "had the dead charger replaced": a fault put right, named between the verbs (from "got" at `i`), or 0. */
const HAD_DONE = new Set(['got', 'had'])
const PUT_RIGHT = new Set(['fixed', 'sorted', 'repaired', 'replaced', 'restored', 'resolved', 'working'])
function faultPutRightLength(toks: Token[], i: number): number {
  if (!FIX_WHOSE.has(wordAt(toks, i + 1))) return 0
  for (let j = i + 2; j <= i + 6 && toks[j]?.kind === 'word'; j++) if (PUT_RIGHT.has(toks[j].text)) return j - i + 1
  return 0
}

/**
 * "Typeform is way better than you", "cheaper than yours": a comparative that favours a rival over us.
 * Not the "you" of anyone ("better than you'd expect", "than you think").
 */
const US = new Set(['you', 'your', 'yours', 'u', 'ya', 'this'])
const ANYONE_AFTER_YOU = new Set(['would', 'will', 'think', 'expect', 'expected', 'might', 'can', 'could', 'imagine', 'get', 'need', 'want'])
function favoursRivalAt(toks: Token[], i: number): boolean {
  for (let j = i + 1; j <= i + 3 && toks[j]?.kind === 'word'; j++) if (toks[j].text === 'than') return US.has(wordAt(toks, j + 1)) && !ANYONE_AFTER_YOU.has(wordAt(toks, j + 2))
  return false
}

/** A comparative before "than" and a name, with no name before it in its clause (a rival's own boast would have one). */
const BEATS_RIVAL_VALENCE = 2
function beatsRivalAt(toks: Token[], i: number): boolean {
  if (wordAt(toks, i + 1) !== 'than' || !toks[i + 2] || !(toks[i + 2].named || toks[i + 2].rival || lowerCaseName(toks[i + 2]))) return false
  for (let k = i - 1; k >= 0 && toks[k].kind !== 'punct'; k--) if (toks[k].named || toks[k].rival || (toks[k].opening && !knownWord(toks[k].text))) return false
  return true
}

/** "Drops to like 2mbps", "waited like 40 minutes": a "like" before a number says about, not fondness ("we like 2 of them"). */
const LIKERS = new Set(['i', 'we', 'you', 'they', 'would', "'d", 'really', 'also', 'still', 'do', 'did', 'kids', 'people'])
const SPANS = new Set(['hour', 'minute', 'day', 'week', 'month', 'year', 'second'])
function approximates(toks: Token[], i: number): boolean {
  // "take like an hour" too.
  const amount = /^\d/.test(toks[i + 1]?.text ?? '') || (/^(a|an)$/.test(wordAt(toks, i + 1)) && SPANS.has(wordAt(toks, i + 2)))
  return amount && !LIKERS.has(wordAt(toks, i - 1))
}

const LIKED_VALENCE = 2, OPPOSITE_VALENCE = -2

export type { GapIdiom }

/**
 * An idiom with words between its parts, starting at `i`: a counterfactual ("could have been so much
 * better"), a rival that "does this much better" or is "better than you", a book one "couldn't put
 * down", a fault fixed, a feature not tried yet. Undefined where none starts.
 */
export function gapIdiomAt(toks: Token[], i: number): GapIdiom | undefined {
  const w = toks[i].text
  if (w === 'like' && approximates(toks, i)) return { n: 1 }
  // "Like the content. Hate the 3 emails a day.": opening a sentence, "like" is the writer's liking.
  if (w === 'like' && (i === 0 || /^[.!?\n]$/.test(toks[i - 1].text)) && DETERMINERS.has(wordAt(toks, i + 1))) return { n: 1, valence: LIKED_VALENCE }
  // "Delivery was great, customer service was the opposite": the clause denies the one before.
  if (w === 'the' && wordAt(toks, i + 1) === 'opposite' && /^(was|is|were|are)$/.test(wordAt(toks, i - 1)) && toks[i + 2]?.kind !== 'word') return { n: 2, valence: OPPOSITE_VALENCE }
  // "Was worried it would be a ripoff, but not at all": a misgiving denied.
  if (w === 'not' && wordAt(toks, i - 1) === 'but' && wordAt(toks, i + 1) === 'at' && wordAt(toks, i + 2) === 'all' && toks[i + 3]?.kind !== 'word') return { n: 3, valence: 1 }
  // "Wiped my saved recipes": what was saved, no saving of ours.
  if (w === 'saved' && DETERMINERS.has(wordAt(toks, i - 1)) && toks[i + 1]?.kind === 'word') return { n: 1 }
  const putDown = w === 'not' ? notPutDownLength(toks, i) : 0
  if (putDown) return { n: putDown, valence: NOT_PUT_DOWN_VALENCE }
  const notYet = w === 'not' ? notUsedYetLength(toks, i) : 0
  if (notYet) return { n: notYet, valence: 0, noVerdict: true }
  const fixed = FIX_VERBS.has(w) ? faultFixedLength(toks, i) : HAD_DONE.has(w) ? faultPutRightLength(toks, i) : 0
  if (fixed) return { n: fixed, valence: FAULT_FIXED_VALENCE, deed: true }
  // Denied, it is praise ("nothing is better than this").
  if (EN_COMPARATIVES.has(w) && favoursRivalAt(toks, i)) return { n: 1, valence: RIVAL_VALENCE, litotes: true }
  // "Cheaper than DocuSign but missing bulk send": with no one else named before it, the comparative is ours.
  if (EN_COMPARATIVES.has(w) && beatsRivalAt(toks, i)) return { n: 3, valence: BEATS_RIVAL_VALENCE, competes: true }
  // "More flexible than yours": any praise made a comparative.
  if (w === 'more' && (EN_LEXICON.get(wordAt(toks, i + 1)) ?? 0) > 0 && wordAt(toks, i + 2) === 'than' && favoursRivalAt(toks, i)) return { n: 2, valence: RIVAL_VALENCE, litotes: true }
  const counterfactual = EN_COUNTERFACTUAL_MODALS.has(w) || EN_OBLIGATIONS.has(w) ? counterfactualLength(toks, i) : 0
  if (counterfactual) return { n: counterfactual, valence: COUNTERFACTUAL_VALENCE }
  // "netflix has more stuff for less money": written in lower case, a name opens the comment at least.
  const offers = toks[i].named || toks[i].opening || toks[i].rival || i === 0 ? rivalOffersLength(toks, i) : 0
  if (offers) return { n: offers, valence: RIVAL_VALENCE, competes: true }
  const named = toks[i].named || toks[i].rival ? namedRivalLength(toks, i) : 0
  if (named) return { n: named, valence: RIVAL_VALENCE, litotes: true, competes: true }
  // "We're moving to Qualtrics": leaving for a name, as "switching to" is for anything.
  // "Moving to Germany next month": a place is no rival, and the move no verdict on us.
  if (MOVING_TO.has(w) && wordAt(toks, i + 1) === 'to' && PLACES.has(wordAt(toks, i + 2))) return { n: 3, valence: 0, noVerdict: true }
  if (MOVING_TO.has(w) && wordAt(toks, i + 1) === 'to' && (toks[i + 2]?.named || toks[i + 2]?.rival)) return { n: 3, valence: RIVAL_VALENCE, leaving: true, competes: true }
  // "Going with HubSpot since we already pay for it": choosing a name over us.
  if (GOING_WITH.has(w) && wordAt(toks, i + 1) === 'with' && (toks[i + 2]?.named || toks[i + 2]?.rival)) return { n: 3, valence: RIVAL_VALENCE, leaving: true, competes: true }
  const rival = RIVAL_DOES.has(w) ? rivalLength(toks, i) : 0
  return rival ? { n: rival, valence: RIVAL_VALENCE } : changeIdiomAt(toks, i)
}

/** "Can't imagine running our team without it", "we'd be lost without you": depending on us is praise. */
const DEPENDENCE_CUES = new Set(['not', 'lost', 'what', 'how'])
const DEPENDED_ON = new Set(['it', 'you', 'this', 'them', 'u', 'ya'])
const AFTER_DEPENDED = new Set(['now', 'anymore', 'ever', 'again', 'today'])
const PRODUCT_WORDS = new Set(['app', 'tool', 'product', 'platform', 'software', 'service', 'thing', 'site', 'team'])
const DEPENDENCE_VALENCE = 3
/** Tokens from a cue at `i` to "without it" closing its clause, or 0. */
/** "Security won't approve without it": a sign-off refused for something we lack, no dependence on us. */
const GATED = new Set(['approve', 'sign', 'buy', 'renew', 'upgrade', 'purchase', 'adopt', 'proceed', 'commit', 'move', 'consider', 'allow', 'let'])
function dependenceLength(toks: Token[], i: number): number {
  if (!DEPENDENCE_CUES.has(toks[i].text) || (toks[i].text === 'not' && GATED.has(wordAt(toks, i + 1)))) return 0
  for (let j = i + 1; j <= i + 9 && toks[j]?.kind === 'word'; j++) {
    if (toks[j].text !== 'without' || !DEPENDED_ON.has(wordAt(toks, j + 1))) continue
    // "Without this app": one word may name it.
    const k = wordAt(toks, j + 1) === 'this' && PRODUCT_WORDS.has(wordAt(toks, j + 2)) ? j + 2 : j + 1
    // The clause must end there: "without it crashing" is a fault, not a dependence.
    const next = wordAt(toks, k + 1)
    return next === '' || AFTER_DEPENDED.has(next) ? k - i + 1 : 0
  }
  return 0
}
/** Depending on us, from a cue at `i`. */
const dependenceAt = (toks: Token[], i: number): GapIdiom | undefined => {
  const n = dependenceLength(toks, i)
  return n ? { n, valence: DEPENDENCE_VALENCE } : undefined
}

/**
 * An idiom tried before phrases, which would otherwise take its first words ("not imagine", "switched
 * to", "could not be better"): depending on us, coming to us late, the lowest rating, a counterfactual
 * denied, the most in years, trying too hard, praise "less than" itself. Undefined where none starts at `i`.
 */
export const leadingIdiomAt = (toks: Token[], i: number): GapIdiom | undefined =>
  dependenceAt(toks, i) ?? soonerAt(toks, i) ?? zeroRatingAt(toks, i) ?? deniedCounterfactualAt(toks, i) ?? notInYearsAt(toks, i) ?? triesTooHardAt(toks, i) ?? lessThanPraiseAt(toks, i) ??
  echoedQuestionAt(toks, i) ?? asHellAt(toks, i) ?? stillComingAt(toks, i)

/** "How easy? Not at all.": the survey's question said back is no verdict; the answer after it is. */
function echoedQuestionAt(toks: Token[], i: number): GapIdiom | undefined {
  if (toks[i].text !== 'how' || !EN_LEXICON.get(wordAt(toks, i + 1))) return undefined
  const was = /^(was|is)$/.test(wordAt(toks, i + 2)) && wordAt(toks, i + 3) === 'it' ? 2 : 0
  return toks[i + 2 + was]?.text === '?' ? { n: 2 + was, valence: 0 } : undefined
}

/** "Unsubscribed and still get them", "unsubscribed twice, still getting them": messages that will not stop. */
const STOPPED = new Set(['unsubscribed', 'unsubscribe', 'unsubscribing', 'unsubbed', 'unsub'])
const STILL_COMING_VALENCE = -2
function stillComingAt(toks: Token[], i: number): GapIdiom | undefined {
  if (!STOPPED.has(toks[i].text)) return undefined
  for (let j = i + 1; j <= i + 6; j++) {
    if (toks[j]?.kind === 'punct' && toks[j].text !== ',') return undefined
    if (wordAt(toks, j) === 'still') return { n: j - i + 1, valence: STILL_COMING_VALENCE }
  }
  return undefined
}

/** "Buggy as hell", "ugly as sin", "fast af": the swearing strengthens the word before it, whichever way it leans ("hell" alone is a complaint). */
const AS_HELL_DEGREE = 1.5
function asHellAt(toks: Token[], i: number): GapIdiom | undefined {
  const v = EN_LEXICON.get(toks[i].text) ?? 0
  if (!v || toks[i].kind !== 'word') return undefined
  const n = wordAt(toks, i + 1) === 'af' ? 2 : wordAt(toks, i + 1) === 'as' && /^(hell|fuck|heck|sin)$/.test(wordAt(toks, i + 2)) ? 3 : 0
  return n ? { n, valence: v * AS_HELL_DEGREE } : undefined
}

/** "Less than stellar", "less funny", "less buggy": what follows denied, as "not" would ("less than 5 minutes" is a measure). */
const DENIED_PRAISE_SHARE = 0.7
/** The least a denial of praise weighs: "less than ideal" (ideal: 2) is a plain complaint, not a murmur. */
const DENIED_PRAISE_MIN = 1.5
function lessThanPraiseAt(toks: Token[], i: number): GapIdiom | undefined {
  if (toks[i].text !== 'less') return undefined
  const than = wordAt(toks, i + 1) === 'than'
  const v = EN_LEXICON.get(wordAt(toks, than ? i + 2 : i + 1)) ?? 0
  if (than) return v > 0 ? { n: 3, valence: -Math.max(DENIED_PRAISE_MIN, v * DENIED_PRAISE_SHARE) } : undefined
  // "Less funny than it thinks", "less reliable since the update" deny praise; "less buggy", "less stress" deny a complaint.
  return v !== 0 ? { n: 2, valence: -Math.sign(v) * Math.max(DENIED_PRAISE_MIN, Math.abs(v) * DENIED_PRAISE_SHARE) } : undefined
}

/** "Tries too hard to be clever": what it tries to be is no praise. */
const TRIES = new Set(['tries', 'trying', 'tried', 'try'])
const TRIES_TOO_HARD_VALENCE = -2
function triesTooHardAt(toks: Token[], i: number): GapIdiom | undefined {
  if (!TRIES.has(toks[i].text) || wordAt(toks, i + 1) !== 'too' || wordAt(toks, i + 2) !== 'hard') return undefined
  const be = wordAt(toks, i + 3) === 'to' && wordAt(toks, i + 4) === 'be' && wordAt(toks, i + 5) ? 3 : 0
  return { n: 3 + be, valence: TRIES_TOO_HARD_VALENCE }
}

/**
 * "Haven't enjoyed a movie this much in years", "haven't been this disappointed in ages": the most in a
 * long while, praise or complaint as the verdict word says ("this good", "this disappointed"), or the
 * verb before "this much" ("enjoyed"); no negator flips it.
 */
const THIS_MUCH = new Set(['this', 'so', 'that'])
const HOW_MUCH = new Set(['much', 'hard', 'often', 'long'])
const LONG_WHILE = new Set(['years', 'ages', 'decades', 'forever', 'months', 'while', 'long'])
const IN_YEARS_VALENCE = 3
function notInYearsAt(toks: Token[], i: number): GapIdiom | undefined {
  if (toks[i].text !== 'not' && toks[i].text !== 'never') return undefined
  for (let j = i + 1; j <= i + 8 && toks[j]?.kind === 'word'; j++) {
    if (!THIS_MUCH.has(toks[j].text) || wordAt(toks, j + 2) !== 'in') continue
    let k = j + 3
    if (wordAt(toks, k) === 'a') k++
    if (!LONG_WHILE.has(wordAt(toks, k))) return undefined
    let verdict = HOW_MUCH.has(wordAt(toks, j + 1)) ? 0 : EN_LEXICON.get(wordAt(toks, j + 1)) ?? 0
    for (let v = i + 1; v < j && !verdict; v++) verdict = EN_LEXICON.get(wordAt(toks, v)) ?? 0
    return { n: k - i + 1, valence: verdict < 0 ? -IN_YEARS_VALENCE : IN_YEARS_VALENCE, unflipped: true }
  }
  return undefined
}

/**
 * "Couldn't have been better", "can't get any better", "could not be worse": a counterfactual denied
 * is a superlative, praise or complaint as its comparative says ("not" must not flip "better").
 */
const DENIED_MODALS = new Set(['could', 'can'])
const BECOMING = new Set(['be', 'been', 'get', 'gotten', 'got', 'gone', 'go', 'went'])
const SUPERLATIVE_FILLERS = new Set(['any', 'much', 'even', 'a', 'lot', 'possibly', 'have'])
const BETTER = new Set([...EN_COMPARATIVES, 'happier'])
const WORSE = new Set(['worse', 'slower', 'harder', 'ruder'])
const SUPERLATIVE_VALENCE = 3
function deniedCounterfactualAt(toks: Token[], i: number): GapIdiom | undefined {
  if (!DENIED_MODALS.has(toks[i].text) || (wordAt(toks, i + 1) !== 'not' && wordAt(toks, i + 1) !== 'never')) return undefined
  let j = i + 2
  while (j <= i + 4 && SUPERLATIVE_FILLERS.has(wordAt(toks, j))) j++
  if (!BECOMING.has(wordAt(toks, j))) return undefined
  j++
  while (j <= i + 7 && SUPERLATIVE_FILLERS.has(wordAt(toks, j))) j++
  const w = wordAt(toks, j)
  return BETTER.has(w) ? { n: j - i + 1, valence: SUPERLATIVE_VALENCE } : WORSE.has(w) ? { n: j - i + 1, valence: -SUPERLATIVE_VALENCE } : undefined
}

/** "Wish I'd bought it sooner", "why didn't we switch to you sooner": coming late is the regret; praise a negator never flips. */
const ACQUIRED = new Set(['done', 'did', 'moved', 'made', 'bought', 'buying', 'buy', 'got', 'getting', 'get', 'gotten', 'switched', 'switching', 'switch', 'found', 'finding', 'discovered', 'started', 'starting', 'tried', 'trying', 'ordered', 'joined', 'signed'])
const SOONER_VALENCE = 3
const DOERS = new Set(['i', 'we', 'they'])
const SOONER_BETWEEN = new Set(['the', 'switch', 'move', 'it', 'this', 'one', 'them', 'you', 'these', 'to', 'using', 'with', 'on', 'up', 'app', 'tool', 'product', 'here', 'in', 'out', 'a', 'your', 'ya', 'u'])
const LONG_AGO = new Set(['years', 'months', 'ages', 'weeks', 'year', 'month'])
/** From "not" before such a verb, or the verb, to "sooner" or "earlier" within five words; or undefined. */
function soonerAt(toks: Token[], i: number): GapIdiom | undefined {
  const w = toks[i].text
  // "Not buying it sooner", "why didn't we switch sooner".
  const verb = ACQUIRED.has(w) ? i : w !== 'not' ? -1 : ACQUIRED.has(wordAt(toks, i + 1)) ? i + 1 : DOERS.has(wordAt(toks, i + 1)) && ACQUIRED.has(wordAt(toks, i + 2)) ? i + 2 : -1
  if (verb < 0) return undefined
  // "Wish I'd done it years ago" too; "bought it years ago" alone is only when.
  const wished = [1, 2, 3, 4].some((k) => wordAt(toks, verb - k) === 'wish')
  for (let j = verb + 1; j <= verb + 5 && toks[j]?.kind === 'word'; j++) {
    if (toks[j].text === 'sooner' || toks[j].text === 'earlier' || (wished && toks[j].text === 'ago' && LONG_AGO.has(wordAt(toks, j - 1)))) return { n: j - i + 1, valence: SOONER_VALENCE, unflipped: true, praiseInQuestion: true }
    if (wished && LONG_AGO.has(toks[j].text)) continue
    // Only the product may sit between ("the theft sooner" is no praise).
    if (!SOONER_BETWEEN.has(toks[j].text)) return undefined
  }
  return undefined
}

/** "Wish I could give it 0", "would give zero stars": the lowest rating, which a wish does not turn. */
const ZERO_RATING = new Set(['0', 'zero', 'no', 'negative', 'minus'])
const ZERO_RATING_VALENCE = -3
const RATED = new Set(['it', 'them', 'this', 'you', 'u'])
function zeroRatingAt(toks: Token[], i: number): GapIdiom | undefined {
  if (toks[i].text !== 'give') return undefined
  let j = i + 1
  if (RATED.has(wordAt(toks, j))) j++
  if (!ZERO_RATING.has(wordAt(toks, j))) return undefined
  // "Give no reason" is something else: a bare 0 or zero, or "no"/"negative" before stars.
  const stars = /^stars?$/.test(wordAt(toks, j + 1))
  if (!stars && (wordAt(toks, j) === 'no' || wordAt(toks, j) === 'negative' || wordAt(toks, j) === 'minus')) return undefined
  return { n: j - i + (stars ? 2 : 1), valence: ZERO_RATING_VALENCE, unflipped: true }
}
