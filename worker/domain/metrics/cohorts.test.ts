import { describe, expect, it } from 'vitest'
import { addMonths, cohortRetention, cohortTable } from './cohorts.ts'

const at = (iso: string) => Date.parse(iso)

describe('cohort retention', () => {
  const january = [
    { firstSeenAt: at('2025-01-05T00:00:00Z'), activeMonths: ['2025-01', '2025-02', '2025-03'] },
    { firstSeenAt: at('2025-01-20T00:00:00Z'), activeMonths: ['2025-01', '2025-02'] },
    { firstSeenAt: at('2025-01-31T23:00:00Z'), activeMonths: ['2025-01'] },
    { firstSeenAt: at('2025-01-10T00:00:00Z'), activeMonths: ['2025-01', '2025-03'] },
  ]
  const february = [{ firstSeenAt: at('2025-02-02T00:00:00Z'), activeMonths: ['2025-02', '2025-03'] }]

  it('groups by first month and counts each later month', () => {
    const rows = cohortRetention([...january, ...february], at('2025-03-15T00:00:00Z'))
    expect(rows.map((r) => [r.cohort, r.size])).toEqual([['2025-01', 4], ['2025-02', 1]])
    expect(rows[0].months.map((m) => [m.month, m.active, m.rate])).toEqual([
      ['2025-01', 4, 100],
      ['2025-02', 2, 50],
      ['2025-03', 2, 50],
    ])
    expect(rows[1].months.map((m) => m.rate)).toEqual([100, 100])
  })

  it('is unaffected by newer customers', () => {
    const before = cohortRetention(january, at('2025-03-15T00:00:00Z'))
    const newcomers = Array.from({ length: 50 }, () => ({ firstSeenAt: at('2025-03-01T00:00:00Z'), activeMonths: ['2025-03'] }))
    const after = cohortRetention([...january, ...newcomers], at('2025-03-15T00:00:00Z'))
    expect(after[0]).toEqual(before[0])
    expect(after[1]).toMatchObject({ cohort: '2025-03', size: 50 })
  })

  it('month arithmetic crosses years', () => {
    expect(addMonths('2024-11', 3)).toBe('2025-02')
    expect(addMonths('2025-01', 0)).toBe('2025-01')
  })

  it('the counted form gives the same table as the member form', () => {
    const members = [...january, ...february]
    const asOf = at('2025-03-15T00:00:00Z')
    const counts = new Map([['2025-01|2025-02', 2], ['2025-01|2025-03', 2], ['2025-02|2025-03', 1]])
    const table = cohortTable([{ cohort: '2025-02', size: 1 }, { cohort: '2025-01', size: 4 }], (c, m) => counts.get(`${c}|${m}`) ?? 0, asOf)
    expect(table).toEqual(cohortRetention(members, asOf))
  })
})
