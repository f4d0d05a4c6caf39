import { T2S } from './t2s-map.ts'

/** Longest comment we analyse: bounds the cost of a pasted essay or a log dump. */
export const MAX_TEXT_CHARS = 5000

const HAN = /\p{Script=Han}/u

/** Trim, cap length (without splitting a surrogate pair) and fold width variants (NFKC). */
export function prepareText(text: string): string {
  let s = (text ?? '').trim()
  if (s.length > MAX_TEXT_CHARS) {
    s = s.slice(0, MAX_TEXT_CHARS)
    if (/[\uD800-\uDBFF]$/.test(s)) s = s.slice(0, -1)
  }
  return s.normalize('NFKC')
}

/** Map Traditional characters to Simplified so one lexicon and taxonomy serve both. */
export function toSimplified(text: string): string {
  if (!HAN.test(text)) return text
  let out = ''
  for (const ch of text) out += T2S.get(ch) ?? ch
  return out
}

export function hasHan(text: string): boolean {
  return HAN.test(text)
}
