import { describe, expect, it } from 'vitest'
import { bucket, inSample } from './hash.ts'
import { inSample as serverInSample, fnv1a } from '../../../worker/domain/surveys/eligibility.ts'

describe('sticky sampling', () => {
  it('uses FNV-1a 32-bit (known vectors) mod 100', () => {
    expect(fnv1a('a')).toBe(0xe40c292c)
    expect(bucket('a', 'b')).toBe(fnv1a('a:b') % 100)
  })

  it('decides exactly like the server, for many people and rates', () => {
    for (let i = 0; i < 500; i++) {
      const person = 'c' + i * 7919
      for (const rate of [0, 1, 25, 50, 99, 100]) expect(inSample(person, 'srv_' + (i % 7), rate)).toBe(serverInSample(person, 'srv_' + (i % 7), rate))
    }
  })

  it('is sticky and roughly uniform', () => {
    expect(inSample('same', 'srv', 40)).toBe(inSample('same', 'srv', 40))
    let inside = 0
    for (let i = 0; i < 10000; i++) if (inSample(crypto.randomUUID(), 'srv_nps', 30)) inside++
    expect(inside).toBeGreaterThan(2700)
    expect(inside).toBeLessThan(3300)
  })
})
