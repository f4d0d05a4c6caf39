import { describe, expect, it } from 'vitest'
import { normalizeSentimentLabel, sentimentReader } from './sentiment-labels.ts'

const read = (values: string[]) => {
  const r = sentimentReader(values)
  if (typeof r === 'string') throw new Error(r)
  return values.map(r.read)
}

describe('sentiment labels', () => {
  it('reads the spellings labelled files use', () => {
    expect(['pos', 'Positive', '1', '+1', 'neg', 'NEGATIVE', '0', '-1', 'neutral', 'neu', 'meh'].map((l) => normalizeSentimentLabel(l)))
      .toEqual(['pos', 'pos', 'pos', 'pos', 'neg', 'neg', 'neg', 'neg', 'neu', 'neu', null])
  })
  it('decides on the whole column: 0 is neutral once it holds a -1, and numbers on a scale read by its convention', () => {
    expect(read(['1', '0'])).toEqual(['pos', 'neg'])
    expect(read(['1', '0', '-1'])).toEqual(['pos', 'neu', 'neg'])
    expect(read(['1', '3', '5'])).toEqual(['neg', 'neu', 'pos'])
    expect(read(['0', '2', '4'])).toEqual(['neg', 'neu', 'pos'])
    expect(read(['1', '2'])).toEqual(['neg', 'pos'])
    expect(read(['2', '6', '9'])).toEqual(['neg', 'neu', 'pos'])
  })
  it('says which scale it read, and refuses numbers on none', () => {
    expect((sentimentReader(['1', '5']) as { says: string }).says).toMatch(/1–5 ratings/)
    expect(sentimentReader(['pos', 'neg'])).not.toHaveProperty('says', expect.any(String))
    expect(sentimentReader(['0.2', '0.9'])).toMatch(/no scale it knows/)
    expect(sentimentReader(['1', '100'])).toMatch(/numbers up to 100/)
  })
})
