import { describe, expect, it } from 'vitest'
import { businessName, knownWord, lowerCaseName, movedToNoRival } from './names.ts'
import type { Token } from './tokenize.ts'

const word = (text: string): Token => ({ text, kind: 'word' })
const after = (text: string) => (k: number) => text.split(' ')[k] ?? ''

describe('names', () => {
  it('knows the words the shipped lists know, and takes an unknown uninflected lower-case word for a name', () => {
    expect(knownWord('great')).toBe(true)
    for (const w of ['asana', 'trello', 'telus', 'parkmobile']) expect(lowerCaseName(word(w)), w).toBe(true)
    for (const w of ['anticipated', 'csv', 'london', 'app', 'slow']) expect(lowerCaseName(word(w)), w).toBe(false)
  })
  it('takes a capitalised word mid-sentence for a business unless a list knows it, it is a place or it is ours', () => {
    expect(businessName({ text: 'typeform', kind: 'word', named: true })).toBe(true)
    for (const w of ['germany', 'excel', 'great']) expect(businessName({ text: w, kind: 'word', named: true }), w).toBe(false)
    expect(businessName(word('typeform'))).toBe(false)
  })
  it('reads a place, a home or a relative\'s account one moves to as no rival, and a business as one', () => {
    for (const t of ['accra next month', 'a flat with heating', "my partner 's account", 'home', 'the pro plan last month', 'annual billing', 'a cheaper tier']) expect(movedToNoRival(after(t)), t).toBe(true)
    for (const t of ['asana next month', 'my old bank', 'the competition']) expect(movedToNoRival(after(t)), t).toBe(false)
  })
})
