import { describe, expect, it } from 'vitest'
import { toSimplified } from './normalize.ts'
import { refusesToReturn } from './refusal.ts'
import { ruleSentiment } from './sentiment-rules.ts'

const read = (t: string) => ruleSentiment(toSimplified(t))

describe('saying one will not come back', () => {
  it('is the verdict, whatever praise surrounds it', () => {
    expect(read('速度快，价格实惠，以后不会再点了').score).toBeLessThan(-0.5)
    expect(read('The staff were lovely and the rooms clean, but we won\'t be back.').score).toBeLessThan(-0.5)
    expect(read('Great crew. Still, I will never fly with you again').score).toBeLessThan(-0.5)
    expect(read('下次不會再住了').label).toBe('negative') // Traditional
    expect(read('以后不点了').label).toBe('negative')
  })
  it('is not read into promises to return, requests or what replaced something', () => {
    expect(read('服务很好，下次还会再来').score).toBeGreaterThan(0.5)
    expect(read('以后不要放香菜，味道很好').score).toBeGreaterThan(0)
    expect(read("I'll never go back to paper, this app is great").score).toBeGreaterThan(0)
    expect(refusesToReturn('Will definitely fly with you again')).toBe(false)
    expect(refusesToReturn('不会再有虫子了')).toBe(false)
    expect(refusesToReturn('wont be back')).toBe(true)
  })
})
