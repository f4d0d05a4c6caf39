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
