// A Chinese-speaking team (workspace defaultLocale zh-Hans) reads its alerts and its daily digest in
// Chinese, end to end: the response's alert to Slack and Zendesk, then the Slack digest with what
// the customer is worth. The API keeps the English trigger.
import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { api, createWorkspace, sitePost, uuid } from './helpers.ts'
import { received, receiver } from '../receivers/client.ts'
import { alertsOf, createDestination } from '../receivers/alert-fixtures.ts'
import { sendDigests } from '../../worker/queue/sweep-deliveries.ts'

/** English words a person would read, once the customer's own data and kept names are taken out. */
function englishWords(text: string, own: string[]): string[] {
  let rest = text.replace(/https?:\/\/[^\s"|>]+/g, ' ').replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, ' ').replace(/:[a-z_]+:/g, ' ').replace(/&(gt|lt|amp);/g, ' ')
  for (const o of own) rest = rest.replaceAll(o, ' ')
  return rest.replace(/\b(NPS|CSAT|CES|Stayloop)\b/g, ' ').replace(/\balt_\w+/g, ' ').match(/[A-Za-z]{2,}/g) ?? []
}
const slackTexts = (body: { text: string; blocks: { type: string; text?: { text: string }; fields?: { text: string }[]; elements?: { text: string | { text: string } }[] }[] }) =>
  [body.text, ...body.blocks.flatMap((b) => [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text), ...(b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : e.text.text))])].join('\n')

describe("alerts in the team's language", () => {
  it('a zh-Hans team gets Slack, Zendesk and the digest in Chinese, the digest saying what each customer is worth', async () => {
    const ws = await createWorkspace({ defaultLocale: 'zh-Hans', dashboardUrl: 'https://dash.example.com' })
    const now = receiver()
    const daily = receiver()
    await createDestination(ws, { kind: 'slack', url: now.url('slack') })
    await createDestination(ws, { kind: 'zendesk', url: now.url('zendesk/api/v2/tickets.json'), subdomain: 'acme', email: 'agent@acme.com', token: 'tok_123' })
    await createDestination(ws, { kind: 'slack', url: daily.url('slack'), digest: true })
    await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'c-zh', plan: 'business', revenue: 499, traits: { name: '王芳' } }] })
    await sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.exit, customer: 'c-zh', locale: 'zh-Hans', reason: 'poor_support', offer: { kind: 'talk', accepted: false }, comment: '客服一直不回复', finished: true })

    const got = await received(now, (g) => g.length >= 2)
    const slack = JSON.parse(got.find((g) => g.path.endsWith('/slack'))!.body)
    const ticket = JSON.parse(got.find((g) => g.path.endsWith('/tickets.json'))!.body).ticket
    const own = ['c-zh', 'business']
    expect(englishWords(slackTexts(slack), own)).toEqual([])
    expect(englishWords(`${ticket.subject}\n${ticket.comment.body}`, own)).toEqual([])
    expect(slackTexts(slack)).toMatch(/退订调查：[^；\n]+；挽留优惠（和我们聊聊）：已拒绝/)
    // The stored trigger stays English for the API.
    const [alert] = await alertsOf(ws)
    expect(JSON.parse(alert.data).trigger).toMatch(/^exit survey: .+; offer declined$/)

    expect(await sendDigests(env, Date.now())).toBeGreaterThanOrEqual(1)
    const [digest] = await received(daily, (g) => g.length >= 1)
    const body = JSON.parse(digest.body)
    expect(body.blocks[0].text.text).toMatch(/^Stayloop 每日摘要：\d{4}-\d\d-\d\d$/)
    expect(slackTexts(body)).toContain('共 1 条提醒：退订调查 1（中 1）')
    expect(slackTexts(body)).toContain('王芳 (c-zh)> · business，499/月 · 退订调查：')
    expect(englishWords(slackTexts(body), own)).toEqual([])
  }, 30_000)
})
