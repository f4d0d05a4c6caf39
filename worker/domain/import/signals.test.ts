import { describe, expect, it } from 'vitest'
import { validateSignalsCsv } from './signals.ts'
import { MAX_AMOUNT } from '../amount-bounds.ts'

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

  it('refuses a value past the JSON route\'s bound, or one too big to be a number (1e400), naming row and column', () => {
    const csv = 'customer,type,at,value\n' +
      `k01,purchase,2025-05-02T10:00:00Z,${MAX_AMOUNT}\n` +
      'k01,purchase,2025-05-02T10:00:00Z,1e400\n' +
      'k01,purchase,2025-05-02T10:00:00Z,1e308\n' +
      'k01,purchase,2025-05-02T10:00:00Z,-1e400\n'
    const { rows, errors } = validateSignalsCsv(csv, { now })
    expect(rows).toEqual([])
    expect(errors).toEqual([
      { line: 3, column: 'value', message: `value must be at most ${MAX_AMOUNT}` },
      { line: 4, column: 'value', message: `value must be at most ${MAX_AMOUNT}` },
      { line: 5, column: 'value', message: `value must be at least ${-MAX_AMOUNT}` },
    ])
  })

  it('rejects a wrong header', () => {
    const { errors } = validateSignalsCsv('customer,kind,when\nc1,login,2025-01-01\n', { now })
    expect(errors).toEqual([{ line: 1, column: null, message: 'missing column(s) type, at; unknown column(s) kind, when (expected customer,type,at,value and, for cancellations, reason)' }])
    expect(validateSignalsCsv('customer\ttype\tat\nc1\tlogin\t2025-01-01\n', { now }).errors[0].message).toMatch(/; the file looks tab-separated, and imports read comma-separated files$/)
  })
  it('takes a cancellation\'s reason, and refuses one elsewhere, "inactive", or a customer id longer than the API takes', () => {
    const ok = validateSignalsCsv('customer,type,at,reason\nc1,subscription_cancelled,2026-05-01,too expensive\nc1,login,2026-05-02,\n', { now: Date.parse('2026-06-01') })
    expect(ok.errors).toEqual([])
    expect(ok.rows[0]).toMatchObject({ customer: 'c1', type: 'subscription_cancelled', meta: { reason: 'too expensive' } })
    expect(ok.rows[1]).not.toHaveProperty('meta')
    for (const csv of ['customer,type,at,reason\nc1,login,2026-05-01,why\n', 'customer,type,at,reason\nc1,subscription_cancelled,2026-05-01,inactive\n', `customer,type,at\n${'x'.repeat(201)},login,2026-05-01\n`]) {
      const bad = validateSignalsCsv(csv, { now: Date.parse('2026-06-01') })
      expect(bad.rows, csv).toEqual([])
      expect(bad.errors.length, csv).toBe(1)
    }
  })
})
