// Keyword hits: English (and other Latin-script) keywords on stems, phrases as stem sequences
// with optional gaps ("hängt … auf"), Chinese as substrings of the Simplified text.
import { stem } from './stem.ts'
import { EN_STOP } from './themes-filler.ts'
import type { TopicDef } from './taxonomy.ts'
import { FALSE_FRIENDS } from './taxonomy-other.ts'
import type { OtherLanguage } from './lexicon-other.ts'
import { toSimplified } from './normalize.ts'
import { ZH_LEXICON } from './lexicon-zh.ts'
import { ZH_HUNG_UP } from './lexicon-zh-general.ts'
import { tokenize, type Token } from './tokenize.ts'
import { movedToNoRival } from './names.ts'

type StemKeyword = { keyword: string; seq: string[]; weight: number; topic: number; order: number }
/**
 * A Chinese keyword: its Simplified parts (more than one when it has gaps), what a hit weighs, and its
 * first two characters, which a comment must hold for the keyword to be looked for at all.
 */
type HanKeyword = { keyword: string; parts: string[]; weight: number; opening: string }
type Compiled = { id: string; han: HanKeyword[]; stems: StemKeyword[] }
/** The taxonomy's word keywords by their first stem: a comment looks up its own stems, not every keyword. */
type CompiledTaxonomy = { topics: Compiled[]; byFirstStem: Map<string, StemKeyword[]> }

const compiledCache = new WeakMap<TopicDef[], CompiledTaxonomy>()
const HAN = /\p{Script=Han}/u

export function stemSequence(text: string, tokens: Token[] = tokenize(text, false)): string[] {
  const out: string[] = []
  for (const t of tokens) if (t.kind === 'word') out.push(stem(t.text))
  return out
}

/**
 * A gap in a keyword, written "…" or "...": German and Dutch split verbs around what they govern
 * ("hängt sich ständig auf", "loopt steeds vast"), and a workspace may want "too … expensive".
 * Up to GAP_WORDS words of the same clause may stand in it, or none.
 */
const GAP = '\u2026'
const GAP_WORDS = 8
const GAP_SPLIT = /\s*(?:\u2026|\.\.\.)\s*/

/** A keyword as stems, with GAP where it allows words between its parts. */
function keywordStems(keyword: string): string[] {
  const parts = keyword.toLowerCase().split(GAP_SPLIT).map((p) => stemSequence(p)).filter((p) => p.length > 0)
  return parts.flatMap((p, i) => (i === 0 ? p : [GAP, ...p]))
}

/** The comment's words as written and as stems, and for each the clause it stands in (punctuation ends a clause). */
type Words = { text: string[]; stems: string[]; clause: number[] }

function wordsOf(tokens: Token[]): Words {
  const text: string[] = [], stems: string[] = [], clause: number[] = []
  let c = 0
  for (const t of tokens) {
    if (t.kind === 'punct') c++
    else if (t.kind === 'word') { text.push(t.text); stems.push(stem(t.text)); clause.push(c) }
  }
  return { text, stems, clause }
}

/**
 * Whether a keyword may not match at word `i`: in another language a single-word keyword at one of
 * its false friends; in English any keyword starting at a word an idiom holds (englishIdiomHolds).
 */
type HeldAt = (i: number, phrase: boolean, topic: string) => boolean
function heldWordsAt(language: string | undefined, words: Words): HeldAt {
  const friends = language ? FALSE_FRIENDS[language as OtherLanguage] : undefined
  return friends ? (i, phrase) => !phrase && friends.has(words.text[i]) : (i, _phrase, topic) => englishIdiomHolds(words, i, topic)
}

/** Verbs that make "down" an ending or a slowing, not an outage: "the company is shutting down", "winding down", "slows down our site". */
const ENDING_DOWN = new Set(['shut', 'shutting', 'shuts', 'closing', 'close', 'closes', 'closed', 'winding', 'wind', 'scaling', 'scale', 'slows', 'slowed', 'slowing', 'slow',
  'moving', 'move', 'moved', 'cut', 'cutting', 'let', 'letting', 'tone', 'toned', 'turn', 'turned', 'sit', 'sat', 'write', 'wrote', 'narrow', 'narrowed', 'step', 'stepping', 'trade', 'trading'])
const DOWN_THE_WAY = new Set(['road', 'street', 'hall', 'corridor', 'block', 'line', 'lane'])
/** A budget frozen, cut or run out is an exit reason, no price; a budget or hiring "frozen" is no frozen screen. */
const BUDGET_MOVES = new Set(['freeze', 'frozen', 'cut', 'cuts', 'got', 'was', 'is', 'has', 'ran'])
const FROZEN_THINGS = new Set(['budget', 'budgets', 'hiring', 'spending', 'spend', 'headcount', 'price', 'prices'])

/**
 * "Doesn't work for us", "didn't work out": a product that does not fit is no fault of it ("export
 * doesn't work" and "is not working for me" are).
 */
const FIT_FOR = new Set(['us', 'me', 'our', 'my', 'everyone', 'everybody', 'all', 'small', 'big', 'large', 'teams', 'team', 'people', 'them', 'you'])
function notAFit(words: Words, at: number): boolean {
  if (words.text[at] !== 'work') return false
  const next = words.text[at + 1]
  return (next === 'for' && FIT_FOR.has(words.text[at + 2] ?? '')) || next === 'out'
}

/**
 * Whether a keyword of the customer cancelling (cancelling, cancellation) names no cancelling of theirs
 * at word `at`: an exit answer naming its reason after ("Cancelling because it never gave us anything",
 * "cancelled bc I only needed it for my wedding"),
 * or something else that got cancelled ("the project this was for got cancelled"). Keywords written
 * as "cancelled" ("flight … cancelled") keep every match.
 */
const REASON_NEXT = new Set(['because', 'as', 'since', 'due', 'cause', 'cuz', 'bc'])
const PASSIVE = new Set(['got', 'get', 'gets', 'was', 'were', 'been', 'is', 'be', 'being'])
function notTheirCancelling(keyword: string, words: Words, at: number): boolean {
  if (!/^cancel+(ing|ation)$/.test(keyword)) return false
  const w = words.text[at]
  return (/^cancel+(ing|ed)$/.test(w) && REASON_NEXT.has(words.text[at + 1] ?? '')) || (/^cancel+ed$/.test(w) && PASSIVE.has(words.text[at - 1] ?? ''))
}

/** Who wrote the email ("I emailed", "we email them"), and how one is sent ("sent an email", "wrote three emails"). */
const EMAIL_WRITERS = new Set(['i', 'we'])
const EMAIL_COUNTED = new Set(['a', 'an', 'the', 'my', 'our', 'several', 'multiple', 'two', 'three'])
const EMAIL_SENT = new Set(['sent', 'send', 'sending', 'wrote', 'write', 'writing', 'took', 'takes'])
/** Whose staff: the customer's own ("our non-technical staff picked it up") are no support team. */
const OWN = new Set(['our', 'my'])
const SINCE = new Set(['after', 'since'])

/**
 * "Any plans for video podcast support?", "any chance of HEIC support": support of a thing named before it, after
 * "for" or "of", is a capability; not the help of someone (customer, live, your, better support).
 */
const HELPERS = new Set(['customer', 'customers', 'tech', 'technical', 'live', 'chat', 'phone', 'email', 'human', 'premium', 'priority', 'the', 'your', 'their', 'our', 'my', 'any', 'some', 'more', 'better', 'good', 'great', 'quick', 'fast', 'faster', 'slow', 'real', 'proper', 'decent', 'all', 'continued', 'ongoing', 'constant', 'kind', 'from', 'to', 'with', 'by', 'at', 'on', 'via', 'and', 'or', 'contact', 'contacted', 'called', 'emailed', 'no', 'zero', 'little'])
function featureSupport(words: Words, i: number): boolean {
  const before = words.text[i - 1] ?? ''
  if (!before || HELPERS.has(before) || /^\d/.test(before)) return false
  return [2, 3, 4].some((k) => /^(for|of)$/.test(words.text[i - k] ?? '') && words.clause[i - k] === words.clause[i]) && !HELPERS.has(words.text[i - 2] ?? '')
}

/** Before "support" as a verb: what it is asked whether to do ("does it support", "plan to support"). */
const SUPPORT_ASKED = new Set(['you', 'ever', 'it', 'u', 'not'])
const PLANNED = new Set(['plan', 'planning', 'plans', 'going', 'want', 'like'])

/** "Can the calendar sync support shared calendars?": a question opening with a modal asks what a thing can do. */
const ASKING_MODALS = new Set(['can', 'could', 'does', 'do', 'will', 'would', 'is', 'are'])
function askedToSupport(words: Words, i: number): boolean {
  let start = i
  while (start > 0 && words.clause[start - 1] === words.clause[i]) start--
  return ASKING_MODALS.has(words.text[start] ?? '') && i - start <= 5 && words.clause[i + 1] === words.clause[i]
}

const PLAN_TERMS = new Set(['annual', 'monthly', 'yearly'])
const TRAVEL_TICKET = new Set(['per', 'entry', 'bus', 'train', 'rail', 'ferry', 'flight', 'plane', 'boat', 'concert', 'event', 'festival', 'match', 'game', 'show', 'movie', 'cinema', 'parking', 'season', 'return',
  'single', 'day', 'lottery', 'raffle', 'e', 'qr', 'bought', 'buy', 'buying', 'booked', 'book', 'booking', 'split', 'cheap', 'cheaper', 'cheapest', 'paper', 'mobile', 'digital', 'transfer', 'transferred', 'resale', 'print', 'printed'])
const TICKET_USE = new Set(['at', 'price', 'prices', 'machine', 'machines', 'office', 'inspector', 'barrier', 'barriers', 'gate', 'gates', 'holder', 'holders', 'wallet', 'fee', 'fees', 'transfer', 'transfers'])
const PAST_WISHERS = new Set(['i', 'we', 'i\'d', 'we\'d'])

/**
 * English words an idiom holds without naming the topic their keyword would: "wish I had bought it
 * sooner" asks for no feature, a business "shutting down" is no outage, and the customer's own email
 * is no mail from us.
 */
function englishIdiomHolds(words: Words, i: number, topic: string): boolean {
  const w = words.text[i]
  // "Spaces down the road is £199": a place along a way is no outage.
  if (w === 'down') return ENDING_DOWN.has(words.text[i - 1] ?? '') || (words.text[i + 1] === 'the' && DOWN_THE_WAY.has(words.text[i + 2] ?? ''))
  if (w === 'frozen' || w === 'freeze' || w === 'froze') return [-3, -2, -1, 1, 2, 3].some((k) => FROZEN_THINGS.has(words.text[i + k] ?? ''))
  // A budget frozen or cut is an exit reason, no price; taking a break is no breakage; tutors who keep cancelling cancel nothing of the customer's.
  if (w === 'budget') return BUDGET_MOVES.has(words.text[i + 1] ?? '')
  // "Do you support Postgres 16?", "would you ever support video": a feature asked for, not the support team.
  if (w === 'support') return SUPPORT_ASKED.has(words.text[i - 1] ?? '') || (words.text[i - 1] === 'to' && PLANNED.has(words.text[i - 2] ?? '')) || featureSupport(words, i) || askedToSupport(words, i)
  // Azure AD is a directory, no advert.
  if (w === 'ad') return words.text[i - 1] === 'azure'
  // "The new design is a downgrade" judges a design; "taking the downgrade" is a plan.
  if (w === 'downgrade') return words.text[i - 1] === 'a'
  if (w === 'break') return words.text[i - 1] === 'a' && /^(take|taking|took|takes)$/.test(words.text[i - 2] ?? '')
  if (/^cancel+ing$/.test(w)) return /^(keep|keeps|kept)$/.test(words.text[i - 1] ?? '')
  // Things that "went missing" were lost, no feature missing; a camera that "goes offline" fails, where an offline mode is asked for.
  if (w === 'missing') return topic === 'missing_feature' && /^(go|goes|went|gone|going)$/.test(words.text[i - 1] ?? '')
  if (w === 'offline') return topic === 'missing_feature' && /^(go|goes|went|gone|going|is|was|keeps)$/.test(words.text[i - 1] ?? '')
  // A ticket bought (a bus, ferry or entry ticket, "$90 ticket", "per ticket") is no support ticket; a workspace's own
  // ticket topic (a ferry line's) still takes it.
  if (w === 'ticket' || w === 'tickets') return topic === 'support' && ([1, 2].some((k) => TRAVEL_TICKET.has(words.text[i - k] ?? '') || /^\d/.test(words.text[i - k] ?? '')) || TICKET_USE.has(words.text[i + 1] ?? ''))
  // To plan (out, ahead) is a verb, no pricing plan ("log in on Mondays to plan out the week").
  if (w === 'plans' || w === 'plan') return words.text[i - 1] === 'any' || words.text[i - 1] === 'to' || /^(to|out|ahead|around)$/.test(words.text[i + 1] ?? '')
  // "Top tier" is praise, no pricing tier.
  if (w === 'tier') return words.text[i - 1] === 'top'
  if (words.stems[i] === 'staff') return [1, 2, 3].some((k) => OWN.has(words.text[i - k] ?? ''))
  // Moving or switching to a place, a home or a relative's account is no rival ("moving back to Accra", "switching to my partner's account").
  if (/^(moving|moved|move|switching|switched|switch|going|went)$/.test(w)) {
    const to = words.text[i + 1] === 'back' ? i + 2 : i + 1
    if (words.text[to] === 'to' && movedToNoRival((k) => words.text[to + 1 + k] ?? '')) return true
  }
  // What changed "after switching to" something is a result, not a move to a rival; switching to an annual plan is a billing choice.
  if (w === 'switching' || w === 'switched' || w === 'switch') return SINCE.has(words.text[i - 1] ?? '') || (words.text[i - 1] === 'we' && SINCE.has(words.text[i - 2] ?? '')) || [1, 2].some((k) => PLAN_TERMS.has(words.text[i + k] ?? ''))
  // The customer's own email ("I emailed them three times", "sent an email to support", "took three emails") is no mail from us.
  if (words.stems[i] === 'email') return EMAIL_WRITERS.has(words.text[i - 1] ?? '') || (/^\d+$/.test(words.text[i - 1] ?? '') && words.text[i + 1] === 'to') || ((EMAIL_COUNTED.has(words.text[i - 1] ?? '') || /^\d+$/.test(words.text[i - 1] ?? '')) && EMAIL_SENT.has(words.text[i - 2] ?? ''))
  // "Wish we had found you sooner", "wish I'd done it years ago" regret the past; "wish I could run reports earlier" asks.
  if (w !== 'wish' || !PAST_WISHERS.has(words.text[i + 1] ?? '')) return false
  for (let j = i + 2; j < words.text.length && words.clause[j] === words.clause[i]; j++) {
    if (words.text[j] === 'could' || words.text[j] === 'can') return false
    if (words.text[j] === 'sooner' || words.text[j] === 'earlier' || (words.text[j] === 'ago' && /^(years|months|ages|weeks|year|month)$/.test(words.text[j - 1] ?? ''))) return true
  }
  return false
}

function compile(taxonomy: TopicDef[]): CompiledTaxonomy {
  const cached = compiledCache.get(taxonomy)
  if (cached) return cached
  const isHan = (k: string) => HAN.test(k)
  const topics = taxonomy.map((t, topic): Compiled => {
    const all = t.keywords.length || t.strong?.length
      ? [...(t.strong ?? []).map((k) => ({ k, strong: true })), ...t.keywords.map((k) => ({ k, strong: false }))]
      : nameKeywords(t.name)
    return {
      id: t.id,
      han: all.filter((x) => isHan(x.k)).map((x) => hanKeyword(x.k, x.strong)).filter((x) => x.parts.length > 0)
        .sort((a, b) => b.keyword.length - a.keyword.length),
      stems: all.filter((x) => !isHan(x.k)).map((x) => ({ keyword: x.k, seq: keywordStems(x.k), strong: x.strong }))
        .filter((x) => x.seq.length > 0)
        .map((x) => ({ keyword: x.keyword, seq: x.seq, weight: x.strong ? KEYWORD_WEIGHT.strong : x.seq.length > 1 ? KEYWORD_WEIGHT.phrase : 1, topic, order: 0 }))
        .flatMap(withHashtag)
        // Inflections of one word ("cancel", "cancelled", "cancels") share a stem: one hit, not five.
        .filter((x, i, all) => all.findIndex((y) => y.seq.join(' ') === x.seq.join(' ') && y.weight >= x.weight) === i)
        .map((x, order) => ({ ...x, order })),
    }
  })
  const byFirstStem = new Map<string, StemKeyword[]>()
  for (const t of topics) for (const k of t.stems) {
    const list = byFirstStem.get(k.seq[0])
    if (list) list.push(k)
    else byFirstStem.set(k.seq[0], [k])
  }
  const c = { topics, byFirstStem }
  compiledCache.set(taxonomy, c)
  return c
}

/**
 * A phrase keyword also matches its words run together, as hashtags and handles write them
 * ("#customerservice", "#lostluggage", "checkin"): one word, stemmed as one, weighing as the phrase.
 */
function withHashtag<K extends { keyword: string; seq: string[] }>(k: K): K[] {
  if (k.seq.length < 2 || k.seq.includes(GAP)) return [k]
  const joined = k.keyword.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
  return joined.length >= 6 ? [k, { ...k, seq: [stem(joined)] }] : [k]
}

/** Words a topic's name may hold that say nothing of what it is about ("Billing issues"). */
const NAME_FILLER = new Set(['issue', 'issues', 'problem', 'problems', 'complaint', 'complaints', 'other', 'general', 'misc', 'request', 'requests', 'feedback', 'question', 'questions'])

/**
 * A topic with no keywords (a taxonomy file may list names only) is found by its name: the whole
 * name weighs as a strong keyword, each telling word of it as a plain one ("Late flight": "late", "flight").
 */
function nameKeywords(name: string): { k: string; strong: boolean }[] {
  const words = name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && !EN_STOP.has(w) && !NAME_FILLER.has(w))
  return [{ k: name, strong: true }, ...(words.length > 1 ? words.map((k) => ({ k, strong: false })) : [])]
}

function hanKeyword(k: string, strong: boolean): HanKeyword {
  const keyword = toSimplified(k.trim())
  const parts = keyword.split(GAP_SPLIT).filter(Boolean)
  const length = parts.join('').length
  return { keyword, parts, weight: strong ? KEYWORD_WEIGHT.strong : length > 1 ? 1.2 : 0.8, opening: (parts[0] ?? '').slice(0, 2) }
}

/** Every character and pair of characters of a text: a cheap test before looking for hundreds of keywords in it. */
function piecesOf(text: string): Set<string> {
  const pieces = new Set<string>()
  for (let i = 0; i < text.length; i++) pieces.add(text[i]).add(text.slice(i, i + 2))
  return pieces
}

/** Characters a gap in a Chinese keyword may hold ("还是…好用" in 还是钉钉好用), within one clause. */
const GAP_CHARS = 12
const CLAUSE_END = /[，。！？；：、,.!?;:\n]/

/**
 * Words that hold a keyword without meaning it: 贵宾 (a VIP) is not 贵 (expensive), 慢慢 (slowly) not
 * 慢 (slow), 银行卡 (a bank card) not 卡 (lag). The sentiment word lists already name them, as entries
 * that carry no sentiment, so the two readings agree. Well-wishes hold 希望 without asking for
 * anything (希望越做越好, "may you keep getting better", is what promoters write most), and 支持 is
 * no feature asked for in 技术支持 (tech support) or 继续支持 (we'll keep buying).
 */
const NOT_A_REQUEST = ['希望越来越好', '希望越做越好', '希望你们越来越好', '希望越来越', '希望继续', '希望能继续', '希望你们继续', '希望保持', '希望能保持', '希望一直', '希望能一直', '希望再接再厉',
  '技术支持', '继续支持', '一直支持', '大力支持', '支持一下']
const ZERO_WORDS = [...[...ZH_LEXICON].filter(([w, v]) => v === 0 && w.length > 1).map(([w]) => w), ...NOT_A_REQUEST]
const holderCache = new Map<string, string[]>()
const holdersOf = (keyword: string): string[] => {
  let list = holderCache.get(keyword)
  if (!list) holderCache.set(keyword, (list = ZERO_WORDS.filter((w) => w.length > keyword.length && w.includes(keyword))))
  return list
}

/** Whether a Chinese keyword stands in `text` other than inside a word that only holds it. */
function hanWordFound(text: string, keyword: string): boolean {
  const holders = holdersOf(keyword)
  for (let at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) if (!heldAt(text, at, keyword, holders)) return true
  return false
}

/** Whether a word that only holds `keyword` covers the one at `at`. */
function heldAt(text: string, at: number, keyword: string, holders: string[]): boolean {
  for (const w of holders) for (let i = w.indexOf(keyword); i >= 0; i = w.indexOf(keyword, i + 1)) if (at >= i && text.startsWith(w, at - i)) return true
  return false
}

/** Whether a Chinese keyword's parts stand in the text in order, each gap short and inside one clause. */
function hanFound(text: string, parts: string[]): boolean {
  if (parts.length === 1) return hanWordFound(text, parts[0])
  for (let at = text.indexOf(parts[0]); at >= 0; at = text.indexOf(parts[0], at + 1)) {
    let end = at + parts[0].length, ok = true
    for (let j = 1; j < parts.length && ok; j++) {
      const next = text.indexOf(parts[j], end)
      ok = next >= 0 && next - end <= GAP_CHARS && !CLAUSE_END.test(text.slice(end, next))
      end = next + parts[j].length
    }
    if (ok) return true
  }
  return false
}

/** The index of the last word of the keyword's stems `seq` standing in the comment from word i (its first stem is known to), or -1. */
function seqAt(words: Words, i: number, seq: string[]): number {
  const { stems, clause } = words
  let at = i
  for (let j = 1; j < seq.length; j++) {
    if (seq[j] !== GAP) {
      if (stems[++at] !== seq[j]) return -1
      continue
    }
    // The gap: the next part's first stem, nearest first, within GAP_WORDS words of this clause.
    const next = seq[++j]
    let k = at + 1
    while (k < stems.length && k <= at + 1 + GAP_WORDS && clause[k] === clause[i] && stems[k] !== next) k++
    if (stems[k] !== next || clause[k] !== clause[i] || k > at + 1 + GAP_WORDS) return -1
    at = k
  }
  return at
}

type Occurrence = { k: StemKeyword; from: number; to: number }

/**
 * Whether a longer phrase of another topic holds this occurrence's words: "add support for Apple
 * Pay" asks for a feature, it says nothing of the support team; in "half our responses are missing"
 * no feature is missing.
 */
function heldByPhrase(o: Occurrence, all: Occurrence[]): boolean {
  return all.some((p) => p.k.topic !== o.k.topic && p.to - p.from >= 2 && p.to - p.from > o.to - o.from && holds(p, o))
}

/** A phrase holds the words it spans; one with a gap ("responses … missing") only the words at its ends, not those between. */
const holds = (p: Occurrence, o: Occurrence) => (p.k.seq.includes(GAP) ? o.from === o.to && (o.from === p.from || o.to === p.to) : p.from <= o.from && p.to >= o.to)

/** Word keywords found in the comment's words, per topic, in the taxonomy's order. */
function stemHits(words: Words, c: CompiledTaxonomy, heldAt?: HeldAt): Map<number, StemKeyword[]> {
  const occurrences: Occurrence[] = []
  const { stems } = words
  for (let i = 0; i < stems.length; i++) for (const k of c.byFirstStem.get(stems[i]) ?? []) {
    const to = seqAt(words, i, k.seq)
    if (to >= 0 && !heldAt?.(i, k.seq.length > 1, c.topics[k.topic].id) && !notAFit(words, to) && !notTheirCancelling(k.keyword, words, to)) occurrences.push({ k, from: i, to })
  }
  const found = new Set<StemKeyword>()
  for (const o of occurrences) if (!found.has(o.k) && !heldByPhrase(o, occurrences)) found.add(o.k)
  const out = new Map<number, StemKeyword[]>()
  for (const k of found) {
    const list = out.get(k.topic)
    if (list) list.push(k)
    else out.set(k.topic, [k])
  }
  for (const list of out.values()) list.sort((a, b) => a.order - b.order)
  return out
}

/**
 * Chinese words that hold topic keywords but name no topic: a survey's 回复率 is no support reply, a
 * painting hung (挂了幅画) no outage, slow shipping (物流太慢) no slow app (a bank card, 银行卡, is in the lexicon's list).
 */
const HAN_NO_TOPIC = ['回复率', '回收率', '答复率', '物流太慢', '物流慢', '物流很慢', '发货慢', '发货太慢', ...ZH_HUNG_UP]

/** Keyword hits per topic: phrases weigh more than single words. `language`: the comment's, when known. */
export function keywordHits(simplified: string, taxonomy: TopicDef[], tokens: Token[] = tokenize(simplified, false), language?: string): Map<string, { weight: number; matches: string[] }> {
  const compiled = compile(taxonomy)
  const words = wordsOf(tokens)
  const byTopic = stemHits(words, compiled, heldWordsAt(language, words))
  const out = new Map<string, { weight: number; matches: string[] }>()
  const han = HAN.test(simplified)
  // A Chinese keyword holds the shorter keywords of other topics inside it, as an English phrase
  // holds its words: 回复太慢 is support's, not the product's 太慢; 服务器 is not 服务.
  const pieces = han ? piecesOf(simplified) : undefined
  const hanFoundByTopic = compiled.topics.map((t) => (pieces ? t.han.filter((k) => pieces.has(k.opening) && hanFound(simplified, k.parts)) : []))
  const heldByOther = (topic: number, keyword: string) => hanFoundByTopic.some((found, other) =>
    other !== topic && found.some((k) => k.keyword.length > keyword.length && k.keyword.includes(keyword)))
    || HAN_NO_TOPIC.some((w) => w.length > keyword.length && w.includes(keyword) && simplified.includes(w))
  compiled.topics.forEach((t, topic) => {
    const matches: string[] = []
    let weight = 0, best = 0
    for (const k of byTopic.get(topic) ?? []) if (!matches.includes(k.keyword)) { matches.push(k.keyword); weight += k.weight; best = Math.max(best, k.weight) }
    // Longer Chinese keywords first; a shorter one inside an already matched one adds nothing.
    for (const k of hanFoundByTopic[topic]) {
      if (!matches.some((m) => m.includes(k.keyword)) && !heldByOther(topic, k.keyword)) { matches.push(k.keyword); weight += k.weight; best = Math.max(best, k.weight) }
    }
    // The best keyword counts fully, further ones less: long keyword lists would otherwise win by volume.
    if (weight > 0) out.set(t.id, { weight: best + (weight - best) * KEYWORD_WEIGHT.extra, matches })
  })
  return out
}

/** Weight of a matched keyword: plain word 1, phrase, or a `strong` keyword; `extra`: share each keyword after a topic's best adds. */
export const KEYWORD_WEIGHT = { phrase: 1.5, strong: 2.5, extra: 1 }
