// Word-list sentiment with negation, degree words, contrast and concession, in English and
// Chinese alike. Works on Simplified text (Traditional is mapped before this).
import { detectLanguage } from './language.ts'
import { EN_FADED, EN_WISH_PHRASES, RIVAL_VALENCE } from './lexicon-en.ts'
import type { Token } from './tokenize.ts'
import { isNonAnswer } from './non-answer.ts'
import { REFUSAL_RAW, refusesToReturn } from './refusal.ts'
import { FAINT_PRAISE, MILD_GRIPE, MILD_GRIPES, turnPoints } from './sentiment-mixed.ts'
import { remedyAt, settleBackstory } from './sentiment-remedy.ts'
import { SORROW_EMOJI } from './emoji.ts'
import { AUXILIARIES, changedSince, deniedBeforeUntil, elidedVerdict, ironicByEmoji, praisesAComplaint, redeemed, REDEEMING, scareQuoted, sentenceIrony, WAITING } from './sentiment-turns.ts'
import { sentimentUnits, unitsOfTokens, type Unit } from './units.ts'
import { DECLINES, DEPARTURES, EXONERATING, INQUIRING, POLITE_ASKS, LEXICAL_LITOTES, LITOTES_WORDS, MISGIVINGS, NOT_A_DENIAL, REMEDIES, THANKS, WISHES } from './sentiment-words.ts'

export type SentimentLabel = 'positive' | 'neutral' | 'negative' | 'mixed'
export type Sentiment = { label: SentimentLabel; score: number; confidence: number }
/**
 * `litotes`: praise made by denying a complaint ("not bad", "wouldn't say it's bad", "no problem",
 * 不差); `idioms`: verdicts of idioms read whole ("setup took five minutes", "couldn't have been
 * better"). Both are counted so the blend can keep what only the rules can read (see analyzeSentiment).
 * `turned`: holds both verdicts across a contrast (sentiment-mixed.ts); `contrasted`: has a contrast at all.
 */
export type RuleEvidence = { positive: number; negative: number; raw: number; hits: number; litotes: number; requests: number; noVerdict: number; idioms: number; turned?: boolean; sideBySide?: boolean; contrasted?: boolean; reservedUnread?: boolean; exonerated?: number; wishes?: number; rival?: string; thanks?: number; asked?: number; departures?: number; moods?: number; wishedAfterPraise?: boolean; conditioned?: boolean; deniedPraise?: number; backstory?: boolean; declines?: number }

/** How much a negation window can cover: four English words or about six Chinese characters. */
const NEGATION_REACH = 4
/**
 * Tuning knobs, set on dev rows. negationDamping: a negated word keeps part of its strength
 * ("not good" is milder than "bad"). bareNegator: a negator with nothing to flip in its clause
 * (没有送餐具, "no reply") reads as a mild complaint.
 */
export const RULE_TUNING = { finalClause: 1, negativeWeight: 1, negationDamping: 0.7, bareNegator: -1, negatedPositive: 1, firstClause: 1.5, clauseCap: 4, rhetorical: -1, reservation: 0.5, sentenceMode: 3, firstSentence: 2, lastSentence: 1, firstMin: 2 }
/**
 * Denials that concede rather than praise: 不是不好用，就是太贵了 ("it's not that it's hard to use") and
 * 不能说难用 set up the gripe after them, a hedge like "not perfect, but"; a plain litotes before a turn
 * ("pas mal, mais un peu cher", 不算差，就是有点贵) is praise, and the comment holds both.
 */
const CONCEDING_DENIALS = new Set(['不是', '不能说', '不是说', '也不是', '并不是', '倒不是'])
/** Conditions that take praise in their clause mostly back, and how much of it stays. */
const CONDITIONAL = new Set(['when it works', 'when it loads'])
const RELATIVES = new Set(['who', 'those', 'people', 'others'])
const CONDITIONAL_SHARE = 0.3
const SENTENCE_END = new Set(['.', '!', '?', '。', '！', '？', '…', '\n', '~', '～'])

function isDegreeHere(units: Unit[], i: number): boolean {
  const u = units[i], next = units[i + 1]
  // 好 / so: degree word when a sentiment word follows, sentiment word otherwise.
  return u.degree !== undefined && (u.valence === undefined || (next?.valence !== undefined && !next.boundary))
}

/** Whether the word at `j` makes the negator at `i` a measure or a warning; "so far" is neither, nor "since" after "no" ("no bugs so far", "no crashes since the update"). */
function measuresOrWarns(units: Unit[], i: number, j: number): boolean {
  const w = units[j].text
  return NOT_A_DENIAL.has(w) && !(w === 'so' && units[j + 1]?.text === 'far') && !(w === 'since' && units[i].text !== 'never')
}

/**
 * Whether a word that is both a complaint and a negator ("never") denies a verdict word within its
 * reach: "never had an issue" is praise, where "never arrived" stays a complaint.
 */
function deniesVerdict(units: Unit[], i: number): boolean {
  let reach = negationReach(units, i), denies = false
  for (let j = i + 1; j < units.length && !units[j].boundary; j++) {
    const u = units[j]
    // "Never seen such bad service", "never had a problem before, but...", "never again": a measure
    // of how bad this time is, or a warning, not praise.
    if (measuresOrWarns(units, i, j)) return false
    if (reach > 0 && !denies && u.valence !== undefined && u.valence !== 0 && !isDegreeHere(units, j)) {
      // "Never accurate enough", "never good enough": the praise falls short, denied.
      if (!LITOTES_WORDS.has(u.text) && !u.litotes && !u.deed && !(u.valence > 0 && units[j + 1]?.text === 'enough')) return false
      denies = true
    }
    reach -= u.cost
  }
  return denies
}

/** "Never had a payroll go out wrong": what was never had may run on past the usual reach. */
const negationReach = (units: Unit[], i: number) => units[i].text === 'never' && /^(had|has|have|once)$/.test(units[i + 1]?.text ?? '') ? NEGATION_REACH + 2 : NEGATION_REACH

/** `language`: the comment's (detected from `text` when not given): its own word lists speak first. */
export function ruleEvidence(text: string, tokens?: Token[], language: string = detectLanguage(text)): RuleEvidence {
  const units = tokens ? unitsOfTokens(tokens, language) : sentimentUnits(text, language)
  // `praiseInQuestion`: praise no question turns ("why didn't we switch to you sooner?").
  const contributions: { v: number; w: number; clause: number; sentence: number; praiseInQuestion?: boolean; hedge?: boolean; faint?: boolean; mild?: boolean; rival?: boolean }[] = []
  const misgivingClauses = new Set<number>()
  // Where the side after a contrast begins, and what sums up or takes back after it: sentiment-mixed.ts.
  const turns = turnPoints()
  let clause = 0, sentence = 0
  let questioned = false
  let negation = 0, reach = 0, pendingNegators = 0, degree = 1, concessive = false, reserved = 1, clauseStart = 0, exclaims = 0, litotes = 0, idioms = 0, wishes = 0, thanks = 0, asked = 0
  // 能不能倍速？ asks whether it can; 为什么 and "why" ask why it does not (a complaint).
  let inquiring = false, politeAsk = false, exonerated = 0, departures = 0, moods = 0, deniedPraise = 0, declines = 0
  // "good value, just wish it loaded faster": a wish after praise, in a short answer, is a reservation.
  let wishedAfterPraise = false, conditioned = false
  // What named a rival first, for the competitor topic ("Asana does what we need").
  let rival: string | undefined
  // "不是X，就是Y" (it's not X, it's just Y): after a denial, a reservation marker is a full contrast.
  let opened = false, denial = false, deniedBefore = false, sentenceStart = 0
  // "Would love a dark mode", 希望增加导出: a request's clause names what is wanted, no verdict.
  let requested = false, requests = 0, wishOpen = false, noVerdict = 0, relief = false, conceding = false
  // "Switched to Typeform, it's great": after leaving for a rival, the sentence's praise is the rival's.
  let leftForRival = false
  let contrastedHere = false
  // Where the company's remedy began (a contributions index): sentiment-remedy.ts.
  let remedy = -1, remedySentence = -1
  // 别家同样的功能便宜一半: after a rival is named, the clause's verdicts are the rival's.
  let rivalClause = false
  // A rival called better with no verdict after it in its clause: the comparison itself complains.
  let outdoneUnjudged = false
  // A fault that keeps happening (就是经常卡) is no minor reservation.
  let recurs = false
  // "Support is great, pricing is not": a clause that ends on its negator denies the verdict before it.
  let negatorLast = false
  // "Oh great, another delay.", thanks for the "help": irony, settled as each sentence ends.
  const irony = sentenceIrony(scareQuoted(text), RULE_TUNING.negationDamping)
  // Clauses side by side are read in Latin-script answers only: in Chinese a comma joins a rival's
  // merit to our fault (人家…，你们…) and irony (越更越好) as often as praise to a gripe.
  const sideBySideReads = !HAN_CHAR.test(text)
  const endClause = () => {
    irony.endClause(contributions, clauseStart)
    // A wish with nothing after it to deny asks for something new ("Jira integration would be great").
    if (wishOpen && negation !== 0) requests++
    requested = false; wishOpen = false
    deniedBefore = denial; denial = false; opened = false
    if (outdoneUnjudged) contributions.push({ v: RIVAL_VALENCE * RULE_TUNING.negationDamping, w: 1, clause, sentence })
    outdoneUnjudged = false
    if (pendingNegators > 0 && negation !== 0) {
      const elided = negatorLast && contributions.length === clauseStart ? elidedVerdict(contributions, clause, sentence) : 0
      contributions.push({ v: elided || RULE_TUNING.bareNegator, w: concessive ? 0.5 : 1, clause, sentence, hedge: true })
    }
    negatorLast = false
    negation = 0; reach = 0; pendingNegators = 0; degree = 1; concessive = false; reserved = 1; recurs = false; rivalClause = false
    if (contributions.length > clauseStart) clause++
    clauseStart = contributions.length
  }
  for (let i = 0; i < units.length; i++) {
    const u = units[i]
    if (u.boundary) {
      if (u.exclaim) exclaims++
      // A question that asks why / how come (为什么没有勺子？ "why is it so slow?") is a complaint:
      // its praise words are not praise (能不能快点？).
      // "Why didn't we switch to you sooner?" asks nothing of us.
      const unturned = contributions.slice(clauseStart).some((c) => c.praiseInQuestion && c.v > 0)
      // 请问…？, 有没有教学影片？: a polite question asks, and turns nothing in its clause.
      if (politeAsk && (u.text === '?' || u.text === '？')) asked++
      else if (questioned && !unturned && (u.text === '?' || u.text === '？')) {
        for (let k = clauseStart; k < contributions.length; k++) if (contributions[k].v > 0) contributions[k].v *= -0.5
        contributions.push({ v: RULE_TUNING.rhetorical, w: 1, clause, sentence })
        if (inquiring) asked++
      }
      questioned = false
      if (SENTENCE_END.has(u.text)) politeAsk = false
      endClause()
      if (sideBySideReads && !SENTENCE_END.has(u.text)) turns.juxtapose(contributions.length)
      if (SENTENCE_END.has(u.text)) { irony.endSentence(contributions, sentenceStart); leftForRival = false; contrastedHere = false }
      if (SENTENCE_END.has(u.text) && contributions.length > sentenceStart) { sentence++; sentenceStart = contributions.length }
      continue
    }
    irony.unit(u, contributions.length, clauseStart)
    if (remedy < 0 && remedyAt(units, i) && contributions.some((c) => c.v < 0)) { remedy = contributions.length; remedySentence = sentence }
    if (u.text === 'until' && !WAITING.has(units[i - 1]?.text ?? '') && !deniedBeforeUntil(units, i)) { changedSince(contributions, clauseStart, clause, RULE_TUNING.negationDamping); continue }
    if (DECLINES.has(u.text)) declines++
    if (u.request) { requested = true; requests++; continue }
    if (u.noVerdict) noVerdict++
    // "I don't have any trips planned": a negation of a reason that blames nobody is no complaint either.
    if (u.noVerdict && negation !== 0 && u.text.includes(' ')) { negation = 0; pendingNegators = 0 }
    if (EXONERATING.has(u.text)) exonerated++
    if (requested) continue
    if (u.question) { questioned = true; inquiring = INQUIRING.has(u.text); politeAsk ||= POLITE_ASKS.has(u.text) }
    if (!opened && u.text === '不是') denial = true
    opened = true
    if (u.contrast || (u.reservation && (denial || deniedBefore))) {
      // What came before the contrast counts half; a concession before it counts less still.
      irony.contrast()
      leftForRival = false
      contrastedHere = true
      endClause()
      for (const c of contributions) c.w *= misgivingClauses.has(c.clause) ? 0 : 0.5
      turns.turn(contributions.length, u.text)
      continue
    }
    // "Pricey though.": a closing "though" turns its clause against what came before.
    if ((u.text === 'though' || u.text === 'tho') && (units[i + 1]?.boundary ?? true)) turns.turn(clauseStart)
    turns.word(u.text, clause, clauseStart, contributions.length)
    if (u.concessive) { concessive = true; continue }
    if (u.reservation) { reserved = RULE_TUNING.reservation; turns.turn(contributions.length); continue }
    if (u.recurring) recurs = true
    // "It was great at first": the praise before it in its clause has faded, as before "until".
    if (EN_FADED.has(u.text) && contributions.length > clauseStart) { changedSince(contributions, clauseStart, clause, RULE_TUNING.negationDamping); continue }
    if (u.competes || u.rival) rival ??= u.text
    if (u.rival) { rivalClause = true; outdoneUnjudged = !!u.outdoes; continue }
    // 别家比你们便宜: the rival named already turns the clause; 比你们 would turn it back.
    if (rivalClause && u.negator !== undefined && u.text.startsWith('比')) continue
    negatorLast = false
    if (u.wish && EN_WISH_PHRASES.has(u.text) && clause > 0 && praisedSoFar(contributions)) wishedAfterPraise = true
    // "…who wants kids and who doesn't": a relative clause ending on its negator denies no verdict.
    if (u.text === 'not' && RELATIVES.has(units[i - 2]?.text ?? '') && AUXILIARIES.has(units[i - 1]?.text ?? '') && (i + 1 === units.length || !!units[i + 1].boundary)) continue
    if (u.negator !== undefined && (u.valence === undefined || deniesVerdict(units, i))) {
      negatorLast = u.text === 'not' && AUXILIARIES.has(units[i - 1]?.text ?? '')
      negation = negation === 0 ? u.negator : 0 // a second negator cancels the first (不是不好)
      if (negation === 0) pendingNegators = 0
      else if (!u.wish) pendingNegators++
      wishOpen = negation !== 0 && !!u.wish
      relief = negation !== 0 && !!u.relief
      conceding = CONCEDING_DENIALS.has(u.text)
      reach = negationReach(units, i)
      continue
    }
    if (isDegreeHere(units, i)) { degree *= u.degree!; continue }
    // "30% off doesn't fix the app crashing": a remedy denied is the complaint, and the fault after it stands.
    if (negation !== 0 && reach > 0 && REMEDIES.has(u.text)) {
      contributions.push({ v: -RULE_TUNING.negationDamping, w: concessive ? 0.5 : 1, clause, sentence, hedge: true })
      negation = 0; pendingNegators = 0; wishOpen = false
      continue
    }
    if (REDEEMING.has(u.text) && negation === 0) redeemed(contributions, sentenceStart, RULE_TUNING.negationDamping)
    // "Great app when it works": praise on a condition is mostly taken back by it.
    if (CONDITIONAL.has(u.text)) { conditioned = true; for (let k = clauseStart; k < contributions.length; k++) if (contributions[k].v > 0) contributions[k].v *= CONDITIONAL_SHARE }
    if (u.valence !== undefined && u.valence !== 0) {
      let v = u.valence * degree
      const denied = negation !== 0 && reach > 0 && !u.unflipped
      if (denied) {
        v = -v * RULE_TUNING.negationDamping * Math.abs(negation) * (v > 0 ? RULE_TUNING.negatedPositive : 1); pendingNegators = 0; negation = 0
        // Denying a verdict word is praise, denying an event or a thing is not ("don't delay my flight").
        if (v > 0 && (LITOTES_WORDS.has(u.text) || u.litotes || relief)) litotes++
        else if (v > 0) v = 0
      } else if (v > 0 && LEXICAL_LITOTES.test(u.text)) litotes++
      else if (v > 0 && praisesAComplaint(units, i)) v *= -RULE_TUNING.negationDamping
      if (rivalClause) { v = -v * RULE_TUNING.negationDamping; outdoneUnjudged = false }
      if (v < 0 && MISGIVINGS.has(u.text)) misgivingClauses.add(clause)
      const rivals = v > 0 && leftForRival && !u.leaving
      // "盒马的品质比这好太多，准备换了": praise before leaving, in a sentence with no contrast, was the rival's.
      if (u.leaving && v < 0 && !contrastedHere && contributions.length > sentenceStart && contributions.slice(sentenceStart).every((c) => c.v > 0)) changedSince(contributions, sentenceStart, clause, RULE_TUNING.negationDamping)
      if (u.leaving) leftForRival = true
      if (!rivals && u.idiom) idioms++
      if (!rivals && WISHES.has(u.text)) wishes++
      if (!rivals && THANKS.has(u.text)) thanks++
      if (!rivals && v < 0 && (u.leaving || DEPARTURES.has(u.text))) departures++
      // A smile, or tears for a loss ("mi perro murió… 😢"): the writer's mood, counted apart from verdicts.
      if (!rivals && u.unflipped && (v > 0 || SORROW_EMOJI.test(u.text))) moods++
      if (!rivals && denied && v < 0) deniedPraise++
      if (!rivals) contributions.push({ v, w: (concessive ? 0.5 : 1) * (v < 0 && recurs ? 1 : reserved), clause, sentence, praiseInQuestion: u.praiseInQuestion, hedge: denied && (v <= 0 || conceding), faint: v > 0 && FAINT_PRAISE.has(u.text), rival: (rivalClause && v < 0) || undefined, mild: v < 0 && !denied && (degree < 1 || MILD_GRIPES.has(u.text)) })
      degree = 1
    }
    reach -= u.cost
    if (reach <= 0 && negation !== 0) {
      if (pendingNegators > 0) contributions.push({ v: RULE_TUNING.bareNegator, w: 1, clause, sentence })
      if (wishOpen) { requests++; wishOpen = false }
      negation = 0; pendingNegators = 0
    }
  }
  endClause()
  irony.endSentence(contributions, sentenceStart)
  // Not where a contrast sets the fault against the help ("docs are confusing but the chat walked me through it"): it stands.
  // Survey writers split over "charged twice, but refunded within a day" (h57, h59, h72 call it mixed; h102 praise): it stays mixed,
  // unless a sentence of praise follows the remedy's ("…but they sent a new one within 2 days. cant complain").
  const closedWell = contributions.some((c, k) => k >= remedy && c.sentence > remedySentence)
  const backstory = remedy >= 0 && (turns.count() === 0 || closedWell) && settleBackstory(contributions, remedy)
  if (ironicByEmoji(text, language, contributions)) for (const c of contributions) if (c.v > 0) c.v *= -RULE_TUNING.negationDamping
  // Each clause's net is capped: a long list of small gripes in one clause should not outweigh
  // the verdicts around it.
  // How much praise and complaint the text holds at all (for "mixed"), before any capping.
  let praise = 0, complaint = 0
  // A hedged gripe ("a bit pricey", 有点贵) weighs little on the score but is a whole gripe here.
  for (const c of contributions) if (c.v > 0) praise += c.v * c.w; else complaint += Math.max(-c.v * c.w, c.mild ? MILD_GRIPE : 0)
  const cap = RULE_TUNING.clauseCap
  if (cap < 99) {
    const net = new Map<number, number>()
    for (const c of contributions) net.set(c.clause, (net.get(c.clause) ?? 0) + Math.abs(c.v * c.w))
    for (const c of contributions) { const n = net.get(c.clause)!; if (n > cap) c.w *= cap / n }
  }
  let positive = 0, negative = 0
  for (const c of contributions) {
    // The closing clause tends to carry the verdict ("good food, far too slow").
    // So does the opening one in a long review ("nice hotel. the lift was slow, ...").
    const w = c.w * (clause > 1 && c.clause === clause - 1 ? RULE_TUNING.finalClause : 1) * (clause > 2 && c.clause === 0 ? RULE_TUNING.firstClause : 1)
    if (c.v > 0) positive += c.v * w
    else negative -= c.v * w * RULE_TUNING.negativeWeight
  }
  if (RULE_TUNING.sentenceMode > 0 && sentence > 1) {
    const net = new Map<number, number>()
    for (const c of contributions) {
      const w = c.w * (c.v > 0 ? 1 : RULE_TUNING.negativeWeight)
      net.set(c.sentence, (net.get(c.sentence) ?? 0) + c.v * w)
    }
    let sum = 0
    const last = contributions.length ? contributions[contributions.length - 1].sentence : 0
    for (const [s, n] of net) sum += squash(n) * (s === 0 && last >= RULE_TUNING.firstMin ? RULE_TUNING.firstSentence : s === last ? RULE_TUNING.lastSentence : 1)
    positive = 0; negative = 0
    if (sum > 0) positive = sum * RULE_TUNING.sentenceMode; else negative = -sum * RULE_TUNING.sentenceMode
  }
  const emphasis = 1 + 0.1 * Math.min(exclaims, 3)
  let raw = (positive - negative) * emphasis
  if (refusesToReturn(text)) raw = Math.min(raw, REFUSAL_RAW)
  return { positive: praise * emphasis, negative: complaint * emphasis, raw, hits: contributions.length, litotes, requests, noVerdict, idioms, turned: turns.bothWays(contributions), sideBySide: turns.sideBySide(contributions), contrasted: turns.count() > 0, reservedUnread: turns.unreadAfterPraise(contributions), exonerated, wishes, rival, thanks, asked, departures, moods, wishedAfterPraise: wishedAfterPraise && sentence <= WISH_SENTENCES, conditioned, deniedPraise, backstory, declines }
}

/** Squash a raw valence sum into [-1, 1] (VADER's normalisation, with our scale's constant). */
export function squash(raw: number): number {
  return raw / Math.sqrt(raw * raw + 6)
}

/** How many sentences an answer may have for a wish after praise to make it mixed: in a long review it is a footnote. */
const WISH_SENTENCES = 1
/** Whether the contributions so far praise, as fully as a turn needs, with no complaint. */
function praisedSoFar(contributions: readonly { v: number }[]): boolean {
  let praise = 0
  for (const c of contributions) { if (c.v < 0) return false; praise += c.v }
  return praise >= 1
}

/** Below this share of the other side, a turn is a passing remark in a one-sided comment (0.2 -> 0.15: "new UI pretty but confusing af" holds both; read survey answers +4, dev rows unchanged). */
const TURNED_SHARE = 0.15

const HAN_CHAR = /\p{Script=Han}/u

/** Clauses side by side with no contrast word make a comment mixed only where the weaker verdict is this share of the stronger. */
const SIDE_BY_SIDE_SHARE = 0.3

export function labelFromEvidence(e: RuleEvidence, score: number): SentimentLabel {
  // A wish and nothing else asks for something (希望日历能和outlook同步): its lean stays in the score.
  if (e.wishes && e.wishes === e.hits) return 'neutral'
  // So does a question whether it can, with no verdict in it but its asking (能不能转个学生价？).
  // Not beside a whole complaint (押金还没到账，请问是要等到明年吗？): that asking is sarcasm.
  if (e.asked && e.asked === e.hits && e.negative < 1.5) return 'neutral'
  const strong = Math.min(e.positive, e.negative)
  if (strong >= 1.5 && strong / Math.max(e.positive, e.negative) >= 0.6) return 'mixed'
  // Praise, then a reservation the rules could not read ("cleaner, but where did bulk actions go?").
  // Not where the praise is only thanks, nor beside a reason that gives no verdict ("50% off is nice but we just don't need it").
  if (e.reservedUnread && e.negative === 0 && !e.noVerdict && (e.thanks ?? 0) < e.hits) return 'mixed'
  if (e.wishedAfterPraise && e.positive > e.negative) return 'mixed'
  // A turn between opposite verdicts (sentiment-mixed.ts), in a comment not overwhelmingly one-sided.
  if (e.turned && strong / Math.max(e.positive, e.negative) >= TURNED_SHARE) return 'mixed'
  // Opposite whole verdicts in clauses side by side, neither drowning the other.
  // Not where a rival is praised beside us ("they deliver in 28 minutes, you take two hours").
  if (e.sideBySide && !e.rival && strong / Math.max(e.positive, e.negative) >= SIDE_BY_SIDE_SHARE) return 'mixed'
  // Real praise and real complaint that cancel out are both there, not neither ("客服态度没得说，回复慢也是真的慢").
  if (strong >= 1.5 && Math.abs(score) < 0.15) return 'mixed'
  if (score >= 0.15) return 'positive'
  if (score <= -0.15) return 'negative'
  return 'neutral'
}

/** Out-of-the-box sentiment from the word lists and rules alone. `nonAnswer`: "no", "n/a", 无 (non-answer.ts). */
export type RuleSentiment = Sentiment & { evidence: RuleEvidence; nonAnswer?: boolean }

const NO_EVIDENCE: RuleEvidence = { positive: 0, negative: 0, raw: 0, hits: 0, litotes: 0, requests: 0, noVerdict: 0, idioms: 0 }

export function ruleSentiment(text: string, tokens?: Token[], language?: string): RuleSentiment {
  if (isNonAnswer(text)) return { label: 'neutral', score: 0, confidence: 0.9, evidence: NO_EVIDENCE, nonAnswer: true }
  const evidence = ruleEvidence(text, tokens, language)
  const score = squash(evidence.raw)
  const label = labelFromEvidence(evidence, score)
  const confidence = evidence.hits === 0 ? 0.3 : Math.min(0.95, 0.4 + 0.6 * Math.abs(score) - (label === 'mixed' ? 0.2 : 0))
  return { label, score, confidence, evidence }
}
