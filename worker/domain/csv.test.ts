import { describe, expect, it } from 'vitest'
import { csvCell, csvRow } from './csv.ts'

describe('CSV cells', () => {
  it('neutralises formula injection and quotes what needs quoting', () => {
    expect(csvCell('=1+2')).toBe(`"'=1+2"`)
    expect(csvCell('+cmd')).toBe(`"'+cmd"`)
    expect(csvCell('-2')).toBe(`"'-2"`)
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`)
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell(-2)).toBe('-2')
    expect(csvCell(null)).toBe('')
    expect(csvRow(['x', 1, true])).toBe('x,1,true\r\n')
  })
})
