import { describe, expect, it } from 'vitest'
import { csvObjects, otherSeparator, parseCsv } from './csv.ts'

describe('parseCsv', () => {
  it('handles quotes, escaped quotes, line breaks in quotes, CRLF and a BOM', () => {
    const text = '\uFEFFid,note\r\n1,"hello, world"\r\n2,"she said ""hi"""\r\n3,"two\nlines"\r\n\r\n4,plain\r\n'
    const { records, errors } = parseCsv(text)
    expect(errors).toEqual([])
    expect(records.map((r) => r.fields)).toEqual([['id', 'note'], ['1', 'hello, world'], ['2', 'she said "hi"'], ['3', 'two\nlines'], ['4', 'plain']])
    // Line numbers point at where each record starts in the file.
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 4, 7])
  })

  it('reports an unterminated quote', () => {
    expect(parseCsv('a,b\n1,"oops\n').errors).toEqual([{ line: 2, message: 'unterminated quoted field' }])
  })

  it('keys rows by header and keeps empty trailing fields', () => {
    const { header, rows } = csvObjects('a, b ,c\n1,,\n')
    expect(header).toEqual(['a', 'b', 'c'])
    expect(rows).toEqual([{ line: 2, values: { a: '1', b: '', c: '' }, width: 3 }])
  })

  it('says when a header holds only the other separator', () => {
    expect(otherSeparator('\uFEFFtext,label\nfine,pos\n', '\t')).toBe('comma-separated')
    expect(otherSeparator('\n\ntext\tlabel\n', ',')).toBe('tab-separated')
    expect(otherSeparator('text\tlabel\n"a, b",pos\n', '\t')).toBeNull()
    expect(otherSeparator('id\nc1,c2\n', ',')).toBeNull()
    expect(otherSeparator('', ',')).toBeNull()
  })
})
