import { describe, expect, it } from 'vitest'
import { SELF, env } from 'cloudflare:test'
import { BASE, analyzed, api, createWorkspace, expectError, sitePost, uuid, withBatchHook, type TestWorkspace } from './helpers.ts'
import { serverErrors } from '../../cli/import/report.ts'
import { examplesCsv } from '../../cli/commands/train.ts'
import { TEXT_FEATURES_VERSION } from '../../worker/domain/text/index.ts'
import { nonZero, recount, storedCounts, versionOf } from './text-model-counts.ts'
import { storeExamples } from '../../worker/services/text-model-examples.ts'
import { rebuildTextModel } from '../../worker/services/text-model-rebuild.ts'
import { FREQUENT, runCron } from '../../worker/queue/cron.ts'
import { GRINDLE_EXAMPLES_CSV } from '../fixtures/text/train-grindle.ts'

const V = TEXT_FEATURES_VERSION
const db = () => env.DB
const tick = () => runCron(FREQUENT, env, Date.now())

function postExamples(ws: TestWorkspace, body: string, contentType = 'text/csv') {
  return SELF.fetch(`${BASE}/v1/text-model/examples`, { method: 'POST', headers: { authorization: `Bearer ${ws.secretKey}`, 'content-type': contentType }, body })
}

const examples = async (ws: TestWorkspace) =>
  (await db().prepare('SELECT text, teaching, learned_version FROM text_examples WHERE workspace_id = ? ORDER BY text').bind(ws.workspaceId)
    .all<{ text: string; teaching: string; learned_version: number | null }>()).results

async function answer(ws: TestWorkspace, score: number, comment: string, kind: 'nps' | 'csat' = 'nps'): Promise<Record<string, unknown>> {
  const id = uuid()
  await sitePost(ws, 'responses', { id, surveyId: ws.surveys[kind], customer: `c-${id}`, score, comment, finished: true })
  return analyzed(ws, id)
}

type Summary = { version: number; currentVersion: number; documents: Record<string, number>; topics: Record<string, number>; examples: number; answersLearned: number; pending: { examples: number; answers: number }; check: unknown }

describe('POST /v1/text-model/examples', () => {
  it('learns a labelled file: counts equal a recount from the examples, and GET /v1/text-model says what was learned from', async () => {
    const ws = await createWorkspace()
    await answer(ws, 10, 'Lovely dashboards')
    const res = await postExamples(ws, GRINDLE_EXAMPLES_CSV)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ learned: 40, replaced: 0, duplicates: 0, skipped: 0 })
    const stored = await examples(ws)
    expect(stored).toHaveLength(40)
    expect(stored.every((e) => e.learned_version === V)).toBe(true)
    expect(JSON.parse(stored.find((e) => e.text.startsWith('the grindle step'))!.teaching)).toEqual({ sentiment: 'neg', topics: ['billing', 'reliability'] })
    expect(JSON.parse(stored.find((e) => e.text === 'Very happy with the templates')!.teaching)).toEqual({ sentiment: 'pos' })
    const now = await storedCounts(ws)
    expect(now).toEqual(await recount(ws))
    expect(now).toContain('sent:neg|=20')
    expect(now).toContain('sent:pos|=21')

    const summary = await (await api(ws, 'GET', '/v1/text-model')).json() as Summary
    expect(summary).toEqual({
      version: V, currentVersion: V, documents: { pos: 21, neg: 20, neu: 0 },
      topics: { reliability: 12, performance: 5, billing: 3, onboarding: 3, usability: 4, pricing: 2, support: 2, competitor: 2, communication: 1, missing_feature: 1 },
      examples: 40, answersLearned: 1, pending: { examples: 0, answers: 0 },
      // Not checked yet: the daily cron does that.
      check: null,
    })
  })

  it('reads TSV as stayloop eval does: test rows and unlabelled rows are left out', async () => {
    const ws = await createWorkspace()
    const tsv = 'text\tlabel\ttopic\tsplit\n' +
      'Invoices arrive late every month\tneg\tbilling\tdev\n' +
      'Quiet week, nothing to report\tneutral\t\tdev\n' +
      'Zyxwv heldout phrase\tpos\t\ttest\n' +
      'No label on this one\t\t\tdev\n'
    const res = await postExamples(ws, tsv, 'text/tab-separated-values')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ learned: 2, replaced: 0, duplicates: 0, skipped: 2 })
    expect((await examples(ws)).map((e) => e.text)).toEqual(['Invoices arrive late every month', 'Quiet week, nothing to report'])
    const now = await storedCounts(ws)
    expect(now).toEqual(await recount(ws))
    expect(now).toContain('sent:neu|=1')
    expect(now).toContain('topic:billing|=1')
    expect(now.some((c) => c.includes('zyxwv') || c.startsWith('sent:pos|'))).toBe(false)
  })

  it('any bad row: 400 with line and column for each, nothing stored or counted', async () => {
    const ws = await createWorkspace()
    const csv = 'text,sentiment,topics\n"Fine words",pos,\n"Odd label",maybe,\n,neg,\n"Unknown topic",neg,weather\n'
    const res = await postExamples(ws, csv)
    const error = await expectError(res.clone(), 400, 'invalid_request')
    expect(error.message).toMatch(/nothing learned/)
    expect(serverErrors(await res.json())).toEqual([
      { line: 3, column: 'sentiment', message: '"maybe" is not a sentiment (pos, neg or neutral)' },
      { line: 4, column: 'text', message: 'text is empty' },
      { line: 5, column: 'topics', message: '"weather" is not a topic of this workspace' },
    ])
    // Only test rows: nothing to learn is a 400 too.
    await expectError(await postExamples(ws, 'text\tlabel\tsplit\nheld out\tpos\ttest\n', 'text/tab-separated-values'), 400, 'invalid_request')
    expect(await examples(ws)).toEqual([])
    expect(await storedCounts(ws)).toEqual([])
  })

  it('the same text again replaces its label (last one wins within a file too); counts equal a recount', async () => {
    const ws = await createWorkspace()
    await answer(ws, 2, 'Exports keep failing')
    expect(await (await postExamples(ws, 'text,sentiment,topics\n"The sync is slow",neg,performance\n"Nice charts",pos,\n')).json())
      .toEqual({ learned: 2, replaced: 0, duplicates: 0, skipped: 0 })
    const res = await postExamples(ws, 'text,sentiment,topics\n"The sync is slow",pos,\n"Brand new text",neu,\n"The sync is slow",neu,usability\n')
    expect(await res.json()).toEqual({ learned: 2, replaced: 1, duplicates: 1, skipped: 0 })
    const stored = await examples(ws)
    expect(stored.map((e) => [e.text, JSON.parse(e.teaching)])).toEqual([
      ['Brand new text', { sentiment: 'neu' }], ['Nice charts', { sentiment: 'pos' }], ['The sync is slow', { sentiment: 'neu', topics: ['usability'] }],
    ])
    const now = nonZero(await storedCounts(ws))
    expect(now).toEqual(await recount(ws))
    expect(now).toContain('sent:neu|=2')
    expect(now.some((c) => c.startsWith('topic:performance|'))).toBe(false)
  })

  it('another upload between the read and the batch: read again, so the replaced label is the one forgotten', async () => {
    const ws = await createWorkspace()
    await storeExamples(db(), ws.workspaceId, [{ line: 2, text: 'Checkout hangs', sentiment: 'neg', topics: [] }])
    let raced = false
    // The first batch finds the examples changed by a concurrent upload of the same text.
    const racing = withBatchHook(db(), async (n, run) => {
      if (n === 1) {
        raced = true
        await storeExamples(db(), ws.workspaceId, [{ line: 2, text: 'Checkout hangs', sentiment: 'neu', topics: ['performance'] }])
      }
      return run()
    })
    expect(await storeExamples(racing, ws.workspaceId, [{ line: 2, text: 'Checkout hangs', sentiment: 'pos', topics: [] }])).toEqual({ learned: 1, replaced: 1, duplicates: 0 })
    expect(raced).toBe(true)
    expect((await examples(ws)).map((e) => JSON.parse(e.teaching))).toEqual([{ sentiment: 'pos' }])
    const now = nonZero(await storedCounts(ws))
    expect(now).toEqual(await recount(ws))
    expect(now.some((c) => c.startsWith('sent:neg|') || c.startsWith('sent:neu|') || c.startsWith('topic:'))).toBe(false)
  })

  it('a workspace keeps at most its limit of examples: a file going past it is refused whole', async () => {
    const ws = await createWorkspace()
    const rows = (texts: string[]) => texts.map((text, i) => ({ line: i + 2, text, sentiment: 'neg' as const, topics: [] }))
    await storeExamples(db(), ws.workspaceId, rows(['Checkout hangs', 'Invoices are wrong']), Date.now(), 3)
    const before = await storedCounts(ws)
    await expect(storeExamples(db(), ws.workspaceId, rows(['Checkout hangs', 'Login loops', 'Exports fail']), Date.now(), 3))
      .rejects.toMatchObject({ code: 'payload_too_large', message: expect.stringContaining('it has 2 and this file adds 2 new texts') })
    expect((await examples(ws)).length).toBe(2)
    expect(await storedCounts(ws)).toEqual(before)
    // Relabelling stored texts adds none: still within the limit.
    expect(await storeExamples(db(), ws.workspaceId, rows(['Checkout hangs', 'Invoices are wrong', 'Login loops']), Date.now(), 3)).toMatchObject({ learned: 3, replaced: 2 })
    expect((await examples(ws)).length).toBe(3)
  })

  it('only text/csv or TSV', async () => {
    const ws = await createWorkspace()
    await expectError(await postExamples(ws, JSON.stringify({ text: 'hi', sentiment: 'pos' }), 'application/json'), 415, 'unsupported_media_type')
    await expectError(await postExamples(ws, 'text,sentiment\nhi,pos\n', 'text/plain'), 415, 'unsupported_media_type')
    expect(await examples(ws)).toEqual([])
  })

  it('takes what stayloop train sends', async () => {
    const ws = await createWorkspace()
    const body = examplesCsv([{ line: 2, text: 'Says "hello", then, crashes', sentiment: 'neg', topics: ['reliability', 'usability'] }, { line: 3, text: 'Tagged only', sentiment: null, topics: ['pricing'] }])
    expect(await (await postExamples(ws, body)).json()).toEqual({ learned: 2, replaced: 0, duplicates: 0, skipped: 0 })
    expect((await examples(ws)).map((e) => [e.text, JSON.parse(e.teaching)])).toEqual([
      ['Says "hello", then, crashes', { sentiment: 'neg', topics: ['reliability', 'usability'] }], ['Tagged only', { topics: ['pricing'] }],
    ])
    expect(await storedCounts(ws)).toEqual(await recount(ws))
  })
})

describe('DELETE /v1/text-model/examples', () => {
  it('forgets every example: counts are back to what the comments alone give', async () => {
    const ws = await createWorkspace()
    await answer(ws, 1, 'The grindle broke everything')
    await answer(ws, 9, 'Great templates')
    const fromComments = await storedCounts(ws)
    expect(fromComments).toEqual(await recount(ws, { examples: false }))
    expect((await postExamples(ws, GRINDLE_EXAMPLES_CSV)).status).toBe(200)
    expect(await postExamples(ws, 'text,sentiment\n"Great templates",neg\n').then((r) => r.json())).toMatchObject({ learned: 1 })
    expect(await storedCounts(ws)).not.toEqual(fromComments)

    const res = await api(ws, 'DELETE', '/v1/text-model/examples')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ forgotten: 41 })
    expect(await examples(ws)).toEqual([])
    expect(await storedCounts(ws)).toEqual(fromComments)
    expect(await (await api(ws, 'GET', '/v1/text-model')).json()).toMatchObject({ examples: 0, answersLearned: 2, documents: { pos: 1, neg: 1, neu: 0 } })
    // Nothing left: forgetting again forgets nothing.
    expect(await (await api(ws, 'DELETE', '/v1/text-model/examples')).json()).toEqual({ forgotten: 0 })
  })
})

describe('examples and the text model version', () => {
  it('a stale workspace stores examples uncounted; the cron rebuild counts them once', async () => {
    const ws = await createWorkspace()
    await answer(ws, 2, 'Too expensive for us')
    await db().batch([
      db().prepare('UPDATE workspaces SET text_model_version = 1 WHERE id = ?').bind(ws.workspaceId),
      db().prepare('UPDATE responses SET learned_version = 1 WHERE workspace_id = ?').bind(ws.workspaceId),
    ])
    const before = await storedCounts(ws)
    expect(await (await postExamples(ws, GRINDLE_EXAMPLES_CSV)).json()).toMatchObject({ learned: 40 })
    expect(await storedCounts(ws)).toEqual(before)
    expect((await examples(ws)).every((e) => e.learned_version === null)).toBe(true)
    expect(await (await api(ws, 'GET', '/v1/text-model')).json()).toMatchObject({ version: 1, currentVersion: V, examples: 40, pending: { examples: 40, answers: 0 } })

    await tick()
    expect(await versionOf(ws)).toBe(V)
    expect((await examples(ws)).every((e) => e.learned_version === V)).toBe(true)
    const rebuilt = await storedCounts(ws)
    expect(rebuilt).toEqual(await recount(ws))
    expect(rebuilt).toContain('sent:neg|=21')
    await tick()
    expect(await storedCounts(ws)).toEqual(rebuilt)
  })

  it('an upload during a rebuild revokes it; examples still uncounted once the counts are current are caught up once', async () => {
    const ws = await createWorkspace()
    await answer(ws, 10, 'Lovely exports')
    await db().prepare('UPDATE workspaces SET text_model_version = -7 WHERE id = ?').bind(ws.workspaceId).run()
    const before = await storedCounts(ws)
    expect((await postExamples(ws, 'text,sentiment\n"Checkout hangs",neg\n"Calm and quick",pos\n')).status).toBe(200)
    expect(await versionOf(ws)).toBe(0)
    expect((await examples(ws)).map((e) => e.learned_version)).toEqual([null, null])
    // As if a rebuild had finished without having read them: the catch-up counts them.
    await db().prepare('UPDATE workspaces SET text_model_version = ? WHERE id = ?').bind(V, ws.workspaceId).run()
    expect(await storedCounts(ws)).toEqual(before)
    await tick()
    await tick()
    expect((await examples(ws)).map((e) => e.learned_version)).toEqual([V, V])
    expect(await storedCounts(ws)).toEqual(await recount(ws))
    expect(await storedCounts(ws)).toContain('sent:pos|=2')
  })

  it('examples count towards the rebuild cap, ahead of comments and newest first', async () => {
    const ws = await createWorkspace()
    await answer(ws, 2, 'A comment about invoices')
    for (const [i, text] of ['oldest example words', 'middle example words', 'newest example words'].entries()) {
      await storeExamples(db(), ws.workspaceId, [{ line: 2, text, sentiment: 'pos', topics: [] }], 1_000_000 + i)
    }
    await db().prepare('UPDATE workspaces SET text_model_version = 1 WHERE id = ?').bind(ws.workspaceId).run()
    expect(await rebuildTextModel(db(), ws.workspaceId, 2)).toEqual({ rebuilt: true, counted: 2 })
    expect((await examples(ws)).map((e) => [e.text, e.learned_version])).toEqual([['middle example words', V], ['newest example words', V], ['oldest example words', 0]])
    const comment = await db().prepare('SELECT learned_version v FROM responses WHERE workspace_id = ?').bind(ws.workspaceId).first<{ v: number }>()
    expect(comment!.v).toBe(0)
    await tick()
    const now = await storedCounts(ws)
    expect(now).toEqual(await recount(ws))
    expect(now.some((c) => c.includes('oldest') || c.includes('invoices'))).toBe(false)
    expect(now).toContain('sent:pos|=2')
  })
})

describe('the text model of one workspace only', () => {
  it('another workspace key neither reads nor changes this workspace model', async () => {
    const owner = await createWorkspace()
    const other = await createWorkspace()
    expect((await postExamples(owner, GRINDLE_EXAMPLES_CSV)).status).toBe(200)
    const ownerCounts = await storedCounts(owner)

    const seen = await (await api(other, 'GET', '/v1/text-model')).json() as Summary
    expect(seen).toMatchObject({ documents: { pos: 0, neg: 0, neu: 0 }, topics: {}, examples: 0 })
    expect(await (await api(other, 'DELETE', '/v1/text-model/examples')).json()).toEqual({ forgotten: 0 })
    expect(await (await postExamples(other, 'text,sentiment\n"The grindle ran again at 3am and our numbers were off",pos\n')).json()).toMatchObject({ learned: 1, replaced: 0 })
    expect(await storedCounts(owner)).toEqual(ownerCounts)
    expect(await examples(owner)).toHaveLength(40)
    expect(JSON.parse((await examples(owner)).find((e) => e.text.startsWith('The grindle ran again'))!.teaching)).toEqual({ sentiment: 'neg', topics: ['reliability'] })

    await expectError(await SELF.fetch(`${BASE}/v1/text-model`), 401, 'unauthorized')
    await expectError(await SELF.fetch(`${BASE}/v1/text-model/examples`, { method: 'POST', headers: { authorization: `Bearer ${owner.siteKey}`, 'content-type': 'text/csv' }, body: 'text,sentiment\nx,pos\n' }), 403, 'forbidden')
    await expectError(await SELF.fetch(`${BASE}/v1/text-model/examples`, { method: 'DELETE' }), 401, 'unauthorized')
    expect(await examples(owner)).toHaveLength(40)
  })
})

describe('learning from a labelled file, end to end', () => {
  it('after the file, a new comment about the grindle reads as negative; before it, the rules alone did not', async () => {
    const ws = await createWorkspace()
    const probe = 'The grindle ran on our workspace last night'
    // CSAT 3 teaches nothing (no weak label), so only the file changes what the model knows.
    const before = await answer(ws, 3, probe, 'csat')
    expect(before.sentiment_label).not.toBe('negative')
    expect((await postExamples(ws, GRINDLE_EXAMPLES_CSV)).status).toBe(200)
    const after = await answer(ws, 3, probe, 'csat')
    expect(after.sentiment_label).toBe('negative')
  })
})
