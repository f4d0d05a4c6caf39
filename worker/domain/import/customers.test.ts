import { describe, expect, it } from 'vitest'
import { validateCustomersCsv } from './customers.ts'
import { MAX_AMOUNT } from '../amount-bounds.ts'

describe('validateCustomersCsv', () => {
  it('parses good rows, dates, revenue and traits', () => {
    const csv = 'id,plan,revenue,first_seen,last_seen,traits.industry,company size\n' +
      'c-1,pro,49.5,2025-01-02,2025-03-01T10:00:00Z,retail,"1,000+"\n' +
      'c-2,,,,,,\n'
    const { rows, errors } = validateCustomersCsv(csv)
    expect(errors).toEqual([])
    expect(rows[0]).toEqual({
      externalId: 'c-1', plan: 'pro', revenue: 49.5,
      firstSeenAt: Date.parse('2025-01-02T00:00:00Z'), lastSeenAt: Date.parse('2025-03-01T10:00:00Z'),
      traits: { industry: 'retail', 'company size': '1,000+' },
    })
    expect(rows[1]).toEqual({ externalId: 'c-2', traits: {} })
  })

  it('reports every bad row with line and column, and imports nothing', () => {
    const csv = 'id,revenue,first_seen,last_seen,email\n' +
      'a,10,2025-01-01,2025-02-01,a@example.com\n' +
      ',5,,,\n' +
      'b,ten,yesterday,,not-an-email\n' +
      'a,1,,,\n' +
      'c,-3,2025-02-01,2025-01-01,\n' +
      'd,1\n' +
      'e,1,2025-02-30,,\n'
    const { rows, errors } = validateCustomersCsv(csv)
    expect(rows).toEqual([])
    expect(errors).toEqual([
      { line: 3, column: 'id', message: 'id is required' },
      { line: 4, column: 'revenue', message: 'revenue "ten" is not a number' },
      { line: 4, column: 'first_seen', message: expect.stringContaining('"yesterday" is not a date') },
      { line: 4, column: 'email', message: '"not-an-email" is not an email address' },
      { line: 5, column: 'id', message: 'duplicate id a (first on line 2)' },
      { line: 6, column: 'revenue', message: 'revenue must be at least 0' },
      { line: 6, column: 'last_seen', message: 'last_seen is before first_seen' },
      { line: 7, column: null, message: 'expected 5 fields, found 2' },
      // A day the calendar lacks is refused, not rolled over into March.
      { line: 8, column: 'first_seen', message: expect.stringContaining('"2025-02-30" is not a date') },
    ])
  })

  it('refuses revenue past the bound POST /v1/customers keeps, and 1e400, and imports nothing', () => {
    const csv = `id,revenue\nk01,10\nk02,${MAX_AMOUNT}\nk03,99999999999999999999\nk09,1e400\n`
    const { rows, errors } = validateCustomersCsv(csv)
    expect(rows).toEqual([])
    expect(errors).toEqual([
      { line: 4, column: 'revenue', message: `revenue must be at most ${MAX_AMOUNT}` },
      { line: 5, column: 'revenue', message: `revenue must be at most ${MAX_AMOUNT}` },
    ])
  })

  it('needs an id column and respects the row limit', () => {
    expect(validateCustomersCsv('name,plan\nx,pro\n').errors[0].message).toMatch(/id column \(id, external_id or customer_id\)$/)
    // A tab-separated export reads as one column: say so.
    expect(validateCustomersCsv('id\tplan\nx\tpro\n').errors[0].message).toMatch(/id column .*; the file looks tab-separated, and imports read comma-separated files$/)
    const many = 'id\n' + Array.from({ length: 5 }, (_, i) => `c${i}`).join('\n')
    expect(validateCustomersCsv(many, { maxRows: 3 }).errors).toEqual([{ line: 0, column: null, message: 'too many rows: 5 (at most 3 per import)' }])
  })

  it('keeps columns named like built-in names ("constructor", "__proto__") as traits', () => {
    const { rows, errors } = validateCustomersCsv('id,constructor,__proto__\nc1,x,y\n')
    expect(errors).toEqual([])
    expect(JSON.stringify(rows[0].traits)).toBe('{"constructor":"x","__proto__":"y"}')
  })
})
