// A realistic alert for `POST /v1/destinations/{id}/test`: it exercises every part of a message.
import type { StoredAlert } from './types.ts'

export function sampleAlert(now: number): StoredAlert {
  return {
    id: `alt_test_${now}`,
    createdAt: now,
    kind: 'detractor',
    severity: 'high',
    dedupeKey: `test:${now}`,
    customerId: 'sample_customer',
    responseId: 'sample_response',
    data: {
      customer: { id: 'sample_customer', name: 'Sample Customer', email: null, locale: 'en', plan: 'Pro', revenue: 99, valueTier: 'mid', traits: { sample: true } },
      response: {
        id: 'sample_response',
        surveyId: 'sample_survey',
        surveyKind: 'nps',
        surveyName: 'Sample NPS',
        question: { id: 'nps', label: 'How likely are you to recommend us to a friend or colleague?' },
        score: 3,
        comment: 'This is a test alert from Stayloop. Pricing went up and support is slow.',
        locale: 'en',
        finished: true,
        createdAt: now,
        sentiment: { label: 'negative', score: -0.6, confidence: 0.85 },
        topics: [{ id: 'pricing', confidence: 0.9 }, { id: 'support', confidence: 0.8 }],
      },
      risk: { score: 72, tier: 'high', previousTier: 'medium', reasons: [{ code: 'usage_decline', text: 'logins down 60% vs. the 60 days before' }] },
      trigger: 'NPS 3 (detractor: 0-6) [test]',
    },
  }
}
