import { describe, expect, it } from 'vitest'
import { slackDigestMessage, slackMessage, type SlackBlock } from './slack.ts'
import { escapeMrkdwn, LIMITS, truncate } from './mrkdwn.ts'
import { buildDigest } from './digest.ts'
import type { StoredAlert } from './types.ts'
import { hostileAlert, sneakyAlert } from '../../../test/fixtures/alerts/samples.ts'
import { englishLeft, zhTeamAlerts } from '../../../test/fixtures/alerts/zh-team.ts'

const dashboardUrl = 'https://app.example.com'
// Every piece of text Slack will parse as mrkdwn, plus the fallback.
function mrkdwnTexts(msg: { text: string; blocks: SlackBlock[] }): string[] {
  const out = [msg.text]
  for (const b of msg.blocks) {
    if (b.type === 'section') {
      if (b.text) out.push(b.text.text)
      for (const f of b.fields ?? []) out.push(f.text)
    }
    if (b.type === 'context') for (const e of b.elements) out.push(e.text)
  }
  return out
}

describe('escapeMrkdwn', () => {
  it('escapes the three control characters and neutralises broadcast mentions', () => {
    expect(escapeMrkdwn('<!channel> & <b>')).toBe('&lt;!channel&gt; &amp; &lt;b&gt;')
    expect(escapeMrkdwn('hi @here and @Channel, @everyone')).toBe('hi @\u2060here and @\u2060Channel, @\u2060everyone')
    expect(escapeMrkdwn('email dana@heref.com')).toBe('email dana@heref.com')
  })
  it('truncates without breaking an entity or a surrogate pair', () => {
    expect(truncate('abcdef', 6)).toBe('abcdef')
    expect(truncate('abcdefg', 6)).toBe('abcde…')
    expect(truncate('abcd&amp;xyz', 7)).toBe('abcd…')
    expect(truncate('abcd😀xyz', 6)).toBe('abcd…')
    expect(truncate('a'.repeat(5000), 3000)).toHaveLength(3000)
  })
})

describe('slackMessage', () => {
  const msg = slackMessage(hostileAlert, { dashboardUrl })

  it('keeps a hostile comment inert: no live mention, link or tag anywhere', () => {
    for (const text of mrkdwnTexts(msg)) {
      // Any "<" or ">" left (bar the "> " that starts a block-quote line) would be Slack markup.
      expect(text.replace(/^> /gm, '')).not.toMatch(/<|>/)
      expect(text).not.toMatch(/@here\b/)
    }
    const quoteBlock = msg.blocks.find((b) => b.type === 'section' && b.text?.text.startsWith('> ')) as { text: { text: string } }
    expect(quoteBlock.text.text).toBe('> Hey &lt;!channel&gt; &amp; &lt;b&gt;team&lt;/b&gt; @\u2060here &lt;https://evil.example|click&gt; *now*')
    // The customer's name "<@U123>" is escaped in the fields too.
    expect(JSON.stringify(msg.blocks)).toContain('&lt;@U123&gt; Dana')
  })
  it('has a header, severity line, who/what fields, quote, reasons, next step and a link button', () => {
    expect(msg.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Detractor: <@U123> Dana *bold* (cus_42)', emoji: true } })
    const all = JSON.stringify(msg.blocks)
    expect(all).toContain('*Severity:* high · NPS 2 (detractor: 0-6)')
    expect(all).toContain('*Score*\\nNPS 2/10')
    expect(all).toContain('*Plan*\\nPro')
    expect(all).toContain('• logins down 72% vs. the 60 days before')
    expect(all).toContain('plan review')
    const actions = msg.blocks.find((b) => b.type === 'actions')
    expect(actions).toEqual({ type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open customer', emoji: true }, url: 'https://app.example.com/app/customers/cus_42', action_id: 'open_customer', style: 'primary' }] })
    expect(msg.text).toMatch(/^Detractor: &lt;@U123&gt; Dana/)
  })
  it('omits the button without a dashboard URL', () => {
    expect(slackMessage(hostileAlert).blocks.some((b) => b.type === 'actions')).toBe(false)
  })
  it("respects Slack's limits for huge inputs", () => {
    const huge: StoredAlert = {
      ...hostileAlert,
      data: {
        ...hostileAlert.data,
        customer: { ...hostileAlert.data.customer, name: 'N'.repeat(400), traits: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`t${i}`, '&'.repeat(3000)])) },
        response: { ...hostileAlert.data.response!, comment: '<&>'.repeat(4000) },
        risk: { ...hostileAlert.data.risk!, reasons: Array.from({ length: 200 }, (_, i) => ({ text: `reason ${i} `.repeat(10) })) },
      },
    }
    const m = slackMessage(huge, { dashboardUrl, maxTraits: 30 })
    expect(m.blocks.length).toBeLessThanOrEqual(LIMITS.blocks)
    expect((m.blocks[0] as { text: { text: string } }).text.text.length).toBeLessThanOrEqual(LIMITS.header)
    for (const b of m.blocks) {
      if (b.type !== 'section') continue
      if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText)
      expect((b.fields ?? []).length).toBeLessThanOrEqual(LIMITS.fields)
      for (const f of b.fields ?? []) expect(f.text.length).toBeLessThanOrEqual(LIMITS.field)
    }
    expect(m.text.length).toBeLessThanOrEqual(LIMITS.sectionText)
    // 31 facts: split across four field sections rather than dropped.
    expect(m.blocks.filter((b) => b.type === 'section' && b.fields).length).toBe(4)
  })
})

describe('slackDigestMessage', () => {
  it('summarises the day, links customers safely and stays within 50 blocks', () => {
    const alerts = Array.from({ length: 80 }, (_, i) => ({ ...hostileAlert, id: `alt_${i}`, createdAt: hostileAlert.createdAt + i }))
    const m = slackDigestMessage(buildDigest(alerts, { dashboardUrl, maxItems: 100 }), { dashboardUrl })
    expect(m.blocks.length).toBeLessThanOrEqual(LIMITS.blocks)
    expect(m.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Stayloop daily digest: 2026-03-14' } })
    const all = JSON.stringify(m.blocks)
    expect(all).toContain('<https://app.example.com/app/customers/cus_42|&lt;@U123&gt; Dana *bold* (cus_42)>')
    expect(all).toMatch(/…and \d+ more/)
    expect(all).not.toContain('<!channel>')
    expect(m.text).toContain('80 alerts: 80 detractor (80 high)')
  })
})
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/

describe('slackMessage: unsafe characters and test sends', () => {
  it('strips control and bidi-override characters everywhere; the comment keeps its line breaks and tabs', () => {
    const m = slackMessage(sneakyAlert, { dashboardUrl })
    expect(m.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Detractor: Dana gnp.exe (cus_42)' } })
    for (const text of [...mrkdwnTexts(m), (m.blocks[0] as { text: { text: string } }).text.text]) expect(text).not.toMatch(UNSAFE)
    expect(JSON.stringify(m.blocks)).toContain('NPS 2 (detractor: 0-6)')
    const quoteBlock = m.blocks.find((b) => b.type === 'section' && b.text?.text.startsWith('> ')) as { text: { text: string } }
    expect(quoteBlock.text.text).toBe('> line one\n> line\ttwo evil')
  })
  it('marks a test send in the header, a notice and the notification text; a real alert has none of it', () => {
    const test = slackMessage(hostileAlert, { test: true })
    expect((test.blocks[0] as { text: { text: string } }).text.text).toMatch(/^\[TEST\] Detractor: /)
    expect(test.blocks[1]).toMatchObject({ type: 'context', elements: [{ type: 'mrkdwn', text: expect.stringMatching(/Test message from Stayloop.*not a real alert/) }] })
    expect(test.text).toMatch(/^\[TEST\] Test message from Stayloop/)
    const real = slackMessage(hostileAlert)
    expect(JSON.stringify(real)).not.toMatch(/TEST|Test message/)
    // Otherwise the same message, so a team can check how alerts will look.
    expect(test.blocks.slice(2)).toEqual(real.blocks.slice(1))
  })
})

// Every text a person reads: mrkdwn, the fallback, the header and button labels.
const texts = (m: { text: string; blocks: SlackBlock[] }) => [...mrkdwnTexts(m), ...m.blocks.flatMap((b) => (b.type === 'header' ? [b.text.text] : b.type === 'actions' ? b.elements.map((e) => e.text.text) : []))]

describe("slack in the team's language (QA: a zh-Hans workspace's alerts were partly English)", () => {
  it('says every kind of alert in Chinese: trigger, offer kind and an anonymous respondent included', () => {
    for (const alert of zhTeamAlerts) {
      const m = slackMessage(alert, { teamLanguage: 'zh-Hans', dashboardUrl })
      expect(englishLeft(texts(m).join('\n')), alert.kind).toEqual([])
    }
    const all = zhTeamAlerts.map((a) => JSON.stringify(slackMessage(a, { teamLanguage: 'zh-Hans' }))).join('\n')
    expect(all).toContain('NPS 2（贬损者：0-6）')
    expect(all).toContain('退订调查：客服没能帮到我；挽留优惠（和我们聊聊）：已拒绝')
    expect(all).toContain('*挽留优惠*\\n和我们聊聊: 已拒绝')
    expect(all).toContain('负面评论（置信度 0.94）')
    expect(all).toContain('高价值客户流失风险高（80/100，之前为低）')
    expect(all).toContain('流失风险从低升至中（50/100）')
    expect(all).toContain('贬损者: 匿名用户')
  })
  it('keeps the stored trigger in English for the API', () => {
    expect(zhTeamAlerts.map((a) => a.data.trigger)).toEqual([
      'NPS 2 (detractor: 0-6)', 'exit survey: 客服没能帮到我; offer declined', 'negative comment (confidence 0.94)',
      'Top-value customer at high risk (80/100, was low)', 'Risk rose from low to medium (50/100)', 'NPS 2 (detractor: 0-6)',
    ])
  })
})

describe('slackDigestMessage: language and value (QA: an English digest without what customers are worth)', () => {
  const digest = buildDigest(zhTeamAlerts, { dashboardUrl, maxItems: 5 })

  it('is all Chinese in a zh-Hans workspace: title, summary, topics, kinds, triggers, "more" and the button', () => {
    const m = slackDigestMessage(digest, { dashboardUrl, teamLanguage: 'zh-Hans' })
    expect(m.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Stayloop 每日摘要：2026-03-14' } })
    const all = JSON.stringify(m.blocks)
    expect(all).toContain('共 6 条提醒：贬损者 2、退订调查 1、高价值客户有流失风险 1、负面反馈 1、流失风险上升 1（紧急 1、高 2、中 3）')
    expect(all).toContain('*热门话题：* 价格（4）、客服（3）')
    expect(all).toContain('……另有 1 条')
    expect(all).toContain('"text":"打开仪表盘"')
    expect(englishLeft(texts(m).join('\n'))).toEqual([])
  })
  it('shows each customer\'s plan and revenue, the most valuable first within a severity', () => {
    const rich = { ...hostileAlert, id: 'alt_rich', customerId: 'cus_big', createdAt: hostileAlert.createdAt + 5, data: { ...hostileAlert.data, customer: { ...hostileAlert.data.customer, id: 'cus_big', name: 'Big Co', plan: 'Enterprise', revenue: 2400, topValue: true } } }
    const m = slackDigestMessage(buildDigest([hostileAlert, rich]), {})
    const lines = m.blocks.filter((b) => b.type === 'section' && b.text?.text.includes(' · ')).map((b) => (b as { text: { text: string } }).text.text)
    expect(lines[0]).toMatch(/^:large_orange_circle: \*Detractor\* · Big Co \(cus_big\) · Enterprise, 2,400\/mo, top value · NPS 2 \(detractor: 0-6\)/)
    expect(lines[1]).toContain(' · Pro, 120/mo, mid · NPS 2 (detractor: 0-6)')
  })
})
