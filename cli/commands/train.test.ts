import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { topicLookup, validateTextExamples } from '../../worker/domain/import/text-examples.ts'
import { examplesCsv, renameColumns, run } from './train.ts'

afterEach(() => vi.restoreAllMocks())

const topics = topicLookup([{ id: 'late', name: 'Late Flight' }, { id: 'pricing', name: 'Pricing' }])

describe('stayloop train', () => {
  it('renames the chosen columns in the header only', () => {
    const tsv = 'text\tairline_sentiment\tnegativereason\nlate again\tnegative\tLate Flight\n'
    const renamed = renameColumns(tsv, 'tsv', { airline_sentiment: 'sentiment', negativereason: 'topics' })
    expect(renamed).toBe('text\tsentiment\ttopics\nlate again\tnegative\tLate Flight\n')
    expect(validateTextExamples(renamed, 'tsv', topics).rows).toEqual([{ line: 2, text: 'late again', sentiment: 'neg', topics: ['late'] }])
  })

  it('sends a CSV the server reads back to the same examples, quotes, commas and line breaks included', () => {
    const rows = [
      { line: 2, text: 'Said "soon", waited\n3 hours', sentiment: 'neg' as const, topics: ['late', 'pricing'] },
      { line: 3, text: '很好', sentiment: 'pos' as const, topics: [] },
      { line: 4, text: 'only a topic', sentiment: null, topics: ['pricing'] },
    ]
    const back = validateTextExamples(examplesCsv(rows), 'csv', topics)
    expect(back.errors).toEqual([])
    expect(back.rows.map(({ text, sentiment, topics: t }) => ({ text, sentiment, topics: t })))
      .toEqual(rows.map(({ text, sentiment, topics: t }) => ({ text, sentiment, topics: t })))
  })

  it('says once that nothing was learned from a header-only file', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'train-')), 'empty.tsv')
    writeFileSync(file, 'text\tsentiment\n')
    // The server as it answers such a file.
    vi.stubGlobal('fetch', vi.fn(async (url: string) => String(url).endsWith('/v1/taxonomy')
      ? Response.json({ topics: [{ id: 'pricing', name: 'Pricing' }] })
      : Response.json({ error: { code: 'invalid_request', message: '1 problem(s) in the file; nothing learned', details: [{ line: 1, column: null, message: 'no labelled rows to learn from' }] } }, { status: 400 })))
    const said: string[] = []
    vi.spyOn(console, 'error').mockImplementation((line: string) => { said.push(line) })
    expect(await run([file, '--key', 'sk_test', '--host', 'http://stayloop.test'])).toBe(1)
    const out = said.join('\n')
    expect(out).toContain('no labelled rows to learn from')
    expect(out.match(/nothing learned/g)).toHaveLength(1)
    vi.unstubAllGlobals()
  })
})
