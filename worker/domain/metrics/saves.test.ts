import { describe, expect, it } from 'vitest'
import { saveRate, saveRateFromCounts, savedStillActiveFromCounts, savedStillActiveRate } from './saves.ts'

const DAY = 86_400_000

describe('save figures', () => {
  it('save rate: flows ending in an accepted offer / flows started', () => {
    const flows = [
      { customerId: 'a', at: 0, offerAccepted: true },
      { customerId: 'b', at: 0, offerAccepted: false },
      { customerId: 'c', at: 0, offerAccepted: true },
      { customerId: 'd', at: 0, offerAccepted: false },
    ]
    expect(saveRate(flows)).toEqual({ value: 50, saved: 2, started: 4 })
    expect(saveRate([]).value).toBeNull()
  })

  it('a saved customer who leaves within 30 days was not saved', () => {
    const now = 100 * DAY
    const flows = [
      { customerId: 'stays', at: 10 * DAY, offerAccepted: true },
      { customerId: 'leaves-next-month', at: 10 * DAY, offerAccepted: true },
      { customerId: 'leaves-later', at: 10 * DAY, offerAccepted: true },
      { customerId: 'too-recent', at: 90 * DAY, offerAccepted: true },
      { customerId: 'declined', at: 10 * DAY, offerAccepted: false },
    ]
    const churned: Record<string, number> = { 'leaves-next-month': 25 * DAY, 'leaves-later': 60 * DAY, 'too-recent': 95 * DAY }
    // Due: stays, leaves-next-month, leaves-later (3); still active at day 40: stays, leaves-later.
    const figure = savedStillActiveRate(flows, (id) => churned[id], now)
    expect(figure.saved).toBe(3)
    expect(figure.stillActive).toBe(2)
    expect(figure.value).toBeCloseTo(66.6667, 3)
  })

  it('counted forms: 30 saved of 120 started is 25%; 18 of 24 still active is 75%', () => {
    expect(saveRateFromCounts(30, 120)).toEqual({ value: 25, saved: 30, started: 120 })
    expect(savedStillActiveFromCounts(18, 24)).toEqual({ value: 75, stillActive: 18, saved: 24 })
    expect(saveRateFromCounts(0, 0).value).toBeNull()
  })
})
