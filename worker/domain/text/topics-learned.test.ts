import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { learnIncrements } from './learn.ts'
import { modelFromRows } from './model.ts'
import { DEFAULT_TAXONOMY, type TopicDef } from './taxonomy.ts'
import { keywordHits } from './topics-keywords.ts'
import { topicScores } from './topics.ts'

// Ten labelled comments in a workspace's own jargon ("sprocket page", "flurb sync") that no
// shipped keyword knows; the counts they leave behind must be enough to route new comments.
const fixture = readFileSync(new URL('../../../test/fixtures/text/topics-tiny.tsv', import.meta.url), 'utf8')
const rows = fixture.trim().split('\n').slice(1).map((l) => l.split('\t') as [string, string])

function learnedModel() {
  const model = modelFromRows([])
  for (const [text, topic] of rows) model.add(learnIncrements(text, { topics: [topic] }))
  return model
}

describe('learned topics on a tiny fixture', () => {
  it('routes jargon the keywords miss to the topic the workspace taught', () => {
    const model = learnedModel()
    expect(topicScores('the flurb sync is broken', DEFAULT_TAXONOMY)[0].id).toBe('reliability') // keyword "broken"
    expect(topicScores('stuck on the sprocket page', DEFAULT_TAXONOMY)).toSatisfy((s: { score: number }[]) => s[0].score < 1)
    expect(topicScores('stuck on the sprocket page', DEFAULT_TAXONOMY, { model })[0].id).toBe('onboarding')
    expect(topicScores('flurb sync dropped rows', DEFAULT_TAXONOMY, { model })[0].id).toBe('reliability')
  })
  it('forgets what an erased comment taught', () => {
    const model = learnedModel()
    for (const [text, topic] of rows) model.add(learnIncrements(text, { topics: [topic] }).map((i) => ({ ...i, delta: -i.delta })))
    for (const label of model.labels) expect(model.count(label, 'sprocket')).toBe(0)
  })
})

describe('keyword scoring', () => {
  const tax: TopicDef[] = [
    { id: 'cancelled', name: 'Cancelled', keywords: [], strong: ['cancel', 'cancelled', 'canceled', 'cancels'] },
    { id: 'service', name: 'Service', keywords: [], strong: ['on hold', 'phone'] },
  ]
  it('counts the inflections of one stem once', () => {
    const hits = keywordHits('my flight was cancelled', tax)
    expect(hits.get('cancelled')!.matches).toHaveLength(1)
    // Two distinct service signals outweigh one cancellation word.
    expect(topicScores('cancelled, and now on hold by phone for an hour', tax)[0].id).toBe('service')
  })
})

describe('one correction among many learned comments', () => {
  it('does not file other comments sharing a noun with it under its topic (QA: "whiteboard feature" → pricing)', () => {
    const model = modelFromRows([])
    // A workspace that has learned a few hundred comments about its other topics.
    const others: [string, string][] = [['support never answers my tickets', 'support'], ['the app crashes on export', 'reliability'], ['pages load so slowly', 'performance'], ['the settings menu is confusing', 'usability']]
    for (let i = 0; i < 120; i++) for (const [text, topic] of others) model.add(learnIncrements(`${text} ${i}`, { topics: [topic] }))
    model.add(learnIncrements('Great job on the whiteboard feature!', { topics: ['pricing'], strong: true }))
    for (const text of ['The whiteboard feature is great.', 'whiteboard feature is nice'])
      expect(topicScores(text, DEFAULT_TAXONOMY, { model }).filter((s) => s.score >= 1).map((s) => s.id), text).not.toContain('pricing')
  })
})
