import { describe, expect, it } from 'vitest'
import { basicAuth, isValidSubdomain, zendeskDigestTicket, zendeskRequest, zendeskTag, zendeskTicket } from './zendesk.ts'
import { buildDigest } from './digest.ts'
import { decideResponseAlerts, decideRiskAlerts } from './rules.ts'
import type { Alert, StoredAlert } from './types.ts'
import { customerTopZhTw, exitResponse, hostileAlert, sneakyAlert, T0 } from '../../../test/fixtures/alerts/samples.ts'
import { englishLeft, zhTeamAlerts } from '../../../test/fixtures/alerts/zh-team.ts'

const config = { subdomain: 'acme', email: 'agent@acme.com', token: 'tok123' }
const stored = (a: Alert, id = 'alt_9'): StoredAlert => ({ ...a, id, createdAt: T0 })

describe('zendeskTicket', () => {
  it('has the documented create-ticket shape', () => {
    const t = zendeskTicket(hostileAlert, { dashboardUrl: 'https://app.example.com' })
    expect(Object.keys(t).sort()).toEqual(['comment', 'external_id', 'priority', 'requester', 'subject', 'tags'])
    expect(t.subject).toBe('[Stayloop] Detractor: <@U123> Dana *bold* (cus_42)')
    expect(t.requester).toEqual({ name: '<@U123> Dana *bold*', email: 'dana@example.com' })
    expect(t.priority).toBe('high')
    expect(t.external_id).toBe('alt_01HOSTILE')
    expect(t.comment.public).toBe(false)
    expect(t.comment.body).toContain('> Hey <!channel> & <b>team</b>')
    expect(t.comment.body).toContain('https://app.example.com/app/customers/cus_42')
    expect(t.tags).toEqual(['stayloop', 'stayloop_detractor', 'severity_high', 'topic_pricing', 'topic_support', 'risk_high'])
  })
  it('maps severity to priority: critical urgent, high high, medium normal, low low', () => {
    const risk = decideRiskAlerts({ customer: customerTopZhTw, previous: { tier: 'low' }, current: { tier: 'high', score: 90, reasons: [{ code: 'complaints', text: '2 complaints in 30 days' }] }, at: T0 })[0]
    expect(zendeskTicket(stored(risk)).priority).toBe('urgent')
    const saved = decideResponseAlerts({ response: exitResponse({ offerAccepted: true }), customer: { id: 'c1' } })[0]
    expect(zendeskTicket(stored(saved)).priority).toBe('low')
    const declined = decideResponseAlerts({ response: exitResponse(), customer: { id: 'c1' } })[0]
    expect(zendeskTicket(stored(declined)).priority).toBe('normal')
  })
  it('tags exit reasons and top-value customers, and leaves out the requester without an email', () => {
    const a = decideResponseAlerts({ response: exitResponse(), customer: { ...customerTopZhTw, email: null } })[0]
    const t = zendeskTicket(stored(a))
    expect(t.tags).toEqual(['stayloop', 'stayloop_exit', 'severity_high', 'topic_pricing', 'exit_too_expensive', 'top_value'])
    expect(t.requester).toBeUndefined()
    expect(t.comment.body).toContain('價格太貴了')
  })
  it('clips a long subject to 150 characters', () => {
    const long = { ...hostileAlert, data: { ...hostileAlert.data, customer: { ...hostileAlert.data.customer, name: 'x'.repeat(500) } } }
    expect(zendeskTicket(long).subject).toHaveLength(150)
  })
})

describe('zendeskTag', () => {
  it('keeps to lowercase letters, digits, underscores and hyphens', () => {
    expect(zendeskTag('Topic: Missing Feature!')).toBe('topic_missing_feature')
    expect(zendeskTag('  a  b  ')).toBe('a_b')
    expect(zendeskTag('价格')).toBe('')
    expect(zendeskTag('Café-au-lait')).toBe('cafe-au-lait')
  })
})

describe('zendeskRequest', () => {
  it('posts to the tickets endpoint with token auth and the delivery id as Idempotency-Key', () => {
    const r = zendeskRequest(zendeskTicket(hostileAlert), config, 'dlv_77')
    expect(r.url).toBe('https://acme.zendesk.com/api/v2/tickets.json')
    expect(r.method).toBe('POST')
    expect(r.headers['idempotency-key']).toBe('dlv_77')
    expect(r.headers['content-type']).toBe('application/json')
    expect(atob(r.headers.authorization.replace('Basic ', ''))).toBe('agent@acme.com/token:tok123')
    const body = JSON.parse(r.body)
    expect(Object.keys(body)).toEqual(['ticket'])
    expect(body.ticket.comment).toHaveProperty('body')
  })
  it('encodes non-ASCII credentials as UTF-8 and refuses a bad subdomain', () => {
    const auth = basicAuth({ email: 'zoë@acme.com', token: 't' })
    const bytes = Uint8Array.from(atob(auth.slice(6)), (ch) => ch.charCodeAt(0))
    expect(new TextDecoder().decode(bytes)).toBe('zoë@acme.com/token:t')
    expect(() => zendeskRequest(zendeskTicket(hostileAlert), { ...config, subdomain: 'evil.com/x?' }, 'd')).toThrow()
    expect(isValidSubdomain('acme-support')).toBe(true)
    expect(isValidSubdomain('-acme')).toBe(false)
  })
})

describe('zendeskDigestTicket', () => {
  it('summarises the day in one ticket at the worst severity', () => {
    const t = zendeskDigestTicket(buildDigest([hostileAlert]), 'digest_dst1_2026-03-14')
    expect(t.subject).toBe('[Stayloop] Daily digest 2026-03-14')
    expect(t.priority).toBe('high')
    expect(t.comment.body).toContain('1 alert: 1 detractor (1 high)')
    expect(t.external_id).toBe('digest_dst1_2026-03-14')
  })
})

describe('zendeskTicket: unsafe characters and test sends', () => {
  it('strips control and bidi-override characters from the subject, requester and body; the comment keeps its lines', () => {
    const t = zendeskTicket(sneakyAlert)
    expect(t.subject).toBe('[Stayloop] Detractor: Dana gnp.exe (cus_42)')
    expect(t.requester?.name).toBe('Dana gnp.exe')
    expect(t.comment.body).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E]/)
    expect(t.comment.body).toContain('> line one\n> line\ttwo evil')
  })
  it('marks a test send: subject starting [Test], the stayloop_test tag and a notice; otherwise a real ticket', () => {
    const test = zendeskTicket(hostileAlert, { test: true })
    const real = zendeskTicket(hostileAlert)
    expect(test.subject).toBe(`[Test] ${real.subject}`)
    expect(test.tags).toEqual(['stayloop', 'stayloop_test', ...real.tags.slice(1)])
    expect(test.comment.body.split('\n')[0]).toMatch(/^Test message from Stayloop.*not a real alert/)
    expect(test.comment.body).toContain(real.comment.body)
    expect(real.tags).not.toContain('stayloop_test')
    expect(real.subject).not.toMatch(/test/i)
  })
})

describe("zendesk in the team's language (QA: a zh-Hans workspace's tickets were partly English)", () => {
  it('writes every kind of ticket in Chinese: subject and body, trigger, offer kind and an anonymous respondent included', () => {
    for (const alert of zhTeamAlerts) {
      const t = zendeskTicket(alert, { teamLanguage: 'zh-Hans', dashboardUrl: 'https://app.example.com' })
      expect(englishLeft(`${t.subject}\n${t.comment.body}`), alert.kind).toEqual([])
    }
    const [, exit, negative, , , anonymous] = zhTeamAlerts.map((a) => zendeskTicket(a, { teamLanguage: 'zh-Hans' }))
    expect(exit.comment.body).toContain('严重程度: 中 · 退订调查：客服没能帮到我；挽留优惠（和我们聊聊）：已拒绝')
    expect(exit.comment.body).toContain('挽留优惠: 和我们聊聊: 已拒绝')
    expect(negative.comment.body).toContain('负面评论（置信度 0.94）')
    expect(anonymous.subject).toBe('[Stayloop] 贬损者: 匿名用户')
  })
})

describe('zendeskDigestTicket: language and value', () => {
  it('is all Chinese in a zh-Hans workspace', () => {
    const t = zendeskDigestTicket(buildDigest(zhTeamAlerts, { dashboardUrl: 'https://app.example.com', maxItems: 5 }), 'digest_dst1_2026-03-14', { teamLanguage: 'zh-Hans' })
    expect(t.subject).toBe('[Stayloop] 每日摘要 2026-03-14')
    expect(t.comment.body).toContain('热门话题：价格（4）、客服（3）')
    expect(t.comment.body).toContain('- [紧急] 高价值客户有流失风险：李雷 (cus_zh_9) · 企业版，2,400/月，高价值 · 高价值客户流失风险高（80/100，之前为低） · https://app.example.com/app/customers/cus_zh_9')
    expect(t.comment.body).toContain('- [高] 贬损者：匿名用户 · NPS 2（贬损者：0-6）')
    expect(t.comment.body).toContain('……另有 1 条')
    expect(englishLeft(`${t.subject}\n${t.comment.body}`)).toEqual([])
  })
  it("lists each customer's value, the most valuable first within a severity", () => {
    const small = { ...hostileAlert, id: 'alt_small', createdAt: T0 - 1000 }
    const big = { ...hostileAlert, id: 'alt_big', customerId: 'cus_big', data: { ...hostileAlert.data, customer: { ...hostileAlert.data.customer, id: 'cus_big', name: 'Big Co', plan: 'Enterprise', revenue: 2400, topValue: true } } }
    const lines = zendeskDigestTicket(buildDigest([small, big]), 'd').comment.body.split('\n').filter((l) => l.startsWith('- '))
    expect(lines).toEqual([
      '- [high] Detractor: Big Co (cus_big) · Enterprise, 2,400/mo, top value · NPS 2 (detractor: 0-6)',
      '- [high] Detractor: <@U123> Dana *bold* (cus_42) · Pro, 120/mo, mid · NPS 2 (detractor: 0-6)',
    ])
  })
})
