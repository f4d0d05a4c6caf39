import { describe, expect, it } from 'vitest'
import { analyzeText } from './index.ts'

const label = (t: string) => analyzeText(t).sentiment.label

describe('counts that complain in Spanish, French, German, Portuguese and Italian', () => {
  it('reads a thing happening again, many steps and a long wait as complaints', () => {
    for (const t of ["3e fois ce mois-ci que la salle de Lyon est fermée alors que l'appli dit ouvert.", 'Me colgaron dos veces. Dos.',
      "il m'a fallu 6 étapes pour juste ajouter un bénéficiaire", 'pra que 4 telas pra confirmar um pagamento??', 'Fiquei 25 minutos à espera e a chamada caiu.',
      'Hab jetzt 3x die gleiche Frage gestellt und 3 verschiedene Antworten bekommen. Toll.']) expect(label(t), t).toBe('negative')
  })
  it('reads a task done in one or two clicks as praise, and "twice as cheap" as no repeat', () => {
    expect(label('Réservation faite en 2 clics')).toBe('positive')
    for (const t of ["C'est deux fois plus rapide qu'avant, super", 'Pago la mitad y va dos veces más rápido']) expect(label(t), t).toBe('positive')
  })
  it('turns the claps of a sentence that opens sarcastically, and keeps those of real praise', () => {
    expect(label('fantastico, terza volta questo mese che il GPS della corsa si ferma a metà 👏👏')).toBe('negative')
    expect(label('fantastic, third time this month the GPS stops halfway 👏👏')).toBe('negative')
    expect(label('great, they fixed it in 5 minutes 👏👏')).toBe('positive')
  })
})

describe('a rival named and compared in the other languages', () => {
  it("reads the rival's advantage as a complaint about us, and a platform named without comparison as nothing", () => {
    for (const t of ['No Continente os mesmos produtos estão mais baratos, não compensa.', 'Bei IKEA kostet das gleiche Regal die Hälfte. Nur so als Info.',
      'Su Vinted caricare un articolo è 10 volte più semplice']) expect(label(t), t).toBe('negative')
    expect(label("Su Android l'app funziona molto bene, complimenti")).toBe('positive')
  })
})

describe('short answers in the other languages', () => {
  it('reads "no thanks" as no verdict and a redesign that looks modern as praise', () => {
    for (const t of ['no gracias', 'non merci', 'nein danke', 'não obrigado', 'no grazie', 'No, gracias.']) expect(label(t), t).toBe('neutral')
    for (const t of ['Il nuovo design è più moderno e mi piacciono i colori', 'Que chido lo de descargar capitulos', 'bué fixe']) expect(label(t), t).toBe('positive')
  })
})
