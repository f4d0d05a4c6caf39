// Slack text safety: user text must never become markup, links or mentions.
// Slack parses only &, < and > as control characters, so escaping those makes `<!channel>`,
// `<@U123>` and `<url|label>` inert; bare @here/@channel/@everyone get a word joiner so no
// client or `link_names` setting can turn them into pings.

export const LIMITS = { header: 150, sectionText: 3000, field: 2000, fields: 10, blocks: 50, buttonText: 75, url: 3000, contextElements: 10 } as const

export function escapeMrkdwn(text: string): string {
  return neutraliseMentions(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
}

/** For plain_text objects: no entities there, but a broadcast word still should not read as one. */
export function neutraliseMentions(text: string): string {
  return text.replace(/([@＠])(here|channel|everyone)\b/gi, '$1\u2060$2')
}

/**
 * Cuts to at most `max` UTF-16 units (Slack's counting is never stricter), ending with "…",
 * without splitting a surrogate pair or an `&amp;`-style entity made by escaping.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  let cut = max - 1
  if (cut > 0 && isHighSurrogate(text.charCodeAt(cut - 1))) cut--
  const amp = text.lastIndexOf('&', cut - 1)
  if (amp !== -1 && /^&(amp|lt|gt);/.test(text.slice(amp, amp + 5)) && amp + entityLength(text, amp) > cut) cut = amp
  return text.slice(0, cut) + '…'
}

/** Each line prefixed with "> " (Slack's block quote), the whole kept within `max`. */
export function quote(escaped: string, max: number): string {
  return truncate(escaped.split('\n').map((line) => `> ${line}`).join('\n'), max)
}

function entityLength(text: string, at: number): number {
  return text.indexOf(';', at) - at + 1
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
