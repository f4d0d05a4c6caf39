import { describe, expect, it } from 'vitest'
import { backtestText } from './Backtest.tsx'

describe('backtestText', () => {
  it('reads the API report: recall, lead, high-tier precision, precision at k', () => {
    const text = backtestText({
      churners: 12, recall: { value: 0.75 }, medianLeadDays: 21,
      tierPrecision: { high: { value: 0.4 }, medium: { value: 0.2 } }, precisionAtK: { value: 0.11, k: 50 },
    })
    expect(text).toBe('On past data: 75% of the customers who left were flagged beforehand; a median of 21 days ahead; 40% of high-tier flags were right; 11% of the top 50 each week left.')
  })

  it('leaves out the figures the data cannot give', () => {
    const text = backtestText({ churners: 9, recall: { value: 0 }, medianLeadDays: null, tierPrecision: { high: { value: null } }, precisionAtK: { value: 0.11, k: 50 } })
    expect(text).toBe('On past data: 0% of the customers who left were flagged beforehand; 11% of the top 50 each week left.')
  })

  it('says why there is no figure when nobody left', () => {
    expect(backtestText({ churners: 0, recall: { value: null }, medianLeadDays: null, precisionAtK: { value: null, k: 50 } })).toMatch(/No customer has left/)
  })
})
