import { describe, expect, it } from 'vitest'
import { topicLookup, validateTextExamples } from './text-examples.ts'

const topics = topicLookup([{ id: 'pricing', name: 'Pricing' }, { id: 'late', name: 'Late Flight' }])

describe('validateTextExamples', () => {
  it('reads a TSV as stayloop eval does: quotes are text, test rows and unlabelled rows are left out', () => {
    const tsv = 'text\tlabel\ttopic\tsplit\n' +
      'The "pro" plan is too expensive\tneg\tpricing\tdev\n' +
      '太贵了\tnegative\tPricing|late flight\tdev\n' +
      'Great app\tpos\t\ttest\n' +
      'No label here\t\t\tdev\n' +
      'Loved it\t1\t\t\n'
    const { rows, errors, skipped } = validateTextExamples(tsv, 'tsv', topics)
    expect(errors).toEqual([])
    expect(skipped).toBe(2)
    expect(rows).toEqual([
      { line: 2, text: 'The "pro" plan is too expensive', sentiment: 'neg', topics: ['pricing'] },
      { line: 3, text: '太贵了', sentiment: 'neg', topics: ['pricing', 'late'] },
      { line: 6, text: 'Loved it', sentiment: 'pos', topics: [] },
    ])
  })

  it('reads quoted CSV with commas and line breaks inside a comment', () => {
    const csv = 'comment,sentiment\n"Slow, and it crashed\ntwice",negative\n'
    const { rows, errors } = validateTextExamples(csv, 'csv', topics)
    expect(errors).toEqual([])
    expect(rows).toEqual([{ line: 2, text: 'Slow, and it crashed\ntwice', sentiment: 'neg', topics: [] }])
  })

  it('reports every bad row with its line and column, and accepts none', () => {
    const tsv = 'text\tsentiment\ttopics\n' +
      'fine\tpos\t\n' +
      'meh\tmaybe\t\n' +
      '\tneg\t\n' +
      'what\tneg\tweather\n' +
      'a\tpos\t\textra\n' +
      'unlabelled, short\n' +
      `${'x'.repeat(5001)}\tneg\t\n`
    const { rows, errors } = validateTextExamples(tsv, 'tsv', topics)
    expect(rows).toEqual([])
    expect(errors).toEqual([
      { line: 3, column: 'sentiment', message: '"maybe" is not a sentiment (pos, neg or neutral)' },
      { line: 4, column: 'text', message: 'text is empty' },
      { line: 5, column: 'topics', message: '"weather" is not a topic of this workspace' },
      { line: 6, column: null, message: 'expected 3 fields, found 4' },
      { line: 8, column: 'text', message: 'text longer than 5000 characters' },
    ])
  })

  it('needs a text column and a label column', () => {
    expect(validateTextExamples('text\n hello\n', 'tsv', topics).errors[0].message).toMatch(/header needs a text column/)
    expect(validateTextExamples('', 'csv', topics).errors[0].line).toBe(1)
  })

  it('says when a file has the other separator, not just that its columns are missing', () => {
    expect(validateTextExamples('text,label\ngreat,pos\n', 'tsv', topics).errors[0].message)
      .toBe('header needs a text column and a sentiment (or label) and/or topic column; the file looks comma-separated but is read as tab-separated')
    expect(validateTextExamples('text\tlabel\ngreat\tpos\n', 'csv', topics).errors[0].message).toMatch(/looks tab-separated but is read as comma-separated$/)
  })

  it('caps the rows of one file', () => {
    const tsv = 'text\tlabel\n' + Array.from({ length: 4 }, (_, i) => `t${i}\tpos`).join('\n')
    const { rows, errors } = validateTextExamples(tsv, 'tsv', topics, { maxRows: 3 })
    expect(rows).toEqual([])
    expect(errors).toEqual([{ line: 0, column: null, message: 'too many labelled rows: 4 (at most 3 per file)' }])
  })
})

describe('sentiment labels', () => {
  it('reads numbers as the whole column uses them: 0 is neutral beside -1, and stars by their convention', () => {
    const sentiments = (tsv: string) => validateTextExamples(tsv, 'tsv', topics).rows.map((r) => r.sentiment)
    expect(sentiments('text\tlabel\ngreat\t1\nok\t0\nbad\t-1\n')).toEqual(['pos', 'neu', 'neg'])
    expect(sentiments('text\tlabel\nawful\t1\nmeh\t3\ngreat\t5\n')).toEqual(['neg', 'neu', 'pos'])
    expect(validateTextExamples('text\tlabel\nawful\t0.1\n', 'tsv', topics).errors).toEqual([{ line: 1, column: 'label', message: 'label holds numbers ("0.1") on no scale it knows' }])
  })
})

describe('dropUnknownTopics', () => {
  it('drops labels outside the taxonomy instead of failing, and counts them', () => {
    const tsv = "text\treason\nwhere is my plane\tLate Flight\nno idea\tCan't Tell\n"
    const strict = validateTextExamples(tsv, 'tsv', topics)
    expect(strict.errors).toEqual([{ line: 3, column: 'reason', message: '"Can\'t Tell" is not a topic of this workspace' }])
    const lenient = validateTextExamples(tsv, 'tsv', topics, { dropUnknownTopics: true })
    expect(lenient.errors).toEqual([])
    expect(lenient.rows).toEqual([{ line: 2, text: 'where is my plane', sentiment: null, topics: ['late'] }])
    expect(lenient.skipped).toBe(1)
    expect(lenient.droppedTopics).toBe(1)
  })
})

describe('topicLookup', () => {
  it('maps what labelled files call the default topics onto them, without overriding a workspace\'s own names', () => {
    const m = topicLookup([{ id: 'reliability', name: 'Reliability' }, { id: 'missing_feature', name: 'Missing feature' }, { id: 'speed', name: 'Speed' }, { id: 'performance', name: 'Performance' }])
    expect(m.get('bug')).toBe('reliability')
    expect(m.get('feature request')).toBe('missing_feature')
    expect(m.get('quality_issues')).toBe('reliability')
    // "speed" is an alias of performance, but this workspace has a topic of that id: its own wins.
    expect(m.get('speed')).toBe('speed')
    expect(m.get('price')).toBeUndefined() // no pricing topic here
  })

  it('takes topics named like built-in names ("constructor", "toString") as they are, in ids and in headers', () => {
    const m = topicLookup([{ id: 'constructor' }, { id: 'toString' }])
    expect([...m]).toEqual([['constructor', 'constructor'], ['tostring', 'toString']])
    const { rows, errors } = validateTextExamples('text\ttopics\t__proto__\nhello\tconstructor\tx\n', 'tsv', m)
    expect(errors).toEqual([])
    expect(rows.map((r) => r.topics)).toEqual([['constructor']])
  })
})
