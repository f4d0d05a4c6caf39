// Idioms of time, read as one unit: waits, set-up times, things done promptly, things that took
// weeks, weight lost.
import { describe, expect, it } from 'vitest'
import { analyzeText } from './index.ts'
import { ruleSentiment } from './sentiment-rules.ts'

const label = (t: string) => analyzeText(t).sentiment.label

describe('waits and set-up times', () => {
  it('reads a wait counted in hours or more as a complaint, even with praise after it', () => {
    for (const t of ['Waited 4 days for a reply to a simple question', 'Been waiting for over a week', 'Everyone enjoyed waiting an hour and a half in baggage claim']) expect(label(t), t).toBe('negative')
    expect(label('Waited 5 minutes and got a great answer')).toBe('positive')
  })
  it('reads getting set up in minutes as praise, though word counts hear a wait in "took" and "minutes"', () => {
    for (const t of ['Setup took five minutes and my team was using it the same day', 'It took 5 minutes to set up', 'Installation was a couple of minutes', 'It took only ten minutes to get started']) expect(label(t), t).toBe('positive')
    expect(label('Took 45 minutes to get our food')).toBe('negative')
  })
  it('reads what took weeks as a complaint, even after praise, and a quicker time as none', () => {
    for (const t of ['Certificate took a month to arrive', 'The refund took over three weeks']) expect(label(t), t).toBe('negative')
    expect(label('Quality is great but delivery took almost three weeks')).toBe('mixed')
    // More than a minute is slow for a screen; two "about" words in a row once looped forever.
    for (const t of ['Filtering 10k responses takes over a minute', 'It took over more than a minute to load']) expect(label(t), t).toBe('negative')
    // Days are no complaint by the rules (word counts may still lean on "took").
    expect(ruleSentiment('took two days to arrive').label).toBe('neutral')
  })
})

describe('things done promptly', () => {
  it('reads a deed done within hours or in minutes as praise', () => {
    for (const t of ['Coach replies within hours and actually reads my logs', 'Opened an account in ten minutes from my couch', 'They refunded me within 48 hours', 'The onboarding call got us live in a day'])
      expect(label(t), t).toBe('positive')
  })
  it('needs a deed before it, and minutes few enough to be prompt', () => {
    expect(label('It broke within a week')).toBe('negative')
    expect(label('Our food arrived in 90 minutes')).not.toBe('positive')
    expect(label('There are 3 surveys in a day')).toBe('neutral')
  })
})

describe('weight lost', () => {
  it('reads weight lost as the result a health app is for, and other losses as complaints', () => {
    for (const t of ['Lost 8 kg with this app, the meal plans are easy to follow', 'Dropped 20 pounds since January']) expect(label(t), t).toBe('positive')
    for (const t of ['Lost all my progress after the update', 'Lost my data']) expect(label(t), t).toBe('negative')
  })
})
