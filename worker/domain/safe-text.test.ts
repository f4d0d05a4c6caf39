import { describe, expect, it } from 'vitest'
import { safeText } from './safe-text.ts'

describe('safeText', () => {
  it('removes control characters and bidi overrides, keeping everything else', () => {
    expect(safeText('Dana\u0000 Smith\u0007')).toBe('Dana Smith')
    expect(safeText('\u202Egnp.exe')).toBe('gnp.exe')
    expect(safeText('a\u202Ab\u202Dc\u2066d\u2069e\u200Ff\u001Bg\u007Fh\u0085i')).toBe('abcdefghi')
    expect(safeText('李小龍 😀 Zoë & <b>')).toBe('李小龍 😀 Zoë & <b>')
  })
  it('puts a title on one line; a multiline body keeps line breaks and tabs', () => {
    expect(safeText('Dana\r\nSmith\tInc\u2028x')).toBe('Dana Smith Inc x')
    expect(safeText('first\r\nsecond\u0000\n\tindented\rlast', { multiline: true })).toBe('first\nsecond\n\tindented\nlast')
  })
})
