import { describe, expect, it } from 'vitest'
import { tokenize } from './tokenize.ts'

describe('tokenize', () => {
  it('lower-cases words and splits contractions', () => {
    expect(tokenize("Wouldn't buy").map((t) => t.text)).toEqual(['would', 'not', 'buy'])
  })
  it('marks a Capitalised word after another as named, and one opening a sentence or clause as opening', () => {
    const toks = tokenize('Typeform does this. Honestly Google Forms too! and Hotjar')
    const flags = (w: string) => { const t = toks.find((x) => x.text === w)!; return [t.named ?? false, t.opening ?? false] }
    expect(flags('typeform')).toEqual([false, true])
    expect(flags('honestly')).toEqual([false, true])
    expect(flags('google')).toEqual([true, false])
    expect(flags('forms')).toEqual([true, false])
    expect(flags('does')).toEqual([false, false])
    expect(flags('hotjar')).toEqual([true, false])
    // After a comma a Capitalised word opens a clause ("thanks but no, Asana does what we need"); after "the" it is named.
    expect(tokenize('Thanks but no, Asana does it').find((t) => t.text === 'asana')?.opening).toBe(true)
    expect(tokenize('we use the Asana board').find((t) => t.text === 'asana')?.opening).toBeUndefined()
  })
  it('keeps a Han run whole when not segmenting, and emoji as tokens', () => {
    expect(tokenize('很好用👍', false).map((t) => [t.text, t.kind])).toEqual([['很好用', 'han'], ['👍', 'emoji']])
  })
})
