import { describe, expect, it } from 'vitest'
import { phrasesOf } from './themes-phrases.ts'

const surfaces = (text: string) => {
  const out: string[] = []
  phrasesOf(text, (_key, surface, size) => { if (size === 2) out.push(surface) })
  return out
}

describe('candidate theme phrases', () => {
  it('holds articles, prepositions and conjunctions inside a phrase, never pronouns or auxiliaries', () => {
    expect(surfaces('please let me export to excel')).toContain('export to excel')
    expect(surfaces('no integration with salesforce yet')).toContain('integration with salesforce')
    const fragments = [...surfaces('the new pricing is hard to justify for a team our size'), ...surfaces('reports page is slow on monday')]
    expect(fragments).not.toContain('team our size')
    expect(fragments.some((p) => / (our|is|my|we|can) /.test(p))).toBe(false)
    expect(fragments).toContain('reports page')
  })

  it('ends a two-word phrase on a generic noun it names, never starts one on it or stands it alone', () => {
    expect(surfaces('no mobile app, so I cannot see numbers')).toContain('mobile app')
    expect(surfaces('the app is slow, apps page too')).toEqual([])
    expect(surfaces('the apple watch app crashes')).not.toContain('apple watch app')
  })

  it('adverbs, time words and generic verbs start or end no phrase', () => {
    const said = [...surfaces('The dashboard crashed twice during our board meeting'), ...surfaces('Honestly Amplitude does this better'),
      ...surfaces('Not worth the money anymore'), ...surfaces('even our sales team uses it'), ...surfaces('I cannot check numbers on the go')]
    expect(said).toContain('board meeting')
    expect(said.filter((p) => /\b(twice|during|honestly|anymore|team|check)\b/.test(p))).toEqual([])
  })
})
