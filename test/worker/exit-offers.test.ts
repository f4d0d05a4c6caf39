// Exit answers: an offer counts only if the survey made it for the answer's reason; revenue saved.
import { describe, expect, it } from 'vitest'
import { env } from 'cloudflare:test'
import { api, createWorkspace, expectError, sitePost, uuid, type TestWorkspace } from './helpers.ts'

const DAY = 86_400_000
const period = () => `from=${Date.now() - DAY}&to=${Date.now() + DAY}`

type Summary = { saveRate: { value: number | null; saved: number; started: number }; revenueSaved: { value: number; customers: number } }
const summary = async (ws: TestWorkspace) => await (await api(ws, 'GET', `/v1/insights/summary?${period()}`)).json() as Summary
const rows = async (ws: TestWorkspace) =>
  (await env.DB.prepare('SELECT COUNT(*) n FROM responses WHERE workspace_id = ?').bind(ws.workspaceId).first<{ n: number }>())!.n
const exit = (ws: TestWorkspace, body: Record<string, unknown>) => sitePost(ws, 'responses', { id: uuid(), surveyId: ws.surveys.exit, finished: true, ...body })

describe('exit answers: the offer must be the one made for the reason', () => {
  it('refuses an offer for a reason with none, without a reason, or of another kind: 400 naming the field, nothing stored', async () => {
    const ws = await createWorkspace()
    // Four flows, one saved (the workspace's exit survey offers a discount for too_expensive).
    for (const reason of ['no_longer_needed', 'other', 'switched_competitor']) expect((await exit(ws, { customer: 'c-0', reason })).status).toBe(201)
    expect((await exit(ws, { customer: 'c-0', reason: 'too_expensive', offer: { kind: 'discount', accepted: true } })).status).toBe(201)
    const before = await summary(ws)
    expect(before.saveRate).toMatchObject({ value: 25, saved: 1, started: 4 })

    const noOfferForReason = await expectError(await exit(ws, { customer: 'c-1', reason: 'missing_features', offer: { kind: 'discount', accepted: true } }), 400, 'invalid_request')
    const noReason = await expectError(await exit(ws, { customer: 'c-1', offer: { kind: 'pause', accepted: true } }), 400, 'invalid_request')
    const otherKind = await expectError(await exit(ws, { customer: 'c-1', reason: 'too_expensive', offer: { kind: 'downgrade', accepted: true } }), 400, 'invalid_request')
    expect(noOfferForReason.message).toMatch(/^offer: /)
    expect(noReason.message).toMatch(/^offer: /)
    expect(otherKind.message).toMatch(/^offer\.kind: /)

    expect(await rows(ws)).toBe(4)
    expect((await summary(ws)).saveRate).toEqual(before.saveRate)
    const c1 = await env.DB.prepare('SELECT 1 FROM customers WHERE workspace_id = ? AND external_id = ?').bind(ws.workspaceId, 'c-1').first()
    expect(c1).toBeNull()
  })

  it('takes the offer made for the reason (201) and counts it saved', async () => {
    const ws = await createWorkspace()
    const res = await exit(ws, { customer: 'c-1', reason: 'temporary', offer: { kind: 'pause', accepted: true } })
    expect(res.status).toBe(201)
    expect((await summary(ws)).saveRate).toMatchObject({ value: 100, saved: 1, started: 1 })
  })

  it('judges a later write under the same id with what is stored: the offer after its reason, not a reason that makes no offer', async () => {
    const ws = await createWorkspace()
    const id = uuid()
    expect((await exit(ws, { id, customer: 'c-1', reason: 'too_expensive', finished: false })).status).toBe(201)
    expect((await exit(ws, { id, offer: { kind: 'discount', accepted: true } })).status).toBe(200)
    // A reason that makes no offer would leave the stored discount unexplained.
    await expectError(await exit(ws, { id, reason: 'missing_features' }), 400, 'invalid_request')
    const other = uuid()
    expect((await exit(ws, { id: other, customer: 'c-2', reason: 'missing_features', finished: false })).status).toBe(201)
    await expectError(await exit(ws, { id: other, offer: { kind: 'discount', accepted: true } }), 400, 'invalid_request')
    const stored = await env.DB.prepare('SELECT id, reason, offer_kind, offer_accepted FROM responses WHERE workspace_id = ? ORDER BY id').bind(ws.workspaceId).all()
    expect(stored.results).toEqual(expect.arrayContaining([
      { id, reason: 'too_expensive', offer_kind: 'discount', offer_accepted: 1 },
      { id: other, reason: 'missing_features', offer_kind: null, offer_accepted: null },
    ]))
  })

  it('an answer queued under an earlier version is not refused for an offer edited since', async () => {
    const ws = await createWorkspace()
    const survey = await (await api(ws, 'GET', `/v1/surveys/${ws.surveys.exit}`)).json() as { version: number; content: { offers: Record<string, unknown> } }
    const edited = { ...survey.content, offers: { ...survey.content.offers, too_expensive: { kind: 'pause' } } }
    expect((await api(ws, 'PATCH', `/v1/surveys/${ws.surveys.exit}`, { content: edited })).status).toBe(200)
    const queued = { customer: 'c-1', reason: 'too_expensive', offer: { kind: 'discount', accepted: true } }
    // Shown before the edit: kept, under the version it names.
    const id = uuid()
    expect((await exit(ws, { ...queued, id, surveyVersion: survey.version })).status).toBe(201)
    const row = await env.DB.prepare('SELECT survey_version, offer_kind FROM responses WHERE workspace_id = ? AND id = ?').bind(ws.workspaceId, id).first()
    expect(row).toEqual({ survey_version: survey.version, offer_kind: 'discount' })
    // Under the current version (named or not) a discount is no longer what too_expensive offers.
    await expectError(await exit(ws, { ...queued, surveyVersion: survey.version + 1 }), 400, 'invalid_request')
    await expectError(await exit(ws, queued), 400, 'invalid_request')
    expect((await exit(ws, { ...queued, offer: { kind: 'pause', accepted: true } })).status).toBe(201)
    // Every version makes its offers for a reason; a version yet to come is none the widget showed.
    await expectError(await exit(ws, { customer: 'c-1', offer: { kind: 'discount', accepted: true }, surveyVersion: survey.version }), 400, 'invalid_request')
    await expectError(await exit(ws, { ...queued, surveyVersion: survey.version + 5 }), 400, 'invalid_request')
  })
})

describe('exit answers under a version an edit replaced', () => {
  it('are checked against that version: a reason the edit removed is kept, an offer it never made is refused', async () => {
    const ws = await createWorkspace()
    const survey = await (await api(ws, 'GET', `/v1/surveys/${ws.surveys.exit}`)).json() as { version: number; content: { reasons: string[]; offers: Record<string, unknown> } }
    // The edit drops the "temporary" reason (and its pause offer) and makes too_expensive's offer a downgrade.
    const { temporary: _, ...offers } = survey.content.offers
    const edited = { ...survey.content, reasons: survey.content.reasons.filter((r) => r !== 'temporary'), offers: { ...offers, too_expensive: { kind: 'downgrade' } } }
    const patched = await api(ws, 'PATCH', `/v1/surveys/${ws.surveys.exit}`, { content: edited })
    expect(patched.status, await patched.clone().text()).toBe(200)
    const old = { surveyVersion: survey.version }
    // Queued offline before the edit: the removed reason and its offer are what that customer was shown.
    expect((await exit(ws, { ...old, customer: 'c-1', reason: 'temporary', offer: { kind: 'pause', accepted: true } })).status).toBe(201)
    // That version offered a discount for too_expensive, never a downgrade; the current one the reverse.
    await expectError(await exit(ws, { ...old, customer: 'c-2', reason: 'too_expensive', offer: { kind: 'downgrade', accepted: true } }), 400, 'invalid_request')
    expect((await exit(ws, { customer: 'c-2', reason: 'too_expensive', offer: { kind: 'downgrade', accepted: true } })).status).toBe(201)
    // Under the current version the removed reason is no reason.
    await expectError(await exit(ws, { customer: 'c-3', reason: 'temporary' }), 400, 'invalid_request')
    expect(await rows(ws)).toBe(2)
  })
})

describe('revenue saved', () => {
  it('sums the monthly revenue of distinct customers who accepted an offer in the period, beside the save rate', async () => {
    const ws = await createWorkspace()
    await api(ws, 'POST', '/v1/customers', { customers: [{ id: 'a', revenue: 120 }, { id: 'b', revenue: 80.5 }, { id: 'c', revenue: 1000 }] })
    const save = (customer: string) => exit(ws, { customer, reason: 'too_expensive', offer: { kind: 'discount', accepted: true } })
    for (const customer of ['a', 'a', 'b']) expect((await save(customer)).status).toBe(201)
    // Declined: c was not saved.
    expect((await exit(ws, { customer: 'c', reason: 'too_expensive', offer: { kind: 'discount', accepted: false } })).status).toBe(201)
    const s = await summary(ws)
    expect(s.saveRate).toMatchObject({ saved: 3, started: 4 })
    expect(s.revenueSaved).toEqual({ value: 200.5, customers: 2 })
    // Before the period: nothing saved.
    const earlier = await (await api(ws, 'GET', `/v1/insights/summary?from=${Date.now() - 60 * DAY}&to=${Date.now() - 30 * DAY}`)).json() as Summary
    expect(earlier.revenueSaved).toEqual({ value: 0, customers: 0 })
    const cohorts = await (await api(ws, 'GET', '/v1/insights/cohorts')).json() as Summary
    expect(cohorts.saveRate).toMatchObject({ saved: 3, started: 4 })
    expect(cohorts.revenueSaved).toEqual({ value: 200.5, customers: 2 })
  })
})
