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
})
