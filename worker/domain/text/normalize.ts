import { T2S } from './t2s-map.ts'

/** Longest comment we analyse: bounds the cost of a pasted essay or a log dump. */
export const MAX_TEXT_CHARS = 5000

const HAN = /\p{Script=Han}/u

// Chat and web markup carries no sentiment: Slack mentions, channel and link tokens
// (<@U123>, <#C1|general>, <https://x|label>, <!here>) and HTML entities (&amp; &lt;3 &#39;).
const SLACK_TOKEN = /<([@#!][^<>\s]*|https?:[^<>\s]*)>/g
const ENTITY = /&(?:(amp|lt|gt|quot|apos|nbsp)|#(\d{1,6})|#x([0-9a-f]{1,6}));/gi
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

export function stripMarkup(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text
  return text
    .replace(SLACK_TOKEN, (_m, inner: string) => { const bar = inner.indexOf('|'); return bar >= 0 && inner[0] !== '@' ? ` ${inner.slice(bar + 1)} ` : ' ' })
    .replace(ENTITY, (m, name?: string, dec?: string, hex?: string) => {
      if (name) return NAMED[name.toLowerCase()]
      const code = dec ? Number(dec) : parseInt(hex!, 16)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m
    })
}

/** Trim, drop markup, cap length (without splitting a surrogate pair) and fold width variants (NFKC). */
export function prepareText(text: string): string {
  let s = stripMarkup(text ?? '').trim()
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
  // Cantonese 唔該 is "please" (or "thanks"), which 唔 read as 不 would make "should not": 劳驾, as long.
  if (out.includes('不该') && PLEASE.test(text)) out = out.replace(/不该/g, (m, at: number) => (PLEASE_AT.test(text.slice(at, at + 2)) ? '劳驾' : m))
  // English loanwords that end a Chinese phrase (修复了bug, 卡成PPT) read as the Chinese words, so the
  // phrase is found: the matcher reads a Han run apart from the words after it.
  if (/bug|ppt/i.test(out)) out = out.replace(LOANWORD, (w) => (/bug/i.test(w) ? '故障' : '幻灯片'))
  // 唔好 before a deed is "don't" (唔好send SMS, 唔好再打嚟), not 不好 ("bad"): 不要.
  return out.includes('不好') && DONT.test(text) ? out.replace(/不好/g, (m, at: number) => (DONT_AT.test(text.slice(at)) ? '不要' : m)) : out
}
const LOANWORD = /(?<=[修解优][复好决化]了)\s?bugs?(?![a-z])|(?<=卡成)\s?ppt(?![a-z])/gi
const PLEASE = /唔[該该]/
const PLEASE_AT = /^唔[該该]$/
const DONT_DO = '唔好(?:[a-zA-Z再成乱亂咁每次打发發寄搞俾畀推烦煩骚騷扰擾理]|\\s[a-zA-Z])'
const DONT = new RegExp(DONT_DO)
const DONT_AT = new RegExp(`^${DONT_DO}`)

export function hasHan(text: string): boolean {
  return HAN.test(text)
}
