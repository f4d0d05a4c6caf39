import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { analyzed, api, createWorkspace, expectError, sitePost, uuid } from './helpers.ts'

const modelCount = async (workspaceId: string) =>
  (await env.DB.prepare("SELECT COALESCE(SUM(count), 0) n FROM text_model_counts WHERE workspace_id = ? AND token = ''").bind(workspaceId).first<{ n: number }>())!.n

describe('text analysis on the queue', () => {
  it('a finished answer gets language, sentiment and topics, and its score teaches the model once', async () => {
    const ws = await createWorkspace()
    const id = uuid()
    await sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, customer: 'c-1', score: 2, comment: 'Way too expensive and support never answers', finished: true })
    const row = await analyzed(ws, id)
    expect(row.language).toBe('en')
    expect(row.sentiment_label).toBe('negative')
    const topics = (JSON.parse(row.topics as string) as { id: string }[]).map((t) => t.id)
    expect(topics).toEqual(expect.arrayContaining(['pricing', 'support']))
    const indexed = await env.DB.prepare('SELECT topic FROM response_topics WHERE workspace_id = ? AND response_id = ? ORDER BY topic').bind(ws.workspaceId, id).all()
    expect(indexed.results.map((r) => r.topic)).toEqual(expect.arrayContaining(['pricing', 'support']))
    expect(JSON.parse(row.learned_label as string)).toEqual({ sentiment: 'neg' })
    const learned = await modelCount(ws.workspaceId)
    expect(learned).toBe(1)
    // The same message again (a queue retry) teaches nothing twice.
    const { handle } = await import('../../worker/queue/consumer.ts')
    await handle({ type: 'analyze', workspaceId: ws.workspaceId, responseId: id }, env)
    expect(await modelCount(ws.workspaceId)).toBe(1)
  })

  it('an exit reason teaches the comment beside it: negative, and about the topic the reason names', async () => {
    const ws = await createWorkspace()
    const topicDocs = async (topic: string) =>
      (await env.DB.prepare("SELECT count FROM text_model_counts WHERE workspace_id = ? AND label = ? AND token = ''").bind(ws.workspaceId, `topic:${topic}`).first<{ count: number }>())?.count ?? 0
    const priced = uuid(), moving = uuid()
    await sitePost(ws, 'responses', { customer: `c-${uuid()}`, id: priced, surveyId: ws.surveys.exit, reason: 'too_expensive', comment: 'The invoices keep climbing every quarter', finished: true })
    await sitePost(ws, 'responses', { customer: `c-${uuid()}`, id: moving, surveyId: ws.surveys.exit, reason: 'no_longer_needed', comment: 'We closed the project', finished: true })
    expect(JSON.parse((await analyzed(ws, priced)).learned_label as string)).toEqual({ sentiment: 'neg', topics: ['pricing'] })
    expect(JSON.parse((await analyzed(ws, moving)).learned_label as string)).toEqual({ sentiment: 'neg' })
    expect(await topicDocs('pricing')).toBe(1)
    expect(await topicDocs('*')).toBe(1)

    // A workspace without that topic learns the sentiment only.
    expect((await api(ws, 'PUT', '/v1/taxonomy', { topics: [{ id: 'mobile', name: 'Mobile app', keywords: ['mobile app'] }] })).status).toBe(200)
    const after = uuid()
    await sitePost(ws, 'responses', { customer: `c-${uuid()}`, id: after, surveyId: ws.surveys.exit, reason: 'too_expensive', comment: 'Renewal quote doubled', finished: true })
    expect(JSON.parse((await analyzed(ws, after)).learned_label as string)).toEqual({ sentiment: 'neg' })
    expect(await topicDocs('pricing')).toBe(1)
  })

  it('reads Chinese, Simplified and Traditional', async () => {
    const ws = await createWorkspace()
    const a = uuid()
    const b = uuid()
    await sitePost(ws, 'responses', { customer: `c-${uuid()}`, id: a, surveyId: ws.surveys.nps, score: 3, comment: '价格太贵了，客服也很慢', finished: true })
    await sitePost(ws, 'responses', { customer: `c-${uuid()}`, id: b, surveyId: ws.surveys.nps, score: 10, comment: '介面直觀，非常滿意', finished: true })
    const [ra, rb] = [await analyzed(ws, a), await analyzed(ws, b)]
    expect(ra).toMatchObject({ language: 'zh-Hans', sentiment_label: 'negative' })
    expect(rb).toMatchObject({ language: 'zh-Hant', sentiment_label: 'positive' })
    expect((JSON.parse(ra.topics as string) as { id: string }[]).map((t) => t.id)).toContain('pricing')
  })

  it('a person corrects sentiment and topics; the correction sticks and teaches the model', async () => {
    const ws = await createWorkspace()
    const id = uuid()
    await sitePost(ws, 'responses', { customer: `c-${uuid()}`, id, surveyId: ws.surveys.nps, score: 9, comment: 'The export is fine I guess', finished: true })
    await analyzed(ws, id)
    const res = await api(ws, 'PATCH', `/v1/responses/${id}/analysis`, { sentiment: 'negative', topics: ['usability'] })
    expect(res.status).toBe(200)
    const got = await (await api(ws, 'GET', `/v1/responses/${id}`)).json() as { analysis: { sentiment: { label: string; score: number; corrected: boolean }; topics: { id: string }[]; correctedAt: number } }
    // PATCH answers the corrected response as GET shows it, nested analysis and all.
    expect(await res.json()).toEqual(got)
    expect(got.analysis.sentiment.label).toBe('negative')
    // The score follows the corrected label (never "negative" with a positive score), and says it was corrected.
    expect(got.analysis.sentiment.score).toBeLessThan(0)
    expect(got.analysis.sentiment.corrected).toBe(true)
    const csv = await (await api(ws, 'GET', '/v1/export/responses.csv')).text()
    const [header, line] = csv.trim().split('\r\n')
    expect(Number(line.split(',')[header.split(',').indexOf('sentiment_score')])).toBeLessThan(0)
    expect(got.analysis.topics.map((t) => t.id)).toEqual(['usability'])
    const neg = await env.DB.prepare("SELECT count FROM text_model_counts WHERE workspace_id = ? AND label = 'sent:neg' AND token = ''").bind(ws.workspaceId).first<{ count: number }>()
    const pos = await env.DB.prepare("SELECT count FROM text_model_counts WHERE workspace_id = ? AND label = 'sent:pos' AND token = ''").bind(ws.workspaceId).first<{ count: number }>()
    expect(neg?.count).toBe(3)
    expect(pos?.count ?? 0).toBe(0)
    await expectError(await api(ws, 'PATCH', `/v1/responses/${id}/analysis`, { topics: ['nonsense'] }), 400, 'invalid_request')
    await expectError(await api(ws, 'PATCH', `/v1/responses/${id}/analysis`, {}), 400, 'invalid_request')

    // A topic named twice is one topic: indexed and taught once, not a failed write.
    const again = await api(ws, 'PATCH', `/v1/responses/${id}/analysis`, { topics: ['pricing', 'usability', 'pricing'] })
    expect(again.status).toBe(200)
    expect(((await again.json()) as { analysis: { topics: { id: string }[] } }).analysis.topics.map((t) => t.id)).toEqual(['pricing', 'usability'])
    const indexed = await env.DB.prepare('SELECT topic FROM response_topics WHERE workspace_id = ? AND response_id = ? ORDER BY topic').bind(ws.workspaceId, id).all()
    expect(indexed.results.map((r) => r.topic)).toEqual(['pricing', 'usability'])
    const pricingDocs = await env.DB.prepare("SELECT count FROM text_model_counts WHERE workspace_id = ? AND label = 'topic:pricing' AND token = ''").bind(ws.workspaceId).first<{ count: number }>()
    expect(pricingDocs?.count).toBe(3)
  })

  it('corrects only the part given: topics alone leave the sentiment as read, sentiment alone the topics', async () => {
    const ws = await createWorkspace()
    type View = { analysis: { sentiment: { label: string; score: number; confidence: number; corrected: boolean }; topics: { id: string; confidence: number }[]; corrected: { sentiment: boolean; topics: boolean } } }
    const view = async (id: string) => ((await (await api(ws, 'GET', `/v1/responses/${id}`)).json()) as View).analysis
    const a = uuid(), b = uuid()
    await sitePost(ws, 'responses', { customer: `c-${uuid()}`, id: a, surveyId: ws.surveys.nps, score: 3, comment: 'Way too expensive and support never answers', finished: true })
    await sitePost(ws, 'responses', { customer: `c-${uuid()}`, id: b, surveyId: ws.surveys.nps, score: 3, comment: 'Way too expensive and support never answers', finished: true })
    const read = await analyzed(ws, a)
    await analyzed(ws, b)

    const patched = await api(ws, 'PATCH', `/v1/responses/${a}/analysis`, { topics: ['usability'] })
    expect(patched.status).toBe(200)
    const topicsOnly = await view(a)
    expect(((await patched.json()) as View).analysis).toEqual(topicsOnly)
    expect(topicsOnly.sentiment).toEqual({ label: read.sentiment_label, score: read.sentiment_score, confidence: read.sentiment_confidence, corrected: false })
    expect(topicsOnly.corrected).toEqual({ sentiment: false, topics: true })
    expect(topicsOnly.topics.map((t) => t.id)).toEqual(['usability'])

    const asRead = (await view(b)).topics
    expect((await api(ws, 'PATCH', `/v1/responses/${b}/analysis`, { sentiment: 'positive' })).status).toBe(200)
    const sentimentOnly = await view(b)
    expect(sentimentOnly.sentiment).toMatchObject({ label: 'positive', confidence: 1, corrected: true })
    expect(sentimentOnly.corrected).toEqual({ sentiment: true, topics: false })
    expect(sentimentOnly.topics).toEqual(asRead)
    // A later topics correction keeps the earlier sentiment one.
    expect((await api(ws, 'PATCH', `/v1/responses/${b}/analysis`, { topics: ['pricing'] })).status).toBe(200)
    expect(await view(b)).toMatchObject({ sentiment: { label: 'positive', corrected: true }, corrected: { sentiment: true, topics: true } })
  })

  it('the workspace model learns from scored answers until a new phrase reads as its score says', async () => {
    const ws = await createWorkspace()
    // "flurbo" means nothing to the rules; detractors keep writing it, promoters never do.
    const ids = await Promise.all(Array.from({ length: 24 }, async (_, i) => {
      const id = uuid()
      const detractor = i % 2 === 0
      await sitePost(ws, 'responses', { customer: `c-${uuid()}`, id, surveyId: ws.surveys.nps, score: detractor ? 1 : 10, comment: detractor ? `the flurbo thing again ${i}` : `the dashboards are lovely ${i}`, finished: true })
      return id
    }))
    await Promise.all(ids.map((id) => analyzed(ws, id)))
    const probe = uuid()
    await sitePost(ws, 'responses', { customer: `c-${uuid()}`, id: probe, surveyId: ws.surveys.csat, score: 3, comment: 'flurbo', finished: true })
    const row = await analyzed(ws, probe)
    expect(row.sentiment_label).toBe('negative')
  })
  it('anonymous answers teach nothing, and one customer teaches at most three answers in 90 days (the public key is in every page)', async () => {
    const { TEACHING_PER_CUSTOMER } = await import('../../worker/queue/analyze.ts')
    const ws = await createWorkspace()
    // The QA's burst: 15 anonymous zeros about a harmless phrase, then the same phrase from one customer, 15 times.
    const anonymous = await Promise.all(Array.from({ length: 15 }, async (_, i) => {
      const id = uuid()
      await sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, score: 0, comment: `I use the kanban board on tuesdays ${i}`, finished: true })
      return id
    }))
    for (const id of anonymous) expect((await analyzed(ws, id)).learned_label).toBeNull()
    const taught: unknown[] = []
    for (let i = 0; i < 6; i++) {
      const id = uuid()
      await sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, customer: 'c-burst', score: 0, comment: `I use the kanban board on tuesdays ${i}`, finished: true })
      taught.push((await analyzed(ws, id)).learned_label)
    }
    expect(taught.filter((l) => l !== null)).toHaveLength(TEACHING_PER_CUSTOMER)
    // A real customer's plain statement still reads as what it is.
    const probe = uuid()
    await sitePost(ws, 'responses', { id: probe, surveyId: ws.surveys.nps, customer: 'c-real', score: 8, comment: 'I use the kanban board on tuesdays.', finished: true })
    expect((await analyzed(ws, probe)).sentiment_label).not.toBe('negative')
  })
  it('an analysis that throws keeps the answer: marked analysed without its text read, its score still alerts, nothing learned', async () => {
    const { analyzeResponse } = await import('../../worker/queue/analyze.ts')
    const { alertsForResponse } = await import('../../worker/queue/alerts.ts')
    const ws = await createWorkspace()
    const id = uuid()
    await sitePost(ws, 'responses', { id, surveyId: ws.surveys.nps, customer: 'c-9', score: 1, comment: 'Nothing works', finished: true })
    await analyzed(ws, id)
    // As if the answer had just arrived, and the analysis had a bug for its text.
    await env.DB.batch([
      env.DB.prepare('DELETE FROM alerts WHERE workspace_id = ?').bind(ws.workspaceId),
      env.DB.prepare('DELETE FROM text_model_counts WHERE workspace_id = ?').bind(ws.workspaceId),
      env.DB.prepare('UPDATE responses SET analyzed_at = NULL, sentiment_label = NULL, language = NULL, learned_label = NULL WHERE workspace_id = ? AND id = ?').bind(ws.workspaceId, id),
    ])
    const failing = () => { throw new TypeError('a bug for this text') }
    expect(await analyzeResponse(env, ws.workspaceId, id, failing)).toEqual({ customerPk: expect.any(String) })
    const row = await env.DB.prepare('SELECT analyzed_at, sentiment_label, learned_label FROM responses WHERE workspace_id = ? AND id = ?').bind(ws.workspaceId, id).first()
    expect(row).toEqual({ analyzed_at: expect.any(Number), sentiment_label: null, learned_label: null })
    expect(await modelCount(ws.workspaceId)).toBe(0)
    const { alertIds } = await alertsForResponse(env, ws.workspaceId, id)
    expect(alertIds).toHaveLength(1)
    const alert = await env.DB.prepare('SELECT kind FROM alerts WHERE workspace_id = ?').bind(ws.workspaceId).first<{ kind: string }>()
    expect(alert?.kind).toBe('detractor')
  })
})

describe('taxonomy', () => {
  it('starts from the default, can be replaced and reset; topics follow the workspace taxonomy', async () => {
    const ws = await createWorkspace()
    const initial = await (await api(ws, 'GET', '/v1/taxonomy')).json() as { topics: { id: string }[]; isDefault: boolean }
    expect(initial.isDefault).toBe(true)
    expect(initial.topics.map((t) => t.id)).toEqual(expect.arrayContaining(['pricing', 'billing', 'support', 'reliability', 'performance', 'usability', 'missing_feature', 'onboarding', 'communication', 'competitor']))
    const put = await api(ws, 'PUT', '/v1/taxonomy', { topics: [{ id: 'mobile', name: 'Mobile app', keywords: ['mobile app', 'iphone', '手机'] }] })
    expect(put.status).toBe(200)
    const id = uuid()
    await sitePost(ws, 'responses', { customer: `c-${uuid()}`, id, surveyId: ws.surveys.nps, score: 5, comment: 'Please build a mobile app for iphone', finished: true })
    const row = await analyzed(ws, id)
    expect((JSON.parse(row.topics as string) as { id: string }[]).map((t) => t.id)).toEqual(['mobile'])
    await expectError(await api(ws, 'PUT', '/v1/taxonomy', { topics: [{ id: 'Bad Id', name: 'x', keywords: ['a'] }] }), 400, 'invalid_request')
    // A keyword without a word would match nothing; "too … slow" has words around its gap.
    await expectError(await api(ws, 'PUT', '/v1/taxonomy', { topics: [{ id: 'slow', name: 'Slow', keywords: ['…'] }] }), 400, 'invalid_request')
    expect((await api(ws, 'PUT', '/v1/taxonomy', { topics: [{ id: 'slow', name: 'Slow', keywords: ['too … slow'] }] })).status).toBe(200)
    const reset = await (await api(ws, 'DELETE', '/v1/taxonomy')).json() as { isDefault: boolean }
    expect(reset.isDefault).toBe(true)
  })
})

describe('themes and drivers', () => {
  it('ranks topics by how much they pull NPS down, with examples', async () => {
    const ws = await createWorkspace()
    const answers = [
      [1, 'Far too expensive for us'], [2, 'The price is way too high'], [3, 'Pricing doubled, too expensive'],
      [10, 'Support team is wonderful'], [9, 'Great support, quick answers'], [8, 'Nice charts'], [10, 'Love it'],
    ] as const
    const ids = await Promise.all(answers.map(async ([score, comment]) => {
      const id = uuid()
      await sitePost(ws, 'responses', { customer: `c-${uuid()}`, id, surveyId: ws.surveys.nps, score, comment, finished: true })
      return id
    }))
    await Promise.all(ids.map((id) => analyzed(ws, id)))
    const body = await (await api(ws, 'GET', '/v1/insights/themes')).json() as { topics: { id: string; volume: number; nps: { with: number; without: number; impact: number; effect: number }; examples: { comment: string }[] }[] }
    const pricing = body.topics.find((t) => t.id === 'pricing')!
    expect(pricing.volume).toBe(3)
    expect(pricing.nps.with).toBe(-100)
    expect(pricing.nps.without).toBe(75) // 3 promoters, 1 passive of 4
    // The period's NPS is 0 (3 promoters, 3 detractors of 7): pricing costs it 75 points.
    expect(pricing.nps.effect).toBe(-75)
    expect(pricing.nps.impact).toBe(-175)
    expect(body.topics[0].id).toBe('pricing')
    expect(pricing.examples.length).toBe(3)
    const drivers = await (await api(ws, 'GET', '/v1/insights/drivers')).json() as { data: { topic: string; kind: string; impact: number }[] }
    expect(drivers.data[0]).toMatchObject({ topic: 'pricing', kind: 'nps', impact: -175 })
  })

  it("gives each topic's pull on CSAT as well, for workspaces that ask CSAT", async () => {
    const ws = await createWorkspace()
    // Four satisfied (4-5) of six; both unsatisfied answers are about billing.
    const answers = [[1, 'Charged twice, the invoice is wrong'], [2, 'Billing double charged me'], [5, 'Great onboarding docs'], [4, 'Nice charts'], [5, 'Love it'], [4, 'Works well']] as const
    const ids = await Promise.all(answers.map(async ([score, comment]) => {
      const id = uuid()
      await sitePost(ws, 'responses', { customer: `c-${uuid()}`, id, surveyId: ws.surveys.csat, score, comment, finished: true })
      return id
    }))
    await Promise.all(ids.map((id) => analyzed(ws, id)))
    const body = await (await api(ws, 'GET', '/v1/insights/themes')).json() as { topics: { id: string; nps: { responses: number; effect: number | null }; csat: { with: number; without: number; impact: number; effect: number; responses: number } }[] }
    const billing = body.topics.find((t) => t.id === 'billing')!
    // CSAT 66.7% overall, 0% when billing is mentioned, 100% otherwise: billing costs 33.3 points.
    expect(billing.csat).toEqual({ with: 0, without: 100, impact: -100, effect: -33.3, responses: 2 })
    expect(billing.nps).toMatchObject({ responses: 0, effect: null })
  })
})

describe('reporting periods', () => {
  it('take epoch milliseconds or ISO dates in the query string, and refuse nonsense', async () => {
    const ws = await createWorkspace()
    const from = Date.now() - 7 * 86_400_000
    expect((await api(ws, 'GET', `/v1/insights/themes?from=${from}`)).status).toBe(200)
    expect((await api(ws, 'GET', `/v1/insights/themes?from=${new Date(from).toISOString()}`)).status).toBe(200)
    expect((await api(ws, 'GET', `/v1/responses?from=${from}&to=${Date.now()}`)).status).toBe(200)
    await expectError(await api(ws, 'GET', '/v1/insights/themes?from=yesterday'), 400, 'invalid_request')
    await expectError(await api(ws, 'GET', `/v1/insights/themes?from=${Date.now()}&to=${from}`), 400, 'invalid_request')
  })
})
