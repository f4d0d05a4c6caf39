import { describe, expect, it } from 'vitest'
import { bySpelling } from './language-spelling.ts'

describe('language by spelling', () => {
  it("picks the candidate whose word lists' letter trigrams fit the words", () => {
    expect(bySpelling(['servizio', 'funzionato'], ['fr', 'it'], {})).toBe('it')
    expect(bySpelling(['bestelling', 'geleverd'], ['de', 'nl'], {})).toBe('nl')
    expect(bySpelling(['atualização', 'aplicação'], ['es', 'pt'], {})).toBe('pt')
    expect(bySpelling(['actualización', 'aplicación'], ['es', 'pt'], {})).toBe('es')
  })
  it('knows only languages with word lists', () => {
    expect(bySpelling(['servizio'], ['xx'], {})).toBeUndefined()
  })
})
