import { describe, expect, it } from 'vitest'
import { churnReasonProblem } from './churn-reason.ts'

describe('churn reasons', () => {
  it('keeps "inactive" for the churns Stayloop marks, in any case and spacing', () => {
    for (const r of ['inactive', 'Inactive', ' INACTIVE ']) expect(churnReasonProblem(r), r).toMatch(/kept for the churns Stayloop marks/)
    for (const r of ['price', 'inactive users', 'moving']) expect(churnReasonProblem(r), r).toBeNull()
  })
  it('takes at most 500 characters', () => {
    expect(churnReasonProblem('x'.repeat(500))).toBeNull()
    expect(churnReasonProblem('x'.repeat(501))).toMatch(/500/)
  })
})
