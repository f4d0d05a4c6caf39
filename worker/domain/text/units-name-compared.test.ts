import { describe, expect, it } from 'vitest'
import { tokenize } from './tokenize.ts'
import { nameComparedAt } from './units-name-compared.ts'

const comparedAt = (text: string, word: string) => {
  const toks = tokenize(text, false)
  return nameComparedAt(toks, toks.findIndex((t) => t.text === word))
}

describe('a rival compared in its own clause', () => {
  it('takes a name called better or cheaper, and a business down the road or round the corner', () => {
    expect(comparedAt('honestly Gusto was easier to set up', 'gusto')).toBe(true)
    expect(comparedAt('the place down the road is cheaper', 'place')).toBe(true)
    expect(comparedAt('the gym round the corner is way nicer', 'gym')).toBe(true)
  })
  it('leaves our own things, a comparison with "than", and a place that is no business', () => {
    expect(comparedAt('Reporting is way better now', 'reporting')).toBe(false)
    expect(comparedAt('Typeform is way better than you', 'typeform')).toBe(false)
    expect(comparedAt('the road down the hill is steeper', 'road')).toBe(false)
  })
})
