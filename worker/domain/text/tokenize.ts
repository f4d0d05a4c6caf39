// Tokens for rules and learning. English: lower-case words with contractions split so
// "wouldn't" gives "would" + "not"; Chinese: Intl.Segmenter words (natural's tokenizers
// drop CJK); emoji, emoticons and emoji codes ([哈哈], :thumbsup:) kept as tokens since they carry sentiment.
import { emojiFromText } from './emoji-text.ts'
import { own } from '../own.ts'

/**
 * `named`: a word written Capitalised after another word, as names are ("Honestly Qualtrics has better
 * reporting"); `opening`: one written Capitalised where a sentence or clause starts, a name or not ("Typeform does this for free");
 * `rival`: a rival the workspace names in its competitor topic (rivals.ts); `quoted`: inside a quotation of five or more
 * Chinese characters (see QUOTATION).
 */
export type Token = { text: string; kind: 'word' | 'han' | 'emoji' | 'punct'; named?: boolean; opening?: boolean; rival?: boolean; quoted?: boolean }

/**
 * A quotation in Chinese marks of at least five characters cites what someone else wrote: a
 * notification (推送“xxx给你点了个赞”), a filter's label, an agent's reply (“请联系驾校”). Its words are
 * not the writer's verdict. Shorter ones are scare quotes (这也叫“好吃”), read as irony elsewhere.
 */
const QUOTATION = /[\u201C\u300C\u300E](?=[^\u201D\u300D\u300F]*\p{Script=Han})([^\u201D\u300D\u300F\n]{5,40})[\u201D\u300D\u300F]/gu

function quotedSpans(s: string): [number, number][] {
  if (!/[\u201C\u300C\u300E]/.test(s)) return []
  return [...s.matchAll(QUOTATION)].filter((m) => (m[1].match(/\p{Script=Han}/gu)?.length ?? 0) >= 5).map((m) => [m.index! + 1, m.index! + 1 + m[1].length])
}

/** The word at `k`, or '' where there is none (a Chinese run, an emoji, punctuation, the end). */
export const wordAt = (toks: Token[], k: number) => (toks[k]?.kind === 'word' ? toks[k].text : '')

/** Misspellings common enough in answers to read as meant. */
const MISSPELT: Record<string, string> = { definately: 'definitely', definatly: 'definitely', defintely: 'definitely', recieved: 'received', recieve: 'receive', recieving: 'receiving', realy: 'really', reccomend: 'recommend', recomend: 'recommend', reccommend: 'recommend' }

const IRREGULAR: Record<string, string[]> = {
  "won't": ['will', 'not'], "can't": ['can', 'not'], "shan't": ['shall', 'not'], cannot: ['can', 'not'],
  "ain't": ['is', 'not'], dont: ['do', 'not'], doesnt: ['does', 'not'], didnt: ['did', 'not'],
  isnt: ['is', 'not'], wasnt: ['was', 'not'], cant: ['can', 'not'], wont: ['will', 'not'],
  wouldnt: ['would', 'not'], couldnt: ['could', 'not'], shouldnt: ['should', 'not'], arent: ['are', 'not'],
  werent: ['were', 'not'], havent: ['have', 'not'], hasnt: ['has', 'not'], hadnt: ['had', 'not'],
  im: ['i', 'am'], ive: ['i', 'have'],
}

/**
 * "ill" and "id" typed for "I'll" and "I'd" on a phone ("ill take the free month", "id love a dark
 * mode"): only before a verb, so "feel ill" stays sick and "my id" an ID.
 */
const CONTRACTED_BEFORE_VERB: Record<string, [string, ReadonlySet<string>]> = {
  ill: ['will', new Set(['take', 'stay', 'miss', 'be', 'give', 'try', 'pass', 'come', 'keep', 'go', 'do', 'just', 'probably', 'definitely', 'def', 'check', 'wait', 'use', 'think', 'switch', 'cancel', 'upgrade', 'downgrade', 'pay', 'leave', 'stick', 'see', 'let', 'have', 'need', 'still', 'never', 'look', 'get', 'buy', 'recommend'])],
  id: ['would', new Set(['love', 'like', 'rather', 'recommend', 'be', 'have', 'say', 'give', 'pay', 'prefer', 'come', 'stay', 'happily', 'definitely', 'probably', 'consider', 'use', 'switch', 'go', 'still', 'never', 'gladly'])],
}

// One pass splits text into emoji, Han runs, words (with inner apostrophes) and punctuation.
// Words exclude Han letters, so "32个赞" is a number and a Han run, not one word. A dash, or a
// hyphen standing alone, parts clauses ("The billing was not - charged twice"), as a space between Chinese
// characters does (老师很会引导 不会让人尴尬 推推), where a comma is often left out; not one between
// single characters, which lists them (慢 冷 咸).
const PIECES = /(\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*)|(\p{Script=Han}+)|((?:[^\P{L}\p{Script=Han}]|\p{N})+(?:['’][^\P{L}\p{Script=Han}]+)*)|([.,;:!?。，、；：！？…~～()（）\n]+|[–—]+|(?<=\s)-+(?=\s)|(?<=\p{Script=Han}{2})[ \u3000]+(?=\p{Script=Han}{2}))/gu

/** Capitalised, not all capitals ("Typeform", "HubSpot"; not "I", "OK" or "NEVER"). */
const SENTENCE_STOPS = new Set(['.', '!', '?', '\n'])
// Capitalised ("Qualtrics") or a short name in capitals ("NYT", "ADP").
const NAME_CASE = /^\p{Lu}(?:[\p{Ll}\p{N}]+\p{L}*|\p{Lu}{1,3})(?:['’]s)?$/u

let segmenter: Intl.Segmenter | undefined
function segmentHan(run: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' })
  const out: string[] = []
  for (const s of segmenter.segment(run)) if (s.isWordLike) out.push(s.segment)
  return out
}

// French and Italian elide an article, pronoun or preposition before a vowel ("l'application",
// "n'aime", "dell'app"): two words, so the noun is found on its own and "n'" reads as "ne". Only
// these prefixes before a vowel or h, so English contractions ("i'd", "y'all", "o'clock") stay whole.
const ELISION = /^(c|d|j|l|m|n|s|t|qu|jusqu|lorsqu|puisqu|dell|all|nell|sull|dall|coll|quell|quest|un)'(?=[aeiouhàâäéèêëîïôöûùüÿœæ])/
const ELIDED: Record<string, string> = { c: 'ce', d: 'de', j: 'je', l: 'le', m: 'me', n: 'ne', s: 'se', t: 'te', qu: 'que', jusqu: 'jusque', lorsqu: 'lorsque', puisqu: 'puisque' }

/** A lower-case word with its elided article or pronoun apart ("l'app" → "le", "app"); others as they are. */
export function splitElision(w: string): string[] {
  // Most words have no apostrophe: no regular expression for them (language detection calls this on every word).
  if (!w.includes("'") && !w.includes('’')) return [w]
  const elided = ELISION.exec(w.replace(/’/g, "'"))
  return elided ? [own(ELIDED, elided[1]) ?? elided[1], ...splitElision(w.slice(elided[0].length))] : [w]
}

function splitWord(raw: string): string[] {
  const lower = raw.toLowerCase()
  if (!lower.includes("'") && !lower.includes('’')) return own(IRREGULAR, lower) ?? [own(MISSPELT, lower) ?? lower]
  const w = lower.replace(/’/g, "'")
  const elided = splitElision(w)
  if (elided.length > 1) return [...elided.slice(0, -1), ...splitWord(elided[elided.length - 1])]
  const irregular = own(IRREGULAR, w)
  if (irregular) return irregular
  if (w.endsWith("n't")) return [w.slice(0, -3), 'not']
  const m = /^(.+)'(s|re|ve|ll|d|m)$/.exec(w)
  if (m) return [m[1], m[2] === 'm' ? 'am' : m[2] === 're' ? 'are' : m[2] === 've' ? 'have' : m[2] === 'll' ? 'will' : m[2] === 'd' ? 'would' : "'s"]
  return [w]
}

/**
 * Tokenise mixed English / Chinese / emoji text, in order. Chinese should already be Simplified.
 * With `segment` false a Han run stays one token: the hot paths read Chinese by character
 * n-grams and lexicon matching, and the segmenter is their single biggest cost.
 */
export function tokenize(text: string, segment = true): Token[] {
  const s = emojiFromText(text)
  const out: Token[] = []
  const quotes = quotedSpans(s)
  for (const m of s.matchAll(PIECES)) {
    const from = out.length
    if (m[1]) out.push({ text: m[1].replace(/\uFE0F/g, ''), kind: 'emoji' })
    else if (m[2]) { if (segment) for (const w of segmentHan(m[2])) out.push({ text: w, kind: 'han' }); else out.push({ text: m[2], kind: 'han' }) }
    else if (m[3]) {
      const cased = NAME_CASE.test(m[3]), before = out[out.length - 1]
      const named = cased && before?.kind === 'word'
      // After a comma too: "thanks but no, Asana does what we need".
      const opening = cased && (!before || (before.kind === 'punct' && (SENTENCE_STOPS.has(before.text) || before.text === ',')))
      for (const w of splitWord(m[3])) out.push(named ? { text: w, kind: 'word', named } : opening ? { text: w, kind: 'word', opening } : { text: w, kind: 'word' })
    }
    else if (m[4]) out.push({ text: m[4][0] === ' ' || m[4][0] === '\u3000' ? ',' : m[4][0], kind: 'punct' })
    const contracted = own(CONTRACTED_BEFORE_VERB, out[out.length - 2]?.text ?? '')
    if (contracted && out[out.length - 2].kind === 'word' && contracted[1].has(out[out.length - 1].text)) out.splice(out.length - 2, 1, { text: 'i', kind: 'word' }, { text: contracted[0], kind: 'word' })
    if (quotes.length && quotes.some(([a, b]) => m.index! >= a && m.index! < b)) for (let k = from; k < out.length; k++) if (out[k].kind !== 'punct') out[k] = { ...out[k], quoted: true }
  }
  return out
}
