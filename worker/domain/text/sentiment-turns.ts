// Where a verdict turns: praise that held "until" something, a clause that ends on "is not" and
// so denies the one before ("support is great, pricing is not"), and sarcasm ("Oh great, another
// delay.", thanks for the "help"). The rules (sentiment-rules.ts) call these as they walk a comment's clauses.
import type { Unit } from './units.ts'
import { ZH_PARTICLES } from './lexicon-zh.ts'
import { IRONIC_EMOJI, ZH_CLAP, ZH_IRONIC_EMOJI } from './emoji.ts'

/**
 * The words a sarcastic opening is made of ("Oh great,", "Awesome,", "Just perfect,"), at most two.
 * Not thanks: "Thank you, someone finally answered" is gratitude, whatever went wrong before.
 */
const SARCASM_OPENER_WORDS = 2
const SARCASM_OPENER = new Set(['great', 'awesome', 'fantastic', 'wonderful', 'perfect', 'nice', 'lovely', 'brilliant', 'excellent', 'amazing', 'super', 'cool',
  'generous', 'impressive', 'helpful', 'thoughtful', 'charming', 'delightful', 'marvellous', 'marvelous', 'splendid', 'fabulous', 'superb', 'incredible',
  'oh', 'wow', 'yeah', 'just', 'so', 'good', 'oh good', 'oh great', 'oh nice', 'oh wonderful', 'oh perfect', 'oh lovely', 'oh brilliant', 'oh joy', 'how', 'real', 'really', 'just what i needed', 'just what we needed', 'just what i wanted', 'just what we wanted',
  // "…without a single reminder. Classy.", "…on hold for over 2 hours. Thanks a lot."
  // "…loses the connection at night. Super Idee."
  'idea', 'idee', 'idée', 'ideia', 'gemacht', 'gut gemacht', 'super gemacht', 'toll gemacht', 'bien joué', 'ben fatto', 'bem feito', 'bien hecho',
  'ottimo', 'ottima', 'excelente', 'óptimo', 'parfait', 'prima', 'klasse',
  'classy', 'thanks a lot', 'thanks a bunch', 'stellar', 'genius', 'bravo', 'well done', 'good job', 'great job', 'top notch',
  // The other languages' "great" (fantastico, terza volta questo mese che…; Qué bien, otra notificación…).
  'fantastico', 'fantastique', 'toll', 'complimenti', 'bravo', 'genial', 'génial', 'ótimo', 'perfeito', 'perfetto', 'perfekt',
  // 好棒喔，面试通知寄到垃圾信件匣…; Cantonese 好嘢 ("great!").
  '好棒', '真棒', '太棒了', '好嘢', '厉害', '真厉害', '真不错', '👏'])
/** Thanks alone, a sentence of its own after a sarcastic one ("great, another update… now it thinks my house is 85 degrees. thanks guys"), is more of it. */
const THANKS_ALONE = new Set(['thanks', 'thank', 'you', 'guys', 'cheers', 'so', 'much', 'again', 'folks', 'team', 'thx', 'ty',
  'grazie', 'davvero', 'mille', 'gracias', 'muchas', 'merci', 'beaucoup', 'danke', 'vielen', 'obrigado', 'obrigada', 'muito'])
/** "Again" in the languages we read ("toll, wieder ein Update…"). */
const AGAIN = new Set(['again', 'wieder', 'schon wieder', 'de nouveau', 'otra vez', 'di nuovo', 'de novo'])
/** "Another", and the other languages' ("Super, encore un mail promo", "Qué bien, otra notificación"). */
const ANOTHER = new Set(['another', 'encore', 'otra', 'otro', 'outra', 'outro', 'ancora'])
/** A closing clause of praise after a complaint is irony too ("screen cracked, great start to the week"). */
const SARCASM_CLOSER_WORDS = 7
const SARCASM_CLOSER = new Set([...SARCASM_OPENER, 'value', 'service', 'what', 'a', 'an', 'start', 'to', 'the', 'day', 'week', 'morning', 'monday', 'weekend', 'year', 'way', 'end', 'of', 'my', 'our', 'on', 'at', 'this', 'for',
  // "…抢了五天一个没抢到，绝了", "转圈半分钟…，真棒👍".
  '绝了', '真', '是', '真是', '棒', '真棒', '太棒了', '厉害', '真厉害', '👍'])

/**
 * Praise whose object is a complaint is sarcasm: "love waiting on hold", "nice job losing my bag",
 * "thanks for ruining my weekend". Praise of a deed that is no complaint stays praise ("great job
 * fixing it"). Whether the praise word at `i` is followed by such a gerund (after job/for/me).
 */
const PRAISE_OF_A_DEED = new Set(['love', 'loved', 'enjoy', 'enjoyed', 'nice', 'great', 'good', 'thanks', 'thank you'])
const BEFORE_THE_DEED = new Set(['job', 'for', 'me', 'us', 'work'])
export function praisesAComplaint(units: Unit[], i: number): boolean {
  if (LOVE_HOW.has(units[i].text) && units[i + 1]?.text === 'how') return lovesHowItFails(units, i + 2)
  // 感谢自动续费，又让我白交了一年的钱, "adorei esperar 40 minutos": thanks or love whose object is a complaint.
  if (ZH_THANKS.has(units[i].text) || OTHER_LOVE.has(units[i].text)) return (units[i + 1]?.valence ?? 0) < 0 && units[i + 1]?.negator === undefined
  // "Grazie per aver cancellato tutti i miei progressi", "merci pour la panne": thanks for a complaint.
  if (OTHER_THANKS.has(units[i].text) && OTHER_FOR.has(units[i + 1]?.text ?? '')) return (units[i + 2]?.valence ?? 0) < 0 && units[i + 2]?.negator === undefined
  if (!PRAISE_OF_A_DEED.has(units[i].text)) return false
  let j = i + 1
  while (j < i + 3 && BEFORE_THE_DEED.has(units[j]?.text ?? '')) j++
  const deed = units[j]
  return !!deed && ((/^\S+ing\b/.test(deed.text) && (deed.valence ?? 0) < 0) || (units[i].text === 'love' && COSTS.has(deed.text)))
}
const ZH_THANKS = new Set(['感谢', '谢谢', '多谢', '真是谢谢'])
const OTHER_THANKS = new Set(['grazie', 'gracias', 'merci', 'danke', 'obrigado', 'obrigada'])
const OTHER_FOR = new Set(['per', 'por', 'pour', 'für', 'pelo', 'pela'])
const OTHER_LOVE = new Set(['adorei', 'adoro', 'amei', 'encanta', 'encantó', 'adore', 'adoré', 'liebe', 'lieben'])
/** What nobody loves doing: "Love paying $9 in fees for cold fries", "love spending an hour on hold". */
const COSTS = new Set(['paying', 'spending', 'repeating', 'resubmitting', 'reentering'])

/**
 * "Love how you can't get an agent on the phone", "love how it breaks": the clause after "love how"
 * complains, so the love is sarcasm; "love how it never crashes" and "love how easy it is" do not.
 */
const LOVE_HOW = new Set(['love', 'loved', 'like'])
function lovesHowItFails(units: Unit[], from: number): boolean {
  let denied = false
  for (let j = from; j < units.length && j < from + 12 && !units[j].boundary && !units[j].contrast; j++) {
    const u = units[j]
    if (u.negator !== undefined && u.valence === undefined) { denied = !denied; continue }
    if ((u.valence ?? 0) < 0) return !denied && u.negator === undefined
    if ((u.valence ?? 0) > 0) return denied
  }
  return denied
}

/** Verbs an English ellipsis ends on before "not" ("pricing is not", "mine does not"). */
export const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'does', 'do', 'did', 'has', 'have', 'had', 'can', 'could', 'will', 'would', 'should'])

/** The denied verdict of the clause before, in the same sentence, for a clause that ends on "is not"; 0 if none. */
export function elidedVerdict(contributions: { v: number; clause: number; sentence: number }[], clause: number, sentence: number): number {
  let net = 0
  for (const c of contributions) if (c.clause === clause - 1 && c.sentence === sentence) net += c.v
  // Undamped: "good, ... was not" is as plain a contrast as "good, ... was bad".
  return net === 0 ? 0 : -Math.sign(net) * Math.min(Math.abs(net), 3)
}

/** "Can't wait until", "wait until": no verdict held until then. */
export const WAITING = new Set(['can not wait', 'wait', 'waiting', 'waited'])

/** "Never had Thai food like it until this dish", "didn't know how good it was until": a first time, not a change. */
export function deniedBeforeUntil(units: Unit[], at: number): boolean {
  for (let k = at - 1; k >= 0 && !units[k].boundary; k--) if (units[k].negator !== undefined) return true
  return false
}

/**
 * "Worked great until the update": the praise held until then has turned. It is the clause's own,
 * or the clause just before ("good for a month, until it died"). A complaint before "until" is how
 * long it lasts, not a change ("stuck in DC until Monday").
 */
export function changedSince(contributions: { v: number; clause: number }[], clauseStart: number, clause: number, damping: number): void {
  const from = clauseStart < contributions.length ? clauseStart : contributions.findIndex((c) => c.clause === clause - 1)
  if (from < 0) return
  for (let k = from; k < contributions.length; k++) if (contributions[k].v > 0) contributions[k].v *= -damping
}

/** "Left me in tears, in a good way", "unsettling in the best way": the sentence's complaints were praise. */
export const REDEEMING: ReadonlySet<string> = new Set(['in a good way', 'in the best way', 'in the best possible way'])
export function redeemed(contributions: { v: number }[], sentenceStart: number, damping: number): void {
  for (let k = sentenceStart; k < contributions.length; k++) if (contributions[k].v < 0) contributions[k].v *= -damping
}

/**
 * Whether an emoji says the praise in the comment is not meant: an upside-down face anywhere (19 of 20
 * survey answers holding one complain), in Chinese a slight smile (微笑) or a clap beside a real complaint
 * (真是稳定如一啊👏; beside a fix it applauds).
 */
export function ironicByEmoji(text: string, language: string, contributions: readonly { v: number }[]): boolean {
  if (IRONIC_EMOJI.test(text)) return true
  return language.startsWith('zh') && (ZH_IRONIC_EMOJI.test(text) || (ZH_CLAP.test(text) && contributions.some((c) => c.v <= -1)))
}

/**
 * Praise in scare quotes is its opposite: thanks for the "help", your "friendly" staff, "services".
 * One word between quotes, straight or curly: when it is praise, or what a company offers
 * (IRONIC_NOUNS), the sentence's praise is irony. Not a label ("live" seat map) or a letter ("R").
 */
const IRONIC_NOUNS: ReadonlySet<string> = new Set(['help', 'service', 'services', 'support', 'assistance', 'apology', 'apologies', 'sorry',
  'loyalty', 'care', 'priority', 'compensation', 'upgrade', 'customer', 'experience', 'solution', 'policy', 'entertainment', 'maintenance',
  // What a company sells as a favour (the "discount" to stay, "exclusive offers", the 'smart' schedule).
  'discount', 'offer', 'offers', 'deal', 'deals', 'smart', 'unlimited', 'exclusive', 'bonus', 'reward', 'rewards', 'improvement', 'improvements', 'feature', 'fix',
  // The same in the other languages, and the "new" of a redesign (la « nouvelle interface », die „neue“ App).
  'aide', 'offre', 'remise', 'cadeau', 'amélioration', 'nouvelle', 'nouveau', 'hilfe', 'angebot', 'rabatt', 'verbesserung', 'neue', 'neues', 'servizio', 'offerta', 'sconto', 'miglioramento',
  'nuova', 'nuovo', 'ayuda', 'oferta', 'descuento', 'regalo', 'mejora', 'nueva', 'nuevo', 'ajuda', 'desconto', 'melhoria', 'nova', 'novo'])
/** Any mark that opens a quotation below: most comments have none, and need none of the expressions. */
const OPENING_QUOTE = /["\u201C'\u2018\u300C\u300E\u00AB\u201E]/
const NO_QUOTES: ReadonlySet<string> = new Set()
export function scareQuoted(text: string): ReadonlySet<string> {
  if (!OPENING_QUOTE.test(text)) return NO_QUOTES
  const out = new Set<string>()
  // Up to three words ("exclusive offers"): each is read as quoted.
  // Guillemets and German quotes too (la « nouvelle interface », die „Verbesserung“), spaced or not.
  for (const m of text.matchAll(/["\u201C\u201D\u00AB\u201E]\s?(\p{Script=Latin}+(?: \p{Script=Latin}+){0,2})\s?["\u201C\u201D\u00BB]/gu)) for (const w of m[1].toLowerCase().split(' ')) out.add(w)
  // And a short Chinese word or idiom (真係好「快」, 真係「物超所值」): a quotation of something said holds more than a verdict word.
  // Not one of a list of quoted names (配上“温馨”、“渡假”4字).
  for (const m of text.matchAll(/(?<!、)["\u201C\u300C\u300E]([\u4e00-\u9fff]{1,4})["\u201D\u300D\u300F](?!、)/g)) out.add(m[1])
  // Single quotes too, where they stand apart from words (another 'improvement'), unlike an apostrophe.
  for (const m of text.matchAll(/(?:^|[\s(])['\u2018]([A-Za-z]+(?:-[A-Za-z]+)?)['\u2019](?=[\s.,!?)]|$)/g)) for (const w of m[1].toLowerCase().split('-')) out.add(w)
  return out
}

type Contribution = { v: number }

/**
 * Irony in one sentence, as the rules walk it: praise alone opening a sentence whose rest complains
 * ("Oh great, another delay."), and praise beside a word in scare quotes (thanks for the "help").
 * Settled when the sentence ends, since only then is the rest of it known.
 */
export function sentenceIrony(scare: ReadonlySet<string>, damping: number) {
  let ironic = false, clauseUnits = 0, openerOnly = true, closerOnly = true, thanksOnly = true, thanked = false, sarcastic = false, lastClap = false, sawAgain = false, firstClause = true, contrasted = false
  let opener: [number, number] | undefined, closer: [number, number] | undefined
  // A sentence of praise alone held to see what the next one says ("TOLL. wieder ein Update und jetzt synchronisiert gar nichts mehr.").
  let held: [number, number] | undefined
  // "Oh great, another update": praise, then "another", is sarcasm unless what follows praises.
  let another = false
  // The net of the sentence before: "No refund, no human. Great." closes a complaint with a sentence of praise alone.
  let before = 0
  // And how it ended: "charged for a cancelled walk, refunded in 5 minutes. super" ends well, so its "super" is meant.
  let endedWell = false
  // Claps in a sentence that opens sarcastically are more of it ("fantastico, terza volta questo mese… 👏👏"): not the rest's praise.
  const claps = new Set<number>()
  const turn = (contributions: Contribution[], from: number, to: number) => {
    for (let k = from; k < to; k++) if (contributions[k].v > 0) contributions[k].v *= -damping
  }
  return {
    /** `at`: how many contributions the comment holds before this unit; `clauseStart`: where its clause began. */
    unit(u: Unit, at: number, clauseStart: number): void {
      // "Oh great another price rise": "another" ends a sarcastic opening as a comma would.
      if (ANOTHER.has(u.text) && firstClause && openerOnly && clauseUnits > 0 && clauseUnits <= SARCASM_OPENER_WORDS && at > clauseStart) { opener = [clauseStart, at]; another = true }
      else if (ANOTHER.has(u.text) && opener && !firstClause && clauseUnits === 0 && opener[1] === at) another = true
      // "oh good, chickpeas again": the same thing again after a sarcastic opening is what "another" says.
      else if (AGAIN.has(u.text) && opener && !firstClause) another = true
      if (AGAIN.has(u.text) || ANOTHER.has(u.text)) sawAgain = true
      // A Chinese particle (喔, 呢, 啊) neither makes nor breaks a clause of bare praise.
      if (ZH_PARTICLES.has(u.text)) return
      // Claps after a sarcastic opening are more of it, not more words of it ("Super gemacht 👏").
      const clap = u.text === '👏', afterWord = !lastClap
      lastClap = clap
      if (clap) { claps.add(at); if (clauseUnits > 0 && openerOnly && afterWord) return }
      clauseUnits++
      if (scare.has(u.text) && ((u.valence ?? 0) > 0 || IRONIC_NOUNS.has(u.text))) ironic = true
      if (!SARCASM_OPENER.has(u.text)) openerOnly = false
      if (!THANKS_ALONE.has(u.text)) thanksOnly = false
      if (!SARCASM_CLOSER.has(u.text)) closerOnly = false
    },
    contrast(): void { contrasted = true },
    /** The clause that ends holds contributions[clauseStart..]. */
    endClause(contributions: Contribution[], clauseStart: number): void {
      if (firstClause && clauseUnits > 0) {
        const own = contributions.slice(clauseStart)
        if (openerOnly && clauseUnits <= SARCASM_OPENER_WORDS && own.length > 0 && own.every((c) => c.v > 0)) opener = [clauseStart, contributions.length]
        else if (thanksOnly && clauseUnits <= 3 && own.length > 0 && own.every((c) => c.v > 0)) { opener = [clauseStart, contributions.length]; thanked = true }
        firstClause = false
      } else if (clauseUnits > 0) {
        const own = contributions.slice(clauseStart)
        closer = closerOnly && clauseUnits <= SARCASM_CLOSER_WORDS && own.length > 0 && own.every((c) => c.v > 0) ? [clauseStart, contributions.length] : undefined
      }
      clauseUnits = 0; openerOnly = true; closerOnly = true; thanksOnly = true
    },
    /** The sentence that ends holds contributions[sentenceStart..]. */
    endSentence(contributions: Contribution[], sentenceStart: number): void {
      if (ironic) turn(contributions, sentenceStart, contributions.length)
      if (held) {
        let net = 0
        for (let k = sentenceStart; k < contributions.length; k++) net += contributions[k].v
        if (net < 0 && sawAgain) { turn(contributions, held[0], held[1]); sarcastic = true }
        held = undefined
      }
      if (opener && !contrasted) {
        let rest = 0
        for (let k = opener[1]; k < contributions.length; k++) if (!claps.has(k)) rest += contributions[k].v
        const alone = opener[0] === sentenceStart && opener[1] === contributions.length
        if (thanked ? alone && before < 0 && sarcastic : rest < 0 || (another && rest <= 0) || (alone && before < 0 && !endedWell)) {
          turn(contributions, opener[0], opener[1])
          sarcastic = true
          for (const k of claps) if (k >= opener[1] && k < contributions.length) turn(contributions, k, k + 1)
        } else if (alone && !thanked && contributions.length - opener[0] === 1) held = [opener[0], opener[1]]
      }
      if (closer && !contrasted && closer[1] === contributions.length) {
        let inSentence = 0
        for (let k = sentenceStart; k < closer[0]; k++) inSentence += contributions[k].v
        // After a sarcastic sentence, praise closing one with no verdict of its own is more of it ("Oh great, another redesign. Everything's moved again, just what I needed").
        if (inSentence < 0 || (inSentence === 0 && before < 0)) turn(contributions, closer[0], closer[1])
      }
      // A sentence with no verdict ("$119.") leaves the one before it standing.
      if (contributions.length > sentenceStart) { before = 0; endedWell = contributions[contributions.length - 1].v >= 1.5 }
      for (let k = sentenceStart; k < contributions.length; k++) before += contributions[k].v
      // A company's favour in scare quotes with no praise to turn ("the "discount" to stay is £1 a month") still
      // complains, so praise alone after it is sarcasm ("wow. generous").
      if (ironic && before >= 0) before = -1
      ironic = false; opener = undefined; closer = undefined; contrasted = false; firstClause = true; another = false; thanked = false; sawAgain = false; claps.clear()
    },
  }
}
