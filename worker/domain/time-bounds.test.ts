import { describe, expect, it } from 'vitest'
import { EARLIEST_TIME, FUTURE_SLACK_MS, pastTimeProblem, plannedTimeProblem } from './time-bounds.ts'

const now = Date.parse('2026-12-04T12:00:00Z')

describe('time bounds', () => {
  it('accepts 2000-01-01 up to a day ahead, and nothing outside', () => {
    expect(pastTimeProblem(EARLIEST_TIME, now)).toBeNull()
    expect(pastTimeProblem(now + FUTURE_SLACK_MS, now)).toBeNull()
    expect(pastTimeProblem(EARLIEST_TIME - 1, now)).toMatch(/2000-01-01/)
    expect(pastTimeProblem(12, now)).toMatch(/2000-01-01/)
    expect(pastTimeProblem(now + FUTURE_SLACK_MS + 1, now)).toMatch(/future/)
    expect(pastTimeProblem(Date.parse('9999-12-31'), now)).toMatch(/future/)
  })

  it('lets planned dates (renewals) lie ahead, until 2100', () => {
    expect(plannedTimeProblem(Date.parse('2030-01-01'))).toBeNull()
    expect(plannedTimeProblem(Date.parse('9999-12-31'))).toMatch(/2100/)
    expect(plannedTimeProblem(Date.parse('1900-01-01'))).toMatch(/2000/)
  })
})
