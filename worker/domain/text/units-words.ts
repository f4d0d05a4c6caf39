// English words the units read by what stands around them: "alone" as emphasis, "at the start"
// as a place, "pls" before 🙏, words with a letter held ("sloooow"), and Latin words in Chinese
// answers that are things, not names (app, VIP).
import { EN_INTENSIFIERS, EN_LEXICON } from './lexicon-en.ts'
import type { Token } from './tokenize.ts'

/** "Sloooow", "soooo good", "loooove": a letter held three times or more, as the lists spell the word (two letters, else one). */
const STRETCHED = /(\p{L})\1{2,}/gu
export function unstretched(w: string): string {
  if (!STRETCHED.test(w)) return w
  STRETCHED.lastIndex = 0
  const two = w.replace(STRETCHED, '$1$1')
  if (EN_LEXICON.has(two) || EN_INTENSIFIERS.has(two)) return two
  const one = w.replace(STRETCHED, '$1')
  return EN_LEXICON.has(one) || EN_INTENSIFIERS.has(one) ? one : w
}

/**
 * "The soundtrack alone is worth it", "for the churn alerts alone": "alone" after a thing named with
 * "the" is emphasis, not loneliness ("travelling alone", "the kids were left alone" stay as they are).
 */
const NAMED_BY = new Set(['the', 'this', 'its', 'their', 'that', 'these'])
const AUX_BEFORE_ALONE = /^(is|are|was|were|be|been|am)$/
const ALONE_AFTER = new Set(['left', 'leave', 'feel', 'felt', 'feeling', 'traveling', 'travelling', 'travel', 'live', 'living', 'lives', 'stand', 'standing', 'sitting', 'sit', 'eat', 'eating', 'home', 'so', 'all', 'too', 'very', 'me', 'us', 'her', 'him', 'them'])
export function emphaticAlone(toks: Token[], i: number): boolean {
  const before = toks[i - 1]
  if (before?.kind !== 'word' || ALONE_AFTER.has(before.text) || AUX_BEFORE_ALONE.test(before.text)) return false
  for (let j = i - 2; j >= i - 4 && j >= 0 && toks[j].kind === 'word'; j--) if (NAMED_BY.has(toks[j].text)) return true
  return false
}

/**
 * "The tutorial at the start was helpful": "at the start" places a thing named with "the", no time
 * that has passed, unless the present follows ("the app in the beginning was fast, now it lags").
 */
export function placeOfAThing(toks: Token[], i: number): boolean {
  if ((toks[i].text !== 'at' && toks[i].text !== 'in') || toks[i - 1]?.kind !== 'word' || EN_LEXICON.has(toks[i - 1].text)) return false
  // "The tutorial at the start", "the little tutorial at the start": one word may describe it.
  const named = NAMED_BY.has(toks[i - 2]?.text ?? '') || (toks[i - 2]?.kind === 'word' && NAMED_BY.has(toks[i - 3]?.text ?? ''))
  if (!named || !AUX_BEFORE_ALONE.test(toks[i + 3]?.text ?? '')) return false
  for (let j = i + 4; j < toks.length && !SENTENCE_ENDS.has(toks[j].text); j++) if (toks[j].text === 'now') return false
  return true
}
const SENTENCE_ENDS = new Set(['.', '!', '?'])
/** Words that ask: 🙏 after them asks too, and thanks nobody. */
export const ASKING = new Set(['please', 'pls', 'plz', 'plse'])

/** Latin words in Chinese answers that are things, not names of rivals (app, VIP, iPad): APP 同样的功能, 比app好用. */
export const LATIN_OURS = new Set(['app', 'apps', 'ui', 'vip', 'svip', 'pro', 'plus', 'bug', 'bugs', 'pc', 'web', 'ios', 'android', 'ai', 'api', 'ipad', 'iphone', 'mac', 'windows', 'wifi', 'ppt', 'pdf', 'excel', 'word', 'id', 'ok', 'saas', 'crm',
  // Ways to pay, no rival (用PayMe增值好快).
  'payme', 'paypal', 'alipay', 'gcash', 'grabpay', 'paynow', 'venmo', 'octopus'])
