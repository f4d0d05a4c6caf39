// Slack incoming-webhook message (Block Kit) for one alert or a day's digest, with a plain
// `text` fallback for notifications. Every customer-supplied string is cleaned of control and bidi
// characters, escaped and truncated.
import type { StoredAlert } from './types.ts'
import { RESENT_NOTE } from './resend.ts'
import { buildAlertContent, contentToText, type ContentOptions, type Fact } from './content.ts'
import { LABELS, WORDS } from './i18n.ts'
import type { Digest } from './digest.ts'
import { digestLanguage, digestSummary, digestWord, itemKind, itemTrigger, itemValue, itemWho, topicsText } from './digest-text.ts'
import { LIMITS, escapeMrkdwn, neutraliseMentions, quote, truncate } from './mrkdwn.ts'
import { safeText } from '../safe-text.ts'

type Text = { type: 'plain_text'; text: string; emoji?: boolean } | { type: 'mrkdwn'; text: string }
export type SlackBlock =
  | { type: 'header'; text: Text }
  | { type: 'section'; text?: Text; fields?: Text[] }
  | { type: 'context'; elements: Text[] }
  | { type: 'actions'; elements: { type: 'button'; text: Text; url: string; action_id: string; style?: 'primary' | 'danger' }[] }
  | { type: 'divider' }

export interface SlackMessage {
  text: string
  blocks: SlackBlock[]
}

const SEVERITY_ICON = { low: ':large_blue_circle:', medium: ':large_yellow_circle:', high: ':large_orange_circle:', critical: ':red_circle:' } as const
/** Before a test send's header and notification text, so nobody mistakes it for a real alert. */
const TEST_MARK = '[TEST]'
const ALERT_WORD = { en: 'Stayloop alert', 'zh-Hans': 'Stayloop 提醒', 'zh-Hant': 'Stayloop 提醒' } as const

export function slackMessage(alert: StoredAlert, options: ContentOptions = {}): SlackMessage {
  const c = buildAlertContent(alert, options)
  const L = (key: keyof typeof LABELS) => LABELS[key][c.language]
  const blocks: SlackBlock[] = [
    { type: 'header', text: plain(c.test ? `${TEST_MARK} ${c.title}` : c.title, LIMITS.header) },
    ...(c.test ? [{ type: 'context' as const, elements: [{ type: 'mrkdwn' as const, text: `:test_tube: *${escapeMrkdwn(L('testNotice'))}*` }] }] : []),
    ...(options.resent ? [{ type: 'context' as const, elements: [{ type: 'mrkdwn' as const, text: `:repeat: ${escapeMrkdwn(RESENT_NOTE[c.language])}` }] }] : []),
    section(`${SEVERITY_ICON[c.severity]} *${L('severity')}:* ${WORDS[c.severity][c.language]} · ${escapeMrkdwn(c.trigger)}`),
    ...factSections([...c.who, ...c.what]),
  ]
  if (c.quote) blocks.push(section(quote(escapeMrkdwn(c.quote.text), LIMITS.sectionText)))
  if (c.reasons.length) blocks.push(section(bullets(L('reasons'), c.reasons)))
  if (c.nextSteps.length) blocks.push(section(bullets(L('nextSteps'), c.nextSteps.map((s) => s.text))))
  if (c.customerUrl) blocks.push(button(L('openCustomer'), c.customerUrl, alert.severity === 'critical' ? 'danger' : 'primary'))
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(`${ALERT_WORD[c.language]} ${alert.id} · ${new Date(alert.createdAt).toISOString()}`) }] })
  return { text: fallback(c.test ? `${TEST_MARK} ${contentToText(c)}` : contentToText(c)), blocks: clampBlocks(blocks) }
}

/** The day's digest in the team's language (`teamLanguage`, or `language` when it names one). */
export function slackDigestMessage(digest: Digest, options: Pick<ContentOptions, 'dashboardUrl' | 'language' | 'teamLanguage'> = {}): SlackMessage {
  const lang = digestLanguage(options)
  const colon = lang === 'en' ? ': ' : '：'
  const title = `${digestWord('title', lang)}${digest.day ? `${colon}${digest.day}` : ''}`
  const summary = safeText(digestSummary(digest, lang))
  const blocks: SlackBlock[] = [{ type: 'header', text: plain(title, LIMITS.header) }, section(escapeMrkdwn(summary))]
  if (digest.topTopics.length) blocks.push(section(`*${escapeMrkdwn(digestWord('topTopics', lang))}${colon.trim()}* ${escapeMrkdwn(safeText(topicsText(digest, lang)))}`))
  blocks.push({ type: 'divider' })
  // Room for the items within 50 blocks: keep the header, summary, topics, divider and the tail.
  const room = LIMITS.blocks - blocks.length - 2
  const shown = digest.items.slice(0, room)
  for (const i of shown) {
    const name = escapeMrkdwn(safeText(itemWho(i, lang)))
    const link = i.customerUrl && i.customerUrl.length <= LIMITS.url ? `<${escapeUrl(i.customerUrl)}|${name}>` : name
    const value = itemValue(i, lang)
    const said = i.comment ? `\n${quote(escapeMrkdwn(truncate(safeText(i.comment, { multiline: true }), 300)), 400)}` : ''
    const parts = [`${SEVERITY_ICON[i.severity]} *${escapeMrkdwn(itemKind(i, lang))}*`, link, ...(value ? [escapeMrkdwn(safeText(value))] : []), escapeMrkdwn(safeText(itemTrigger(i, lang)))]
    blocks.push(section(parts.join(' · ') + said))
  }
  const more = digest.omitted + (digest.items.length - shown.length)
  if (more > 0) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(digestWord('more', lang, more)) }] })
  if (options.dashboardUrl) blocks.push(button(digestWord('openDashboard', lang), `${options.dashboardUrl.replace(/\/+$/, '')}/app/alerts`))
  return { text: fallback(`${title}${lang === 'en' ? '. ' : '。'}${summary}`), blocks: clampBlocks(blocks) }
}

function plain(text: string, max: number): Text {
  return { type: 'plain_text', text: truncate(neutraliseMentions(text), max), emoji: true }
}

function section(mrkdwn: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(mrkdwn, LIMITS.sectionText) } }
}

// Two-column facts: at most 10 fields per section, 2000 characters each.
function factSections(facts: Fact[]): SlackBlock[] {
  const out: SlackBlock[] = []
  for (let i = 0; i < facts.length; i += LIMITS.fields) {
    const fields = facts.slice(i, i + LIMITS.fields).map((f): Text => ({ type: 'mrkdwn', text: truncate(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}`, LIMITS.field) }))
    out.push({ type: 'section', fields })
  }
  return out
}

function bullets(title: string, lines: string[]): string {
  return `*${escapeMrkdwn(title)}*\n${lines.map((l) => `• ${escapeMrkdwn(l)}`).join('\n')}`
}

function button(label: string, url: string, style?: 'primary' | 'danger'): SlackBlock {
  const el = { type: 'button' as const, text: plain(label, LIMITS.buttonText), url: url.slice(0, LIMITS.url), action_id: 'open_customer', ...(style ? { style } : {}) }
  return { type: 'actions', elements: [el] }
}

// Inside <url|label> a raw "|" or ">" would end the URL early; percent-encode them.
function escapeUrl(url: string): string {
  return url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C')
}

// The fallback shows in notifications and clients without blocks: the same escaping applies.
function fallback(text: string): string {
  return truncate(escapeMrkdwn(text), LIMITS.sectionText)
}

function clampBlocks(blocks: SlackBlock[]): SlackBlock[] {
  return blocks.length <= LIMITS.blocks ? blocks : blocks.slice(0, LIMITS.blocks)
}
