import { describe, expect, it } from 'vitest'
import { withTopicNames } from './topic-names.ts'

describe('withTopicNames', () => {
  it('labels topics the workspace renamed or added, and leaves default names to the alert language', () => {
    const taxonomy = [
      { id: 'billing', name: 'Billing', keywords: ['bill'] },
      { id: 'pricing', name: 'Plans & pricing', keywords: ['price'] },
      { id: 'sso', name: 'Single sign-on', keywords: ['sso'] },
    ]
    const out = withTopicNames([{ id: 'billing', confidence: 0.9 }, { id: 'pricing' }, { id: 'sso' }], taxonomy)
    expect(out).toEqual([
      { id: 'billing', confidence: 0.9 },
      { id: 'pricing', label: 'Plans & pricing', confidence: undefined },
      { id: 'sso', label: 'Single sign-on', confidence: undefined },
    ])
    expect(withTopicNames([{ id: 'billing' }], null)).toEqual([{ id: 'billing', confidence: undefined }])
  })
})
