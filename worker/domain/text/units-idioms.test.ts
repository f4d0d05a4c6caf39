// Idioms read as one unit, with words between their parts: what customers write when a product
// has become part of their work, when they had misgivings, when a rival or a fault comes up.
import { describe, expect, it } from 'vitest'
import { analyzeText } from './index.ts'
import { EN_PHRASE_ENTRIES, EN_PHRASES } from './lexicon-en.ts'
import { sentimentUnits } from './units.ts'

const label = (t: string) => analyzeText(t).sentiment.label

describe('depending on us', () => {
  it('reads not managing without it as praise, whatever negators it holds', () => {
    for (const t of ["Can't imagine running our CS team without it", "Don't know what we'd do without you", "We'd be lost without it", "Couldn't do my job without it now"])
      expect(label(t), t).toBe('positive')
  })
  it('leaves a fault that needs something else alone', () => {
    expect(label("Can't log in without it crashing")).toBe('negative')
    expect(label("It doesn't work without an internet connection")).not.toBe('positive')
  })
})

describe('coming to us late', () => {
  it('reads wishing one had bought or switched sooner as praise, asked or not', () => {
    for (const t of ['Wish I had bought it sooner', "Why didn't we switch to you sooner?", 'Love it. My only regret is not buying it sooner', 'I should have started using this sooner'])
      expect(label(t), t).toBe('positive')
  })
  it('leaves "sooner" about anything else alone', () => {
    expect(label('It broke sooner than I expected')).toBe('negative')
    expect(label('Would there have been a different procedure if I had discovered the theft sooner?')).not.toBe('positive')
  })
})

describe('the lowest rating', () => {
  it('reads giving zero stars as a complaint a wish does not turn', () => {
    for (const t of ['wish i could give 0', 'I would give zero stars if I could', 'If I could give it no stars I would']) expect(label(t), t).toBe('negative')
    expect(label('no brainer for any SaaS')).toBe('positive')
  })
})

describe('goods against their listing', () => {
  it('reads goods smaller than described, coming apart, and a warning to look elsewhere as complaints', () => {
    for (const t of ['Way smaller than described and the color is off', 'In person the fabric is thin and the stitching is already coming apart.', "Don't bother. There are much better options for the price."])
      expect(label(t), t).toBe('negative')
  })
})

describe('support answers', () => {
  it('reads a fault understood and a customer walked through it as praise; scripts and runarounds as complaints', () => {
    for (const t of ['Agent understood my problem right away and walked me through the fix', 'Whoever designed the new inbox deserves a raise']) expect(label(t), t).toBe('positive')
    for (const t of ['Got a canned response and the ticket was closed', 'Every time I contact support I get a different answer', 'We outgrew it, need something with proper permissions'])
      expect(label(t), t).toBe('negative')
    expect(label('They never understood my problem')).toBe('negative')
  })
})

describe('phrases', () => {
  it('are of two words or more: the matcher tries whole phrases before words, so a one-word entry would never match', () => {
    expect([...EN_PHRASES.keys()].filter((p) => !p.includes(' '))).toEqual([])
    // Listed once each: a second entry silently overrode the first ("smells like" had been a deliberate 0).
    expect(EN_PHRASE_ENTRIES.map(([p]) => p).filter((p, i, all) => all.indexOf(p) !== i)).toEqual([])
    expect(sentimentUnits('the acting was wooden').some((u) => (u.valence ?? 0) < 0)).toBe(true)
  })
})

describe('a counterfactual denied', () => {
  it('reads "couldn\'t have been better" as praise and "could not be worse" as a complaint', () => {
    for (const t of ["Couldn't have been better", "Things couldn't have gone better", "Can't get any better than this", 'Could not be better', 'I can not be happier with my purchase']) expect(label(t), t).toBe('positive')
    for (const t of ['Service could not be worse', 'Could not have gotten worse.', "It can't get any worse"]) expect(label(t), t).toBe('negative')
    expect(label('Could have been better')).toBe('negative')
  })
})
