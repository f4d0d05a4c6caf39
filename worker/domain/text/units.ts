// The unit stream the sentiment rules walk: English words, emoji, punctuation, and Chinese
// runs cut by forward maximum matching against the lexicon tables (not the segmenter, which
// splits 不好用 or 贵了 in ways that hide the sentiment word).
import { EMOJI_VALENCE } from './emoji.ts'
import { EN_FADED, EN_LEAVING_PHRASES, EN_CONCESSIVE, EN_CONTRAST, EN_DEED_PHRASES, EN_NO_VERDICT_PHRASES, EN_INTENSIFIERS, EN_LEXICON, EXCESS_VALENCE, EN_NEGATOR_PHRASES, EN_NEGATORS, EN_PHRASES, EN_QUESTION, EN_REQUEST_PHRASES, EN_WISH_PHRASES, HABIT_BEFORE_USED } from './lexicon-en.ts'
import { ZH_CONCESSIVE, ZH_CONTRAST, ZH_RESERVATION, ZH_DEGREE, ZH_LEXICON, ZH_MAX_WORD, ZH_NEGATORS, ZH_PARTICLES, ZH_QUESTION, ZH_RECURRING, ZH_REQUEST } from './lexicon-zh.ts'
import { ZH_NO_VERDICT_WORDS } from './lexicon-zh-general.ts'
import { ZH_LEAVING_WORDS, ZH_RIVAL_WORDS } from './lexicon-zh-app.ts'
import { tokenize, type Token } from './tokenize.ts'
import { deniesNextPraise, gapIdiomAt, leadingIdiomAt, type GapIdiom } from './units-idioms.ts'
import { nameComparedAt } from './units-name-compared.ts'
import { movedToNoRival } from './names.ts'
import { otherLexicon, type OtherLexicon } from './lexicon-other-load.ts'
import { latinFaultMoved, zhIdiomAt } from './units-zh-idioms.ts'
import { countedAt, rivalNamedAt } from './units-other-counts.ts'
import { ASKING, emphaticAlone, LATIN_OURS, placeOfAThing, unstretched } from './units-words.ts'

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
  /** A negator whose denial of a complaint is praise, a pain gone ("no more missed deliveries", 再也不会白跑一趟). */
  relief?: boolean
  /** Opens a request ("please add", 希望增加): its clause names what is wanted, with no verdict. */
  request?: boolean
  /** Praise of something done ("fixed my issue"): "never" denies it as "not" does ("never fixed the bug"). */
  deed?: boolean
  /** Praise a question does not turn: "why didn't we switch to you sooner?" asks nothing of us. */
  praiseInQuestion?: boolean
  /** Leaving for a rival: praise after it in its sentence is the rival's. */
  leaving?: boolean
  /** Names a rival (别家): the verdicts after it in its clause are the rival's, so the other way for us. */
  rival?: boolean
  /** A rival called better or cheaper ("headspace is cheaper and has more content"): with no verdict after it, the comparison is the complaint. */
  outdoes?: boolean
  /** An idiom about a rival named in English ("Typeform does this for free", "moving to Qualtrics"): the competitor topic. */
  competes?: boolean
  /** Says there is no verdict to give ("no longer need it", 不好评价): with nothing else, the comment is neutral. */
  noVerdict?: boolean
  /** An idiom read whole ("setup took five minutes"): word counts, which see its words apart, cannot read it. */
  idiom?: boolean
  /** Says how often (经常, 老是): a reservation's clause with one counts in full. */
  recurring?: boolean
  /** Share of a negation window this unit uses up (Chinese characters are shorter than words). */
  cost: number
}

const ZH_CONTRAST_SET = new Set(ZH_CONTRAST)
const ZH_CONCESSIVE_SET = new Set(ZH_CONCESSIVE)
const ZH_QUESTION_SET = new Set(ZH_QUESTION)
const ZH_RESERVATION_SET = new Set(ZH_RESERVATION)
const ZH_REQUEST_SET = new Set(ZH_REQUEST)

const ZH_NO_VERDICT: ReadonlySet<string> = new Set(ZH_NO_VERDICT_WORDS)
const ZH_LEAVING: ReadonlySet<string> = new Set(ZH_LEAVING_WORDS)
const RIVAL_FIRST = new Set(ZH_RIVAL_WORDS.map((r) => r[0]))

function zhUnit(w: string): Unit | undefined {
  const valence = ZH_LEXICON.get(w), negator = ZH_NEGATORS.get(w), degree = ZH_DEGREE.get(w)
  const contrast = ZH_CONTRAST_SET.has(w), concessive = ZH_CONCESSIVE_SET.has(w), question = ZH_QUESTION_SET.has(w), reservation = ZH_RESERVATION_SET.has(w)
  const recurring = ZH_RECURRING.some((r) => w.startsWith(r)) || undefined
  if (ZH_REQUEST_SET.has(w)) return { text: w, request: true, cost: w.length * 0.7 }
  if (valence === undefined && negator === undefined && degree === undefined && !contrast && !concessive && !question && !reservation && !recurring) return undefined
  return { text: w, valence, negator, degree, contrast, concessive, question, reservation, recurring, noVerdict: ZH_NO_VERDICT.has(w) || undefined, leaving: ZH_LEAVING.has(w) || undefined, cost: w.length * 0.7 }
}

// Every Chinese entry as a ready unit (built once; units are shared, never mutated).
const ZH_UNITS = new Map<string, Unit>()
for (const w of [...ZH_REQUEST, ...ZH_LEXICON.keys(), ...ZH_NEGATORS.keys(), ...ZH_DEGREE.keys(), ...ZH_CONTRAST, ...ZH_CONCESSIVE, ...ZH_QUESTION, ...ZH_RESERVATION, ...ZH_RECURRING]) {
  if (!ZH_UNITS.has(w)) ZH_UNITS.set(w, zhUnit(w)!)
}
/** The entries as a trie, walked character by character: the longest entry at a position, without cutting substrings. */
type HanNode = { unit?: Unit; next: Map<string, HanNode> }
const ZH_TRIE: HanNode = { next: new Map() }
for (const [w, unit] of ZH_UNITS) {
  if (w.length > ZH_MAX_WORD) continue
  let node = ZH_TRIE
  for (const ch of w.split('')) { let child = node.next.get(ch); if (!child) node.next.set(ch, (child = { next: new Map() })); node = child }
  node.unit = unit
}
function longestHanUnit(run: string, i: number): Unit | undefined {
  let unit: Unit | undefined
  let node: HanNode | undefined = ZH_TRIE
  for (let k = i; k < run.length && (node = node.next.get(run[k])); k++) if (node.unit) unit = node.unit
  return unit
}
const PLAIN_HAN: Unit = { text: '', cost: 0.7 }
const STEADY: Unit = { text: '稳', valence: 2, cost: 0.7 }
const PLAIN_HAN_OF = (text: string): Unit => ({ text, cost: text.length * 0.7 })
const TOO_MANY = new Set(['太多了', '太多'])
const BEAUTY: Unit = { text: '美', valence: 2, cost: 0.7 }
/** A clause of 正 alone is Cantonese praise (正！比Netflix平); inside a run it is 正在, 正常, 真正. */
const ZHENG: Unit = { text: '正', valence: 2, cost: 0.7 }
/** Second characters of words that start with 美 and do not mean beauty (美国, 美式, 美团, 美元). */
const HOLDS_MEI = new Set('国式团元金甲容发颜术德洲剧区股工')

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

/** A wish for a lower price (希望便宜点) is no praise, but cheaper than a rival is (比滴滴便宜一点). */
const WISHED_CHEAPER = new Set(['便宜点', '便宜一点', '便宜些'])
const CHEAPER_VALENCE = 1.5
const NEVER_AGAIN = new Set(['再也不会', '再也不用', '再也不', '不用再', '再不用', '不会再', '再也没', '再也没有', '以后再也没'])
/** What may stand between "never again" and the pain it denies: a happening and how much (不会再跳一堆不相关的). */
const HAPPENS = ['出现', '遇到', '碰到', '收到', '一堆', '那么多', '这么多', '这种', '那种', '各种', '跳', '出', '弹', '有'] // longest first

/**
 * What a rival offers just after its name (问卷星免费就能做这些, 别家都有这个功能了): praise of the rival,
 * which its clause turns into a complaint about us. No praise said of us (免费就能用 is ours).
 */
const RIVAL_OFFERS_ZH = /^[^，。！？,.!?]{0,3}?(免费就能|免费都能|都有这个功能|也有这个功能|早就有|都能做|也能做|就能做到)/
function pushRivalOffer(text: string, from: number, out: Unit[]): void {
  const offer = RIVAL_OFFERS_ZH.exec(text.slice(from))
  if (offer) out.push({ text: offer[1], valence: RIVAL_OFFER_VALENCE, cost: 0 })
}
const RIVAL_OFFER_VALENCE = 2

/**
 * A name opening a clause before "the same …" (携程同一间房便宜三十块, 平安同样的保障一年便宜两百多): a
 * rival offering what we sell, whose verdicts in the clause are the rival's. Not a pronoun or a question (我们同样的价格, 点解同一张单…).
 */
/** Verdict words a question with 吗 asks about rather than says (可以用医保支付吗). */
const ASKED = new Set(['可以', '能', '支持'])

const THE_SAME = '同(?:样的|一[个间家张款份辆条段]?|款)'
const NAMED_SAME = new RegExp(`^([\u4e00-\u9fff]{2,5}?)${THE_SAME}`)
/** The same after a name in Latin letters (Uber 同一段路便宜快一百), or cheaper said of it (Uber現在比較便宜). */
const SAME_AFTER_NAME = new RegExp(`^(?:${THE_SAME}|(?:现在|目前|那边|那里)?(?:比较|更|要|还)?(?:便宜|实惠|划算))`)

const NOT_A_NAME = /^(?:[我你您他她它这那每都也就还]|点解|为什么|为啥|怎么)/

/**
 * "They" (人家, and Cantonese 人哋 read as 人们) is the rival only where the answer has left for one or names
 * one (转咗用ClassPass，人哋book堂两秒搞掂); elsewhere it is the staff member just mentioned (人家处理得挺利索).
 */
const THEY = new Set(['人家', '人们'])
const LEFT_FOR_RIVAL = /转用|转去|转了|转到|换成|换用|换到|搬到|改用|用回|别家|隔壁|其他家/

function hanUnits(run: string, out: Unit[], rivalAround = false): void {
  let i = 0
  const same = NAMED_SAME.exec(run)
  // 跟虾皮上同款比贵了快两千: compared with the rival's same item, the verdict after 比 is ours.
  const comparedWith = same && /^[跟和与]/.test(same[1]) && run.startsWith('比', same[0].length)
  if (same && !NOT_A_NAME.test(same[1])) { out.push({ text: same[1], rival: comparedWith ? undefined : true, competes: true, cost: same[1].length * 0.7 }); i = same[1].length }
  while (i < run.length) {
    const idiom = zhIdiomAt(run, i)
    if (idiom) { out.push(idiom); i += idiom.text.length; continue }
    let unit = longestHanUnit(run, i)
    // 别家便宜一半 is a rival's praise; 比别家好 compares us with it; 从别的平台迁移过来 left it for us.
    const rival = RIVAL_FIRST.has(run[i]) && (!unit || unit.text.length <= 2) ? ZH_RIVAL_WORDS.find((r) => run.startsWith(r, i)) : undefined
    if (rival && (rivalAround || !THEY.has(rival)) && !COMPARED_EARLIER.test(run.slice(Math.max(0, i - 5), i)) && run[i - 1] !== '从') { out.push({ text: rival, rival: true, cost: rival.length * 0.7 }); i += rival.length; pushRivalOffer(run, i, out); continue }
    // A longer word holding it speaks for itself (本来以为: an expectation).
    const before = unit && unit.text.length > 2 ? undefined : ZH_BEFORE.get(run.slice(i, i + 2))
    if (before && !COMPARED.has(run[i - 1] ?? '') && !COMPARED_EARLIER.test(run.slice(Math.max(0, i - 5), i)) && !NOT_PRAISE_NEXT.test(run[i + 2] ?? '')) { out.push(before); i += 2; continue }
    // 美 alone is beauty only after a degree word (风景超美, 很美的), where no longer word holds it (美味, 美国).
    if (!unit && run[i] === '美' && out[out.length - 1]?.degree && !HOLDS_MEI.has(run[i + 1] ?? '')) unit = BEAUTY
    // "Far more" after praise (好用太多了, 快太多了), not "too many" (广告太多了).
    if (unit && TOO_MANY.has(unit.text) && (out[out.length - 1]?.valence ?? 0) > 0) unit = PLAIN_HAN_OF(unit.text)
    if (unit && WISHED_CHEAPER.has(unit.text) && COMPARED_EARLIER.test(run.slice(Math.max(0, i - 5), i))) unit = { ...unit, valence: CHEAPER_VALENCE }
    // "Never again" before a pain is relief (再也不会白跑一趟): it denies the pain, as 不会再有 does.
    // 不用再翻半天: the lexicon's 不用 ("no need") holds the 再 of "no more".
    if (unit?.text === '不用' && run[i + 2] === '再') unit = { ...unit, text: '不用再', cost: unit.cost + 0.7 }
    if (unit && NEVER_AGAIN.has(unit.text) && painAfter(run, i + unit.text.length)) unit = { text: unit.text, negator: -1, relief: true, cost: unit.cost }
    // 可以合并开吗: "can it" asked, no praise.
    if (unit && ASKED.has(unit.text) && run.endsWith('吗')) unit = PLAIN_HAN_OF(unit.text)
    out.push(unit ?? (ZH_PARTICLES.has(run[i]) ? PLAIN_HAN_OF(run[i]) : PLAIN_HAN))
    i += unit ? unit.text.length : 1
    // 好用是好用，就是太贵: the verdict said twice around 是 concedes it once.
    if (unit?.valence && run[i] === '是' && run.startsWith(unit.text, i + 1)) i += 1 + unit.text.length
  }
}

/** Whether a pain follows at `j`, past up to two words of happening (跳, 一堆): what "never again" denies. */
function painAfter(run: string, j: number): boolean {
  let verb = false
  for (let skipped = 0; skipped <= 2 && j < run.length; skipped++) {
    const next = longestHanUnit(run, j)
    if ((next?.valence ?? 0) < 0) return true
    const happens = HAPPENS.find((h) => run.startsWith(h, j))
    // Or one plain verb of a character (不用再翻半天, 不会再等半天).
    if (!happens && !next && !verb) { verb = true; j++; continue }
    if (!happens) return false
    j += happens.length
  }
  return false
}

/** A verdict word of the language's litotes list its generated word list lacks ("Probleme"): a complaint, as "problems" is in English. */
const LITOTES_VALENCE = -2

/** `other`: the word lists of the comment's language, when it is not English (they speak first). */
function wordUnit(written: string, other?: OtherLexicon): Unit {
  const w = other ? written : unstretched(written)
  // A word the language uses otherwise than the lists read it (German "die") is plain.
  const plain = other?.plain.has(w)
  return {
    text: w, cost: 1,
    // The language's own negators are negators only ("no" in "no me gusta" is not the English "no").
    valence: plain || other?.noVerdict.has(w) ? undefined : other?.valence(w) ?? (other?.litotes.has(w) ? LITOTES_VALENCE : other?.negators.has(w) ? undefined : EN_LEXICON.get(w)),
    negator: (!plain && EN_NEGATORS.has(w)) || other?.negators.has(w) ? -1 : undefined, degree: other?.degree.get(w) ?? EN_INTENSIFIERS.get(w),
    contrast: EN_CONTRAST.has(w) || other?.contrast.has(w), concessive: EN_CONCESSIVE.has(w), question: EN_QUESTION.has(w) || other?.questions.has(w),
    litotes: other?.litotes.has(w), noVerdict: other?.noVerdict.has(w) || undefined,
  }
}

/** The second word of a negation marked twice ("ne ... pas"): it confirms, takes no room, flips nothing. */
const concordUnit = (w: string): Unit => ({ text: w, cost: 0 })


/**
 * Praise said by denying ("didn't have to chase anyone", "not looking back"): word counts hear the
 * denial and the thing denied as a complaint, so the phrase is read whole, as an idiom is.
 */
const DENYING_PHRASE = /^(?:.* )?(?:not|no|never|without)(?: |$)/
/** The word counts of the phrases starting with each word, longest first. */
const PHRASE_LENGTHS = new Map<string, number[]>()
for (const p of [...EN_PHRASES.keys(), ...EN_LEAVING_PHRASES, ...EN_NEGATOR_PHRASES, ...EN_WISH_PHRASES, ...EN_FADED, ...EN_REQUEST_PHRASES]) {
  const words = p.split(' '), lengths = PHRASE_LENGTHS.get(words[0]) ?? []
  if (words.length >= 2 && !lengths.includes(words.length)) PHRASE_LENGTHS.set(words[0], [...lengths, words.length].sort((x, y) => y - x))
}
const NO_LENGTHS: readonly number[] = []

/** The index of the Han run after a figure ("10", "10%", "2.5", "99元") starting at `j`, or -1. */
function figureThenHan(toks: Token[], j: number): number {
  if (!/^\d+$/.test(toks[j]?.text ?? '')) return -1
  let k = j + 1
  if (toks[k]?.text === '.' && /^\d+$/.test(toks[k + 1]?.text ?? '')) k += 2
  if (toks[k]?.text === '%') k++
  return toks[k]?.kind === 'han' ? k : -1
}

const TOLD_TEARS = /(?:哭了?|泪目|感动|破防了?)$/
/** The last negation opener among `out`, made plain. */
function openerTakenBack(out: Unit[], other: OtherLexicon): void {
  for (let k = out.length - 1; k >= 0 && !out[k].boundary; k--) if (other.concordOpeners.has(out[k].text) && out[k].negator !== undefined) { out[k] = { text: out[k].text, cost: out[k].cost }; return }
}

/** Sentiment units from tokens made with tokenize(text, false) (Han runs unsegmented), in `language`'s word lists too. */
export function unitsOfTokens(toks: Token[], language?: string): Unit[] {
  const other = otherLexicon(language)
  const out: Unit[] = []
  let concordOpen = false
  const rivalAround = toks.some((t) => (t.kind === 'han' && LEFT_FOR_RIVAL.test(t.text)) || t.rival)
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]
    // A rival the workspace names: the clause's verdicts after it are the rival's (问卷星免费就能做), and its name is no verdict ("Delighted").
    if (t.rival && t.kind === 'han') {
      const rival = !comparedOrLeft(toks[i - 1])
      out.push({ text: t.text, rival: rival || undefined, competes: true, cost: t.text.length * 0.7 })
      if (rival) pushRivalOffer(toks[i + 1]?.kind === 'han' ? toks[i + 1].text : '', 0, out)
      continue
    }
    // A quotation is someone else's words: no praise, request or rival of the writer's. A fault it
    // quotes stands (报“系统繁忙，请稍后再试”): an error message says what went wrong.
    if (t.quoted && t.kind !== 'punct') { quotedUnits(t, out, language); continue }
    if (t.kind === 'han' && t.text === '正') { out.push(ZHENG); continue }
    // 稳 standing alone (…没丢过一个文件 稳): "rock solid"; in a run it is also 稳定, 不稳, 稳了.
    if (t.kind === 'han' && t.text === '稳') { out.push(STEADY); continue }
    if (t.kind === 'han') {
      const last = out[out.length - 1]
      const name = toks[i - 1]?.kind === 'word' && (toks[i - 1].named || (toks[i - 1].opening && !LATIN_OURS.has(toks[i - 1].text)))
      if (name && last?.text === toks[i - 1].text && last.valence === undefined && SAME_AFTER_NAME.test(t.text)) out[out.length - 1] = { text: last.text, rival: true, competes: true, cost: 1 }
      // "bug少了很多": a fault named in Latin letters, moving as the run says.
      const moved = toks[i - 1]?.kind === 'word' && out[out.length - 1]?.text === toks[i - 1].text ? latinFaultMoved(toks[i - 1].text, t.text) : undefined
      if (moved) out[out.length - 1] = moved
      // "回复率从10%提高到30%": the figures split the run; read the measure's move across them.
      const across = !moved && t.text.endsWith('从') ? figureThenHan(toks, i + 1) : -1
      if (across > 0) { hanUnits(t.text + '几' + toks[across].text, out, rivalAround); i = across; continue }
      hanUnits(moved ? t.text.slice(moved.text.length - toks[i - 1].text.length) : t.text, out, rivalAround)
      // 快 before a number means "almost" (送了快2个小时), not "fast".
      if (t.text.endsWith('快') && out[out.length - 1]?.text === '快' && /^\d/.test(toks[i + 1]?.text ?? '')) out[out.length - 1] = PLAIN_HAN
      // 才 before a sum is "only" (一个月才150), not "not until" (一个月才到).
      if (t.text.endsWith('才') && out[out.length - 1]?.text.endsWith('才') && (out[out.length - 1]?.valence ?? 0) < 0 && /^\d/.test(toks[i + 1]?.text ?? '')) out[out.length - 1] = PLAIN_HAN
      continue
    }
    if (t.kind === 'punct') { concordOpen = false; out.push({ text: t.text, boundary: t.text !== "'", exclaim: t.text === '!' || t.text === '！', cost: 0 }); continue }
    // 🙏 after "pls" asks, as the word does; it thanks nobody.
    // 😭 after 哭了 or 泪目 shows the tears the words tell of (我妈看到哭了😭): they say whether they were sad.
    if (t.kind === 'emoji') { out.push({ text: t.text, valence: ASKING.has(toks[i - 1]?.text ?? '') || (t.text === '😭' && TOLD_TEARS.test(toks[i - 1]?.text ?? '')) ? undefined : EMOJI_VALENCE.get(t.text), unflipped: true, cost: 1 }); continue }
    const leading = leadingIdiomAt(toks, i)
    if (leading) { pushIdiom(out, toks, i, leading); i += leading.n - 1; continue }
    // Phrases take precedence over their words, the longest first.
    let matched = false
    for (const n of PHRASE_LENGTHS.get(t.text) ?? NO_LENGTHS) {
      if (matched) break
      if (i + n > toks.length) continue
      const phrase = toks.slice(i, i + n).map((x) => x.text).join(' ')
      const v = EN_PHRASES.get(phrase)
      // Leaving for a place, a home or a relative's account ("switching to my partner's account") gives no verdict.
      const movedAway = EN_LEAVING_PHRASES.has(phrase) && phrase.endsWith(' to') && movedToNoRival((k) => toks[i + n + k]?.text ?? '')
      if (movedAway) { out.push({ text: phrase, noVerdict: true, cost: n }); i += n - 1; matched = true }
      else if (v !== undefined) { out.push({ text: phrase, valence: v, idiom: (v > 0 && DENYING_PHRASE.test(phrase)) || undefined, deed: EN_DEED_PHRASES.has(phrase) || undefined, noVerdict: EN_NO_VERDICT_PHRASES.has(phrase) || undefined, leaving: EN_LEAVING_PHRASES.has(phrase) || undefined, cost: n }); i += n - 1; matched = true }
      else if (EN_NEGATOR_PHRASES.has(phrase) && !(phrase === 'used to' && HABIT_BEFORE_USED.has(toks[i - 1]?.text ?? ''))) { out.push({ text: phrase, negator: -1, relief: phrase === 'no more' || undefined, cost: n }); i += n - 1; matched = true }
      else if (EN_WISH_PHRASES.has(phrase) || (EN_FADED.has(phrase) && !placeOfAThing(toks, i))) { out.push({ text: phrase, negator: -1, wish: true, cost: n }); i += n - 1; matched = true }
      else if (EN_REQUEST_PHRASES.has(phrase)) { out.push({ text: phrase, request: true, cost: n }); i += n - 1; matched = true }
    }
    if (matched) continue
    const idiom = gapIdiomAt(toks, i)
    if (idiom) { pushIdiom(out, toks, i, idiom); i += idiom.n - 1; continue }
    if (t.rival) { out.push({ text: t.text, competes: true, cost: 1 }); continue }
    if (!other && nameComparedAt(toks, i)) { out.push({ text: t.text, rival: true, outdoes: true, competes: true, cost: 1 }); continue }
    if (other && rivalNamedAt(toks, i)) { out.push({ text: t.text, rival: true, outdoes: true, competes: true, cost: 1 }); continue }
    const counted = other ? countedAt(toks, i) : undefined
    if (counted) { pushIdiom(out, toks, i, counted); i += counted.n - 1; continue }
    const listed = other ? listedUnitAt(other, toks, i) : undefined
    if (listed) {
      // "Non è niente male": the phrase holds the negation its opener began (negative concord), so the opener flips nothing.
      if (concordOpen && other!.concord.has(t.text)) { openerTakenBack(out, other!); concordOpen = false }
      out.push(listed); i += listed.cost - 1; continue
    }
    if (other && concordOpen && other.concord.has(t.text)) { out.push(concordUnit(t.text)); concordOpen = false; continue }
    if (other?.concordOpeners.has(t.text)) concordOpen = true
    if (!other && deniesNextPraise(toks, i)) { out.push({ text: t.text, negator: -1, cost: 1 }); continue }
    // ", though" mid-sentence turns as "but" does ("fast and reliable, though way too expensive"); opening a clause it concedes.
    if (!other && (t.text === 'though' || t.text === 'tho') && toks[i - 1]?.text === ',' && toks[i + 1]?.kind === 'word') { out.push({ text: t.text, contrast: true, cost: 1 }); continue }
    if (!other && t.text === 'alone' && emphaticAlone(toks, i)) { out.push({ text: t.text, cost: 1 }); continue }
    if (!other && EN_FADED.has(t.text)) { out.push({ text: t.text, negator: -1, wish: true, cost: 1 }); continue }
    out.push(wordUnit(t.text, other))
  }
  return out
}

/**
 * In the comment's language, an entry of one to three words read as one unit: a request ("wäre schön,
 * wenn…", as English's "please add"), "too many" ("zu viele": a complaint), a phrase with its valence
 * ("merci pour rien") or words that say there is no verdict ("nada que ver"; one such word alone is
 * read by wordUnit). Its cost is its length in words.
 */
function listedUnitAt(other: OtherLexicon, toks: Token[], i: number): Unit | undefined {
  const asked = listedAt(other.requests, toks, i)
  if (asked) return { text: asked, request: true, cost: wordsIn(asked) }
  const excess = listedAt(other.excess, toks, i)
  if (excess) return { text: excess, valence: EXCESS_VALENCE, cost: wordsIn(excess) }
  const phrase = listedAt(other.phrases, toks, i)
  // "…e nada." (and still nothing) is a complaint; "e nada chegou quebrado" (and nothing arrived broken) denies what follows.
  const denies = phrase && NOTHING.has(phrase.slice(phrase.lastIndexOf(' ') + 1)) && toks[i + wordsIn(phrase)]?.kind === 'word'
  if (phrase && !denies) return { text: phrase, valence: other.phrases.get(phrase), cost: wordsIn(phrase) }
  const unjudged = listedAt(other.noVerdict, toks, i)
  return unjudged.includes(' ') ? { text: unjudged, valence: 0, noVerdict: true, cost: wordsIn(unjudged) } : undefined
}
const wordsIn = (entry: string) => entry.split(' ').length
const NOTHING = new Set(['nada', 'niente', 'nulla', 'rien', 'nichts'])

/** The one- to three-word entry of `list` starting at word `i` (the longest first), or ''. */
function listedAt(list: { has(entry: string): boolean; size: number }, toks: Token[], i: number): string {
  if (list.size === 0) return ''
  const two = i + 1 < toks.length ? `${toks[i].text} ${toks[i + 1].text}` : ''
  const three = two && i + 2 < toks.length ? `${two} ${toks[i + 2].text}` : ''
  return list.has(three) ? three : list.has(two) ? two : list.has(toks[i].text) ? toks[i].text : ''
}

/** 比问卷星好用 compares us with the rival, 从问卷星迁移过来 left it for us: the verdicts after it are ours. */
function comparedOrLeft(before: Token | undefined): boolean {
  const text = before?.kind === 'han' ? before.text : ''
  return COMPARED_EARLIER.test(text.slice(-5)) || text.endsWith('从')
}

function pushIdiom(out: Unit[], toks: Token[], i: number, { n, ...unit }: GapIdiom): void {
  out.push({ ...unit, text: toks.slice(i, i + n).map((x) => x.text).join(' '), cost: n, idiom: true })
}

function quotedUnits(t: Token, out: Unit[], language?: string): void {
  const from = out.length
  if (t.kind === 'han') hanUnits(t.text, out)
  else out.push(...unitsOfTokens([{ ...t, quoted: false }], language))
  for (let k = from; k < out.length; k++) if (!((out[k].valence ?? 0) < 0) || out[k].negator !== undefined) out[k] = PLAIN_HAN_OF(out[k].text)
}

/** Turn (Simplified) text into sentiment units, in order. Han runs are matched against the lexicon. */
export function sentimentUnits(text: string, language?: string): Unit[] {
  return unitsOfTokens(tokenize(text, false), language)
}
