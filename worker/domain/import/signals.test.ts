import { describe, expect, it } from 'vitest'
import { validateSignalsCsv } from './signals.ts'

const now = Date.parse('2025-06-01T00:00:00Z')

describe('validateSignalsCsv', () => {
  it('parses customer,type,at,value rows', () => {
    const csv = '\uFEFFcustomer,type,at,value\r\nc1,purchase,2025-05-01,19.99\r\nc1,login,1746057600000,\r\n"c,2",complaint,2025-05-03T08:00:00+02:00,\r\n'
    const { rows, errors } = validateSignalsCsv(csv, { now })
    expect(errors).toEqual([])
    expect(rows).toEqual([
      { customer: 'c1', type: 'purchase', at: Date.parse('2025-05-01T00:00:00Z'), value: 19.99 },
      { customer: 'c1', type: 'login', at: 1746057600000 },
      { customer: 'c,2', type: 'complaint', at: Date.parse('2025-05-03T06:00:00Z') },
    ])
  })

  it('reports bad rows and imports none', () => {
    const csv = 'customer,type,at,value\n' +
      'c1,login,2025-05-01,\n' +
      'c1,logout,2025-05-01,\n' +
      ',purchase,,abc\n' +
      'c2,purchase,2030-01-01,5\n'
    const { rows, errors } = validateSignalsCsv(csv, { now })
    expect(rows).toEqual([])
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'type'],
      [4, 'customer'],
      [4, 'at'],
      [4, 'value'],
      [5, 'at'],
    ])
    expect(errors[0].message).toMatch(/unknown type "logout"/)
    expect(errors[4].message).toBe('at must not be more than a day in the future')
  })

  it('refuses placeholder and unit-mistake dates: before 2000 or past tomorrow', () => {
    const csv = 'customer,type,at\nc1,login,1900-01-01\nc1,login,12\nc1,login,9999-12-31\nc1,login,2000-01-01\n'
    const { errors } = validateSignalsCsv(csv, { now })
    expect(errors.map((e) => [e.line, e.column])).toEqual([[2, 'at'], [3, 'at'], [4, 'at']])
    expect(errors[0].message).toMatch(/on or after 2000-01-01/)
  })

  it('rejects a wrong header', () => {
    const { errors } = validateSignalsCsv('customer,kind,when\nc1,login,2025-01-01\n', { now })
    expect(errors).toEqual([{ line: 1, column: null, message: 'missing column(s) type, at; unknown column(s) kind, when (expected customer,type,at,value)' }])
  })
})
