// Reviews of films and stays, as other domains' held-out sets write them: idioms a word list alone misreads.
import { describe, expect, it } from 'vitest'
import { analyzeText } from './index.ts'

const label = (t: string) => analyzeText(t).sentiment.label

describe('film reviews', () => {
  it('reads the idioms of praise and of panning', () => {
    for (const t of ['Every frame is a work of art.', 'A real crowd pleaser.', 'She gives the performance of her career.', 'The chemistry between the leads is electric.', 'A rare sequel that surpasses the original.'])
      expect(label(t), t).toBe('positive')
    for (const t of ['The plot has more holes than Swiss cheese.', 'The dialogue is cringeworthy.', 'A chore to sit through.', 'Style over substance.', 'I wanted my two hours back.'])
      expect(label(t), t).toBe('negative')
  })
  it('reads the most in a long while by its verdict, whatever negator opens it', () => {
    for (const t of ["Haven't enjoyed a movie this much in years.", "I haven't laughed so hard in ages", 'Have not had a meal this good in a long time']) expect(label(t), t).toBe('positive')
    expect(label("Haven't been this disappointed in years")).toBe('negative')
  })
  it('reads a complaint "in a good way" as praise, and "not in a good way" as a complaint', () => {
    expect(label('It left me in tears, in a good way.')).toBe('positive')
    expect(label('Disturbing in the best way')).toBe('positive')
    expect(label('I was impressed, but not in a good way.')).toBe('negative')
  })
  it('reads trying too hard as a complaint, whatever it tries to be', () => {
    expect(label('It tries too hard to be clever.')).toBe('negative')
  })
})

describe('stays and meals', () => {
  it('reads the idioms of hotel and restaurant reviews', () => {
    for (const t of ['The staff made us feel at home', 'Would stay here again in a heartbeat']) expect(label(t), t).toBe('positive')
    for (const t of ['The room smelled of smoke', 'Paper thin walls, barely slept']) expect(label(t), t).toBe('negative')
  })
})

describe('review adjectives', () => {
  it('knows the words of quality, service and rooms that AFINN lacks, in English and Chinese', () => {
    for (const t of ['Stellar support', 'The room was immaculate', 'Knowledgeable staff', 'Ideal for small teams', '服务员很友好，动作麻利', '包装崭新，货真价实'])
      expect(label(t), t).toBe('positive')
    for (const t of ['Shoddy build quality', 'Cramped, musty room', 'The agent was condescending', '客服互相推诿，处理拖拉', '做工粗制滥造'])
      expect(label(t), t).toBe('negative')
  })
  it('reads "less than" before praise as praise denied, and before a number as a measure', () => {
    for (const t of ['Your staff was less than stellar', 'Less than helpful', 'Less than ideal']) expect(label(t), t).toBe('negative')
    expect(label('Set up in less than 5 minutes')).not.toBe('negative')
  })
})
