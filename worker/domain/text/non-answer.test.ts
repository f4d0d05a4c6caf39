import { describe, expect, it } from 'vitest'
import { analyzeText } from './index.ts'
import { learnIncrements } from './learn.ts'
import { isNonAnswer } from './non-answer.ts'

describe('non-answers', () => {
  it('knows what people type to skip a follow-up question, in each language we read', () => {
    for (const t of ['no', 'No.', 'Nope', 'N/A', 'n/a', 'none', 'Nothing to add', 'nothing really', 'No comment', 'no thanks', '-', '...',
      '无', '没有', '暂无', '没有意见', '没什么建议', '暂时没什么建议', '目前没有其他意见', '没了', 'nada', 'rien à signaler', 'nichts']) expect(isNonAnswer(t), t).toBe(true)
  })
  it('leaves real answers alone, however short', () => {
    for (const t of ['no complaints', 'nothing works', 'No support at all', 'none of the exports work', 'Nope, still broken', '👍', 'ok',
      '没有客服', '无法登录', '没有问题']) expect(isNonAnswer(t), t).toBe(false)
  })
  it('gives a non-answer no sentiment and no topic, where a bare negator used to read as a complaint', () => {
    for (const t of ['No', 'Nothing', 'No comment', '没有', '无', '無']) {
      const a = analyzeText(t)
      expect(a.sentiment.label, t).toBe('neutral')
      expect(a.sentiment.score, t).toBe(0)
      expect(a.topics, t).toEqual([])
    }
    expect(analyzeText('No support at all').sentiment.label).toBe('negative')
  })
  it('teaches the workspace model nothing from a scored non-answer, but keeps what a person labelled', () => {
    expect(learnIncrements('nothing', { sentiment: 'neg' })).toEqual([])
    expect(learnIncrements('slow exports', { sentiment: 'neg' }).length).toBeGreaterThan(0)
    expect(learnIncrements('nothing', { sentiment: 'neu', strong: true }).length).toBeGreaterThan(0)
  })
})
