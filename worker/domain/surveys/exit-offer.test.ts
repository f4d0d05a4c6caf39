import { describe, expect, it } from 'vitest'
import { exitOfferProblem } from './exit-offer.ts'
import type { SurveyContent } from './types.ts'

const content: SurveyContent = {
  locales: { en: { question: 'Why?' } },
  reasons: ['too_expensive', 'missing_features'],
  offers: { too_expensive: { kind: 'discount' } },
}

describe('exitOfferProblem', () => {
  it('accepts the offer the survey makes for the reason, and an answer with no offer', () => {
    expect(exitOfferProblem(content, { reason: 'too_expensive', offer: { kind: 'discount' } }, true)).toBeNull()
    expect(exitOfferProblem(content, { reason: 'missing_features', offer: null }, true)).toBeNull()
  })

  it('refuses an offer for a reason with no offer, without a reason, or of another kind, naming the field', () => {
    expect(exitOfferProblem(content, { reason: 'missing_features', offer: { kind: 'discount' } }, true)).toMatch(/^offer: /)
    expect(exitOfferProblem(content, { reason: null, offer: { kind: 'pause' } }, true)).toMatch(/^offer: /)
    expect(exitOfferProblem(content, { reason: 'too_expensive', offer: { kind: 'downgrade' } }, true)).toMatch(/^offer\.kind: /)
    // Not fooled by what every object has.
    expect(exitOfferProblem(content, { reason: 'constructor', offer: { kind: 'discount' } }, true)).toMatch(/^offer: /)
  })

  it('an answer from an earlier version is not refused for offers edited since, but still needs its reason', () => {
    expect(exitOfferProblem(content, { reason: 'missing_features', offer: { kind: 'pause' } }, false)).toBeNull()
    expect(exitOfferProblem(content, { reason: null, offer: { kind: 'pause' } }, false)).toMatch(/^offer: /)
  })
})
