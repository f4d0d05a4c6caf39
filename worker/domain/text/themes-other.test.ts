import { describe, expect, it } from 'vitest'
import { emergingThemes, type ThemeComment } from './themes.ts'
import { detectLanguage } from './language.ts'

const NONE: never[] = []
let seq = 0
const comment = (text: string, language: string = detectLanguage(text)): ThemeComment => ({ id: `o${seq++}`, text, language, topics: [] })
const many = (n: number, texts: string[], language?: string) => Array.from({ length: n }, (_, i) => comment(texts[i % texts.length], language))

const FR_BACKGROUND = [
  "C'est une bonne application, merci", "Je l'utilise tous les jours", "Il y a des choses à améliorer", "C'est très bien pour moi",
  "Ça marche, rien à dire", "Le produit est pratique", "Je ne sais pas quoi dire de plus", "C'est pas mal du tout",
]

describe('emerging themes in the other languages', () => {
  it('finds a French subject, not the function words around it ("de la", "il y a")', () => {
    const previous = many(150, FR_BACKGROUND)
    const recent = [...many(138, FR_BACKGROUND), ...many(12, [
      "Il faudrait un calendrier partagé pour l'équipe", 'Le calendrier partagé ne marche pas', "Pourquoi il n'y a pas de calendrier partagé ?",
    ])]
    const themes = emergingThemes({ recent, previous, taxonomy: NONE })
    expect(themes[0]).toMatchObject({ phrase: 'calendrier partagé', count: 12, previous: 0 })
    const words = themes.flatMap((t) => t.phrase.split(' '))
    for (const filler of ['de', 'la', 'le', 'il', 'y', 'pas', 'ne', 'je', 'c', 'est', 'très', 'bien']) expect(words).not.toContain(filler)
  })

  it('drops "new" in every language, as in English ("nuevo panel" is "panel")', () => {
    const recent = many(12, ['Me encanta el nuevo panel', 'El nuevo panel es muy útil', 'Gracias por el nuevo panel'])
    expect(emergingThemes({ recent, previous: [], taxonomy: NONE })[0].phrase).toBe('panel')
  })

  it("reads an elided article as a word of its own (\"l'exportation\" is \"exportation\")", () => {
    const recent = many(12, ["L'exportation comptable est cassée", "Depuis hier l'exportation comptable plante", "Exportation comptable impossible"])
    const themes = emergingThemes({ recent, previous: [], taxonomy: NONE })
    expect(themes[0]).toMatchObject({ phrase: 'exportation comptable', count: 12 })
  })

  it('keeps a Spanish phrase whole across its joining word ("modo de pago")', () => {
    const recent = many(12, ['No encuentro el modo de pago', 'Cambiar el modo de pago es imposible', 'Quiero otro modo de pago'])
    const themes = emergingThemes({ recent, previous: [], taxonomy: NONE })
    expect(themes[0].phrase).toBe('modo de pago')
    expect(themes.map((t) => t.phrase)).not.toContain('el')
  })

  it('applies a language\'s filler to that language only: "van" is a word in English', () => {
    const recent = many(12, ['the delivery van was late again', 'delivery van driver was rude', 'no delivery van showed up'], 'en')
    expect(emergingThemes({ recent, previous: [], taxonomy: NONE })[0].phrase).toBe('delivery van')
  })
})
