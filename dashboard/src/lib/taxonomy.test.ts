import { describe, expect, it } from 'vitest'
import { assignIds, checkTaxonomy, parseList, slugify } from './taxonomy.ts'

describe('taxonomy editing', () => {
  it('splits keywords on ASCII and Chinese commas, trims and dedupes', () => {
    expect(parseList(' price, expensive，太贵、 price ,,', 'comma')).toEqual(['price', 'expensive', '太贵'])
    expect(parseList('one, two\nthree\n\n', 'line')).toEqual(['one, two', 'three'])
  })

  it('makes ids from names, unique, and stable for non-Latin names', () => {
    expect(slugify('Data Export!', new Set())).toBe('data_export')
    expect(slugify('Data export', new Set(['data_export']))).toBe('data_export_2')
    const zh = slugify('物流速度', new Set())
    expect(zh).toMatch(/^topic_[a-z0-9]+$/)
    expect(slugify('物流速度', new Set())).toBe(zh)
  })

  it('flags nameless and duplicate topics, and wordless ones whose name cannot find them', () => {
    const problems = checkTaxonomy([
      { id: 'a', name: 'A', keywords: ['xy'], examples: [] },
      { id: 'b', name: ' ', keywords: [], examples: [] },
      { id: 'a', name: 'A again', keywords: [], examples: ['an example'] },
      // As the API takes it: a topic with only a name is found by its name.
      { id: 'dark_mode', name: 'Dark mode', keywords: [], examples: [] },
      { id: 'c', name: 'C', keywords: [], examples: [] },
    ])
    expect(problems).toEqual([
      { index: 1, problem: 'name' },
      { index: 2, problem: 'duplicate' },
      { index: 4, problem: 'words' },
    ])
  })

  it('gives two new topics distinct ids from their names, so neither is a duplicate', () => {
    const drafts = assignIds([
      { id: 'pricing', name: 'Pricing', fresh: false },
      { id: '', name: 'Pricing', fresh: true },
      { id: '', name: 'Shipping speed', fresh: true },
      { id: '', name: '  ', fresh: true },
    ])
    expect(drafts.map((d) => d.id)).toEqual(['pricing', 'pricing_2', 'shipping_speed', ''])
    const topics = drafts.map((d) => ({ id: d.id, name: d.name, keywords: ['xy'], examples: [] }))
    expect(checkTaxonomy(topics)).toEqual([{ index: 3, problem: 'name' }])
  })

  it('refuses keywords the server would: fewer than 2 letters (or 1 Chinese character) on each side of a gap', () => {
    const bad = (keywords: string[]) => checkTaxonomy([{ id: 'a', name: 'A', keywords, examples: [] }]).find((p) => p.problem === 'keyword')?.word
    expect(bad(['api', 'c++'])).toBe('c++')
    expect(bad(['c … api'])).toBe('c … api')
    // A gap needs a word on each side: "too …" would match any "too".
    expect(bad(['too … '])).toBe('too … ')
    expect(bad(['… slow'])).toBe('… slow')
    expect(bad(['...'])).toBe('...')
    expect(bad(['c#x', '卡', 'go … slow'])).toBeUndefined()
  })
})

