// The unit stream the sentiment rules walk: English words, emoji, punctuation, and Chinese
// runs cut by forward maximum matching against the lexicon tables (not the segmenter, which
// splits 不好用 or 贵了 in ways that hide the sentiment word).
import { EMOJI_VALENCE } from './emoji.ts'
import { COUNTERFACTUAL_VALENCE, RIVAL_DOES, RIVAL_VALENCE, RIVAL_WHAT, EN_COMPARATIVES, EN_COUNTERFACTUAL_MODALS, EN_OBLIGATIONS, EN_CONCESSIVE, EN_CONTRAST, EN_DEED_PHRASES, EN_NO_VERDICT_PHRASES, EN_INTENSIFIERS, EN_LEXICON, EXCESS_VALENCE, EN_NEGATOR_PHRASES, EN_NEGATORS, EN_PHRASES, EN_QUESTION, EN_REQUEST_PHRASES, EN_WISH_PHRASES, HABIT_BEFORE_USED } from './lexicon-en.ts'
import { ZH_CONCESSIVE, ZH_CONTRAST, ZH_RESERVATION, ZH_DEGREE, ZH_LEXICON, ZH_MAX_WORD, ZH_NEGATORS, ZH_QUESTION, ZH_REQUEST } from './lexicon-zh.ts'
import { ZH_NO_VERDICT_WORDS } from './lexicon-zh-general.ts'
import { tokenize, type Token } from './tokenize.ts'
import { otherLexicon, type OtherLexicon } from './lexicon-other-load.ts'

export type Unit = {
  text: string
  /** Valence if this unit is a sentiment word. */
  valence?: number
  negator?: number
  degree?: number
  contrast?: boolean
  concessive?: boolean
  /** Opens a minor reservation (就是, 只是): counted, but it does not overturn the clause before. */
  reservation?: boolean
  boundary?: boolean
  /** Opens a complaining question (为什么, 难道, why). */
  question?: boolean
  exclaim?: boolean
  /** A verdict word whose denial is praise in its language ("no está mal"); English's are in sentiment-rules.ts. */
  litotes?: boolean
  /** Its valence is never flipped by a negator before it: an emoji says how the writer feels ("doesn't work 😠"). */
  unflipped?: boolean
  /** A negator that is a wish: it flips praise after it, but with nothing to flip it is no complaint. */
  wish?: boolean
  /** Opens a request ("please add", 希望增加): its clause names what is wanted, with no verdict. */
  request?: boolean
  /** Praise of something done ("fixed my issue"): "never" denies it as "not" does ("never fixed the bug"). */
  deed?: boolean
  /** Says there is no verdict to give ("no longer need it", 不好评价): with nothing else, the comment is neutral. */
  noVerdict?: boolean
  /** Share of a negation window this unit uses up (Chinese characters are shorter than words). */
  cost: number
}

const ZH_CONTRAST_SET = new Set(ZH_CONTRAST)
const ZH_CONCESSIVE_SET = new Set(ZH_CONCESSIVE)
const ZH_QUESTION_SET = new Set(ZH_QUESTION)
const ZH_RESERVATION_SET = new Set(ZH_RESERVATION)
const ZH_REQUEST_SET = new Set(ZH_REQUEST)

const ZH_NO_VERDICT: ReadonlySet<string> = new Set(ZH_NO_VERDICT_WORDS)

function zhUnit(w: string): Unit | undefined {
  const valence = ZH_LEXICON.get(w), negator = ZH_NEGATORS.get(w), degree = ZH_DEGREE.get(w)
  const contrast = ZH_CONTRAST_SET.has(w), concessive = ZH_CONCESSIVE_SET.has(w), question = ZH_QUESTION_SET.has(w), reservation = ZH_RESERVATION_SET.has(w)
  if (ZH_REQUEST_SET.has(w)) return { text: w, request: true, cost: w.length * 0.7 }
  if (valence === undefined && negator === undefined && degree === undefined && !contrast && !concessive && !question && !reservation) return undefined
  return { text: w, valence, negator, degree, contrast, concessive, question, reservation, noVerdict: ZH_NO_VERDICT.has(w) || undefined, cost: w.length * 0.7 }
}

// Every Chinese entry as a ready unit, and the longest entry starting with each character, so
// the matcher tries only lengths that can hit (built once; units are shared, never mutated).
const ZH_UNITS = new Map<string, Unit>()
const ZH_LONGEST = new Map<string, number>()
for (const w of [...ZH_REQUEST, ...ZH_LEXICON.keys(), ...ZH_NEGATORS.keys(), ...ZH_DEGREE.keys(), ...ZH_CONTRAST, ...ZH_CONCESSIVE, ...ZH_QUESTION, ...ZH_RESERVATION]) {
  if (ZH_UNITS.has(w)) continue
  ZH_UNITS.set(w, zhUnit(w)!)
  ZH_LONGEST.set(w[0], Math.max(ZH_LONGEST.get(w[0]) ?? 0, w.length))
}
const PLAIN_HAN: Unit = { text: '', cost: 0.7 }

/**
 * "Before" denies the praise after it, as "used to" does (以前很好用, 以前挺喜欢的, 本来挺好用的), unless
 * it is what the present is compared with (比以前好, 没有以前好吃, 和以前一样), the past's own (以前的),
 * a past visit or booking (以前来过, 以前住过, 本来订的), or what already was (本来就, 以前就). A
 * wish-like negator: with nothing to deny, no complaint.
 */
const ZH_BEFORE = new Map(['以前', '之前', '曾经', '本来', '原本'].map((w): [string, Unit] => [w, { text: w, negator: -1, wish: true, cost: w.length * 0.7 }]))
const COMPARED = new Set(['比', '和', '跟', '同', '像', '如', '有', '没', '于', '过'])
/** 比 a few characters back compares too (比我们之前用的系统好上手). */
const COMPARED_EARLIER = /比[^比]{0,4}$/
const NOT_PRAISE_NEXT = /[的后前曾来去住点吃买订定就]/

function hanUnits(run: string, out: Unit[]): void {
  let i = 0
  while (i < run.length) {
    let unit: Unit | undefined
    const longest = Math.min(ZH_LONGEST.get(run[i]) ?? 0, ZH_MAX_WORD, run.length - i)
    for (let len = longest; len >= 1 && !unit; len--) unit = ZH_UNITS.get(len === 1 ? run[i] : run.slice(i, i + len))
    // A longer word holding it speaks for itself (本来以为: an expectation).
    const before = unit && unit.text.length > 2 ? undefined : ZH_BEFORE.get(run.slice(i, i + 2))
    if (before && !COMPARED.has(run[i - 1] ?? '') && !COMPARED_EARLIER.test(run.slice(Math.max(0, i - 5), i)) && !NOT_PRAISE_NEXT.test(run[i + 2] ?? '')) { out.push(before); i += 2; continue }
    out.push(unit ?? PLAIN_HAN)
    i += unit ? unit.text.length : 1
  }
}

/** A verdict word of the language's litotes list its generated word list lacks ("Probleme"): a complaint, as "problems" is in English. */
const LITOTES_VALENCE = -2

/** `other`: the word lists of the comment's language, when it is not English (they speak first). */
function wordUnit(w: string, other?: OtherLexicon): Unit {
  // A word the language uses otherwise than the lists read it (German "die") is plain.
  const plain = other?.plain.has(w)
  return {
    text: w, cost: 1,
    // The language's own negators are negators only ("no" in "no me gusta" is not the English "no").
    valence: plain ? undefined : other?.valence(w) ?? (other?.litotes.has(w) ? LITOTES_VALENCE : other?.negators.has(w) ? undefined : EN_LEXICON.get(w)),
    negator: (!plain && EN_NEGATORS.has(w)) || other?.negators.has(w) ? -1 : undefined, degree: other?.degree.get(w) ?? EN_INTENSIFIERS.get(w),
    contrast: EN_CONTRAST.has(w) || other?.contrast.has(w), concessive: EN_CONCESSIVE.has(w), question: EN_QUESTION.has(w),
    litotes: other?.litotes.has(w),
  }
}

/** The second word of a negation marked twice ("ne ... pas"): it confirms, takes no room, flips nothing. */
const concordUnit = (w: string): Unit => ({ text: w, cost: 0 })

/** Degree words that may sit between a counterfactual's "be" and its comparative ("so much better", "a lot"). */
const COUNTERFACTUAL_FILLERS = new Set([...EN_INTENSIFIERS.keys(), 'much', 'a', 'lot', 'alot', 'far', 'even', 'heaps', 'tons'])

const wordAt = (toks: Token[], k: number) => (toks[k]?.kind === 'word' ? toks[k].text : '')

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

/** Tokens in "does this so much better" from the verb at `i`, or 0. */
function rivalLength(toks: Token[], i: number): number {
  if (!RIVAL_WHAT.has(wordAt(toks, i + 1))) return 0
  const j = pastFillers(toks, i + 2)
  return wordAt(toks, j) === 'better' ? j - i + 1 : 0
}

/** "Stopped improving", "quit helping": the verb denies the praise that follows it as "not" would. */
const STOP_VERBS = new Set(['stop', 'stops', 'stopped', 'quit', 'quits', 'ceased'])
const deniesNextPraise = (toks: Token[], i: number) => STOP_VERBS.has(toks[i].text) && /ing$/.test(wordAt(toks, i + 1)) && (EN_LEXICON.get(wordAt(toks, i + 1)) ?? 0) > 0

/** Tokens in "(couldn't|haven't) put this book down" (a book or game one could not leave) from "not" at `i`, or 0. */
const PUT_DOWN_MODALS = new Set(['can', 'could', 'have', 'has', 'had'])
function notPutDownLength(toks: Token[], i: number): number {
  if (wordAt(toks, i + 1) !== 'put' || !PUT_DOWN_MODALS.has(wordAt(toks, i - 1))) return 0
  for (let j = i + 2; j <= i + 5; j++) if (wordAt(toks, j) === 'down') return j - i + 1
  return 0
}
const NOT_PUT_DOWN_VALENCE = 3

/** Tokens in "(haven't) really tried the editor yet" from "not" at `i`, or 0: not having used it yet is no verdict. */
const USE_VERBS = new Set(['tried', 'used', 'explored', 'tested', 'touched', 'checked', 'played', 'set', 'looked'])
function notUsedYetLength(toks: Token[], i: number): number {
  let j = i + 1
  if (wordAt(toks, j) === 'really' || wordAt(toks, j) === 'even') j++
  if (!USE_VERBS.has(wordAt(toks, j))) return 0
  for (let k = j + 1; k <= j + 6 && toks[k]?.kind === 'word'; k++) if (toks[k].text === 'yet') return k - i + 1
  return 0
}

const FIX_VERBS = new Set(['fixed', 'resolved', 'solved', 'sorted'])
const FIX_WHOSE = new Set(['my', 'our', 'the', 'this', 'that', 'their', 'your'])
const FAULTS = new Set(['issue', 'issues', 'problem', 'problems', 'bug', 'bugs', 'glitch', 'error', 'errors'])
/** Tokens in "fixed my (export) issue" (a fault put right, its name between) from the verb at `i`, or 0. */
function faultFixedLength(toks: Token[], i: number): number {
  if (!FIX_WHOSE.has(wordAt(toks, i + 1))) return 0
  for (let j = i + 2; j <= i + 4; j++) if (FAULTS.has(wordAt(toks, j))) return j - i + 1
  return 0
}
const FAULT_FIXED_VALENCE = 2

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

/** An idiom as gapIdiomAt finds it: its length in tokens and what its unit says. */
type GapIdiom = Omit<Unit, 'text' | 'cost'> & { n: number }

/**
 * An idiom with words between its parts, starting at `i`: a counterfactual ("could have been so much
 * better"), a rival that "does this much better" or is "better than you", a book one "couldn't put
 * down", a fault fixed, a feature not tried yet. Undefined where none starts.
 */
function gapIdiomAt(toks: Token[], i: number): GapIdiom | undefined {
  const w = toks[i].text
  const putDown = w === 'not' ? notPutDownLength(toks, i) : 0
  if (putDown) return { n: putDown, valence: NOT_PUT_DOWN_VALENCE }
  const notYet = w === 'not' ? notUsedYetLength(toks, i) : 0
  if (notYet) return { n: notYet, valence: 0, noVerdict: true }
  const fixed = FIX_VERBS.has(w) ? faultFixedLength(toks, i) : 0
  if (fixed) return { n: fixed, valence: FAULT_FIXED_VALENCE, deed: true }
  // Denied, it is praise ("nothing is better than this").
  if (EN_COMPARATIVES.has(w) && favoursRivalAt(toks, i)) return { n: 1, valence: RIVAL_VALENCE, litotes: true }
  const counterfactual = EN_COUNTERFACTUAL_MODALS.has(w) || EN_OBLIGATIONS.has(w) ? counterfactualLength(toks, i) : 0
  if (counterfactual) return { n: counterfactual, valence: COUNTERFACTUAL_VALENCE }
  const rival = RIVAL_DOES.has(w) ? rivalLength(toks, i) : 0
  return rival ? { n: rival, valence: RIVAL_VALENCE } : undefined
}

const PHRASE_STARTS = new Set([...EN_PHRASES.keys(), ...EN_NEGATOR_PHRASES, ...EN_WISH_PHRASES, ...EN_REQUEST_PHRASES].map((p) => p.split(' ')[0]))

/** Sentiment units from tokens made with tokenize(text, false) (Han runs unsegmented), in `language`'s word lists too. */
export function unitsOfTokens(toks: Token[], language?: string): Unit[] {
  const other = otherLexicon(language)
  const out: Unit[] = []
  let concordOpen = false
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]
    if (t.kind === 'han') {
      hanUnits(t.text, out)
      // 快 before a number means "almost" (送了快2个小时), not "fast".
      if (t.text.endsWith('快') && out[out.length - 1]?.text === '快' && /^\d/.test(toks[i + 1]?.text ?? '')) out[out.length - 1] = PLAIN_HAN
      continue
    }
    if (t.kind === 'punct') { concordOpen = false; out.push({ text: t.text, boundary: t.text !== "'", exclaim: t.text === '!' || t.text === '！', cost: 0 }); continue }
    if (t.kind === 'emoji') { out.push({ text: t.text, valence: EMOJI_VALENCE.get(t.text), unflipped: true, cost: 1 }); continue }
    // Phrases of up to four words take precedence over their words.
    let matched = false
    if (PHRASE_STARTS.has(t.text)) for (let n = 4; n >= 2 && !matched; n--) {
      if (i + n > toks.length) continue
      const phrase = toks.slice(i, i + n).map((x) => x.text).join(' ')
      const v = EN_PHRASES.get(phrase)
      if (v !== undefined) { out.push({ text: phrase, valence: v, deed: EN_DEED_PHRASES.has(phrase) || undefined, noVerdict: EN_NO_VERDICT_PHRASES.has(phrase) || undefined, cost: n }); i += n - 1; matched = true }
      else if (EN_NEGATOR_PHRASES.has(phrase) && !(phrase === 'used to' && HABIT_BEFORE_USED.has(toks[i - 1]?.text ?? ''))) { out.push({ text: phrase, negator: -1, cost: n }); i += n - 1; matched = true }
      else if (EN_WISH_PHRASES.has(phrase)) { out.push({ text: phrase, negator: -1, wish: true, cost: n }); i += n - 1; matched = true }
      else if (EN_REQUEST_PHRASES.has(phrase)) { out.push({ text: phrase, request: true, cost: n }); i += n - 1; matched = true }
    }
    if (matched) continue
    const idiom = gapIdiomAt(toks, i)
    if (idiom) { const { n, ...unit } = idiom; out.push({ ...unit, text: toks.slice(i, i + n).map((x) => x.text).join(' '), cost: n }); i += n - 1; continue }
    // "Too many" in the comment's language: a complaint, as one unit ("zu viele", "te veel", "demasiados").
    if (other?.excess.size) {
      const two = i + 1 < toks.length ? `${t.text} ${toks[i + 1].text}` : ''
      const excess = other.excess.has(two) ? two : other.excess.has(t.text) ? t.text : ''
      if (excess) { out.push({ text: excess, valence: EXCESS_VALENCE, cost: excess === two ? 2 : 1 }); if (excess === two) i++; continue }
    }
    if (other && concordOpen && other.concord.has(t.text)) { out.push(concordUnit(t.text)); concordOpen = false; continue }
    if (other?.concordOpeners.has(t.text)) concordOpen = true
    if (!other && deniesNextPraise(toks, i)) { out.push({ text: t.text, negator: -1, cost: 1 }); continue }
    out.push(wordUnit(t.text, other))
  }
  return out
}

/** Turn (Simplified) text into sentiment units, in order. Han runs are matched against the lexicon. */
export function sentimentUnits(text: string, language?: string): Unit[] {
  return unitsOfTokens(tokenize(text, false), language)
}
