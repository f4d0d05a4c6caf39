import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY, MAX_TOPIC_KEYWORDS } from './taxonomy.ts'
import { otherTopicKeywords } from './taxonomy-other.ts'
import { matchTopics } from './topics.ts'
import { analyzeText } from './index.ts'

const ids = (text: string) => matchTopics(text, DEFAULT_TAXONOMY).map((t) => t.id)

// Comment, expected topic. No elided article right before a keyword ("l'application"), so these
// do not depend on how the tokenizer splits elisions.
const CASES: Record<string, [string, string][]> = {
  es: [
    ['Es demasiado caro para lo que ofrece', 'pricing'],
    ['La aplicación es muy lenta', 'performance'],
    ['Me cobraron dos veces este mes y no hay reembolso', 'billing'],
    ['La app se cierra sola cada vez que la abro', 'reliability'],
    ['Recibo demasiados correos', 'communication'],
    ['Nos cambiamos a la competencia', 'competitor'],
  ],
  pt: [
    ['Muito caro pelo que oferece', 'pricing'],
    ['Simples de usar e funciona bem', 'usability'],
    ['O atendimento é péssimo, ninguém responde', 'support'],
    ['Recebo e-mails demais', 'communication'],
    ['O app trava o tempo todo', 'reliability'],
    ['Falta uma função de exportar', 'missing_feature'],
  ],
  fr: [
    ["C'est trop cher", 'pricing'],
    ["L'application plante souvent depuis la mise à jour", 'reliability'],
    ['Très facile à prendre en main', 'onboarding'],
    ['Le support ne répond jamais', 'support'],
    ['Très lent au démarrage', 'performance'],
    ['Trop de notifications', 'communication'],
    ['Interface pas intuitive, compliquée', 'usability'],
    ['On est passé chez un concurrent', 'competitor'],
  ],
  de: [
    ['Viel zu teuer', 'pricing'],
    ['Die App stürzt ständig ab', 'reliability'],
    ['Der Kundenservice antwortet nicht', 'support'],
    ['Die App ist sehr langsam', 'performance'],
    ['Die Einrichtung hat ewig gedauert', 'onboarding'],
    // Split verbs: the particle closes the clause, words away from the verb.
    ['Die App hängt sich seit dem letzten Update ständig auf', 'reliability'],
    ['Ich kenne mich mit der App immer noch nicht aus', 'usability'],
    ['Bitte fügt endlich einen Export nach Excel hinzu', 'missing_feature'],
    ['Wir steigen nächsten Monat auf ein anderes Tool um', 'competitor'],
    ['Die Berichte laden ewig', 'performance'],
  ],
  it: [
    ["L'app è lentissima", 'performance'],
    ['Troppo caro per quello che offre', 'pricing'],
    ['Il servizio clienti non risponde mai', 'support'],
    ['Manca la modalità scura', 'missing_feature'],
    ['Mi hanno addebitato due volte', 'billing'],
  ],
  nl: [
    ['De app is erg traag', 'performance'],
    ['Veel te duur', 'pricing'],
    ['De app crasht steeds', 'reliability'],
    ['Te veel mails', 'communication'],
    ['Het is onoverzichtelijk', 'usability'],
    ['De app loopt de laatste tijd steeds vast', 'reliability'],
    ['Voeg alsjeblieft een donkere modus toe', 'missing_feature'],
  ],
}

describe('default taxonomy: other languages', () => {
  for (const [lang, cases] of Object.entries(CASES)) {
    it(`finds topics in ${lang}`, () => {
      for (const [text, topic] of cases) expect(ids(text), text).toContain(topic)
    })
  }

  it('adds no topic to plain English comments or topic-free comments in the other languages', () => {
    // "Ich finde es gut": the English keyword was "find", and "finde" stems to it.
    for (const text of ['I love it', 'Great product, thanks', 'Works fine for me', 'Nice app, good job team', 'Me encanta, gracias', 'Adorei, muito bom', 'Très bien, merci beaucoup', 'Sehr gut, danke', 'Ich finde es gut', 'Ottimo lavoro, grazie', 'Heel goed, bedankt']) {
      expect(ids(text), text).toEqual([])
    }
    // English words that other-language keywords resemble keep their English topics only.
    expect(ids('Lent me the app for a week, rapid rewards, the plant is storing data')).toEqual([])
    expect(ids("I can't find the export button")).toContain('usability')
  })

  it("does not read an English keyword's false friend in a comment of that language", () => {
    const topicsOf = (text: string) => analyzeText(text).topics.map((t) => t.id)
    // German "fast" is "almost", "lag" is "lay"; French "prise en charge" is "support for".
    expect(topicsOf('Die App ist fast perfekt, danke')).toEqual([])
    expect(topicsOf('Das Problem lag an meinem Browser, jetzt ist alles gut')).toEqual([])
    expect(topicsOf("J'adore la prise en charge du format PDF")).toEqual([])
    // The same words still count in English, and German keywords in German.
    expect(topicsOf('Fast and reliable, but there is some lag')).toContain('performance')
    expect(topicsOf('You charge me twice every month')).toContain('billing')
    expect(topicsOf('Die App ist fast immer sehr langsam')).toContain('performance')
  })

  it('keeps every default topic within the taxonomy API limit', () => {
    for (const t of DEFAULT_TAXONOMY) {
      const added = otherTopicKeywords(t.id)
      expect(added.length, t.id).toBeGreaterThan(40)
      expect(new Set(added.map((k) => k.toLowerCase())).size, t.id).toBe(added.length)
      expect(t.keywords.length, t.id).toBeLessThanOrEqual(MAX_TOPIC_KEYWORDS)
      // Each keyword once: a repeat takes one of the limited places and matches nothing more.
      expect(t.keywords.filter((k, i, all) => all.indexOf(k) !== i), t.id).toEqual([])
    }
  })
})

describe('topic words read from survey answers in the other languages', () => {
  const topics = (t: string) => analyzeText(t).topics.map((x) => x.id)
  it('finds notifications, setup, slowness and ease said in everyday words', () => {
    expect(topics('Demasiadas notis, la app me escribe 5 veces al dia')).toContain('communication')
    expect(topics('Todavia estoy configurando la cuenta y metiendo los clientes')).toContain('onboarding')
    expect(topics("L'app ci mette una vita ad aprirsi, 15 secondi di rotellina")).toContain('performance')
    expect(topics('facilisimo 👍')).toContain('usability')
  })
})
