import { describe, expect, it } from 'vitest'
import { contradictedLabels, SWAP_MIN_READ } from './labels-swapped.ts'
import type { TextExampleRow } from './text-examples.ts'

const rows = (pairs: [string, 'pos' | 'neg'][]): TextExampleRow[] => pairs.map(([text, sentiment], i) => ({ line: i + 2, text, sentiment, topics: [] }))
const praise = (i: number) => `I love it, great product ${i}`
const complaint = (i: number) => `Terrible, it crashes all the time ${i}`

describe('labels that contradict the rules', () => {
  it('finds a file whose pos and neg are swapped, naming an example', () => {
    const swapped = rows(Array.from({ length: 60 }, (_, i): [string, 'pos' | 'neg'] => (i % 2 ? [praise(i), 'neg'] : [complaint(i), 'pos'])))
    const found = contradictedLabels(swapped)
    expect(found).not.toBeNull()
    expect(found!.agreeing).toBe(0)
    expect(found!.example.label).toMatch(/pos|neg/)
  })
  it('takes a file the rules mostly agree with, and one where a team teaches a word the rules misread', () => {
    const right = rows(Array.from({ length: 60 }, (_, i): [string, 'pos' | 'neg'] => (i % 2 ? [praise(i), 'pos'] : [complaint(i), 'neg'])))
    expect(contradictedLabels(right)).toBeNull()
    // "sick" means great to this team: the rules misread those rows, the rest agree.
    const slang = rows([...Array.from({ length: 30 }, (_, i): [string, 'pos' | 'neg'] => [`this update is sick ${i}`, 'pos']), ...right.map((r): [string, 'pos' | 'neg'] => [r.text, r.sentiment as 'pos' | 'neg'])])
    expect(contradictedLabels(slang)).toBeNull()
  })
  it('claims nothing on a file too small to tell', () => {
    const few = rows(Array.from({ length: SWAP_MIN_READ - 1 }, (_, i): [string, 'pos' | 'neg'] => [praise(i), 'neg']))
    expect(contradictedLabels(few)).toBeNull()
  })
})
