import { describe, expect, it } from 'vitest'
import { topicLookup, validateTextExamples } from '../../worker/domain/import/text-examples.ts'
import { examplesCsv, renameColumns } from './train.ts'

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
})
