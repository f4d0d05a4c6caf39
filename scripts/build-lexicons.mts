// Rebuilds worker/domain/text/lexicon-other.ts: sentiment word lists for Spanish, Portuguese,
// French, German, Italian and Dutch, compacted from the lists natural ships (node_modules/natural/
// lib/natural/sentiment: AFINN translations for es and pt, CLiPS Pattern lexicons for fr, de, it
// and nl, and its negation lists), on the AFINN scale our English list uses (-5..5). The raw files
// are megabytes of JSON; this keeps one word and one integer per entry.
//   npx tsx scripts/build-lexicons.mts
import { readFileSync, writeFileSync } from 'node:fs'

const DIR = 'node_modules/natural/lib/natural/sentiment'
const read = (path: string) => JSON.parse(readFileSync(`${DIR}/${path}`, 'utf8'))
const WORD = /^[\p{L}][\p{L}'’-]*$/u

function afinn(path: string): Map<string, number> {
  const out = new Map<string, number>()
  for (const [w, v] of Object.entries(read(path) as Record<string, number>)) if (WORD.test(w) && v !== 0) out.set(w.toLowerCase(), v)
  return out
}

/** Pattern polarity is -1..1 per form and part of speech: averaged per form, times 4, rounded. */
function pattern(path: string): Map<string, number> {
  const sums = new Map<string, [number, number]>()
  const add = (form: string, polarity: number) => {
    const s = sums.get(form) ?? [0, 0]
    s[0] += polarity; s[1]++
    sums.set(form, s)
  }
  for (const [key, entry] of Object.entries(read(path) as Record<string, unknown>)) {
    for (const e of Array.isArray(entry) ? entry : [entry]) {
      const { form, polarity } = e as { form?: string; polarity?: string }
      const w = (form ?? key).toLowerCase()
      if (WORD.test(w) && polarity !== undefined) add(w, Number(polarity))
    }
  }
  const out = new Map<string, number>()
  for (const [w, [sum, n]] of sums) { const v = Math.round((sum / n) * 4); if (v !== 0) out.set(w, v) }
  return out
}

const negations = (path: string) => (read(path) as { words: string[] }).words.map((w) => w.toLowerCase())
const lists: Record<string, { words: Map<string, number>; negators: string[] }> = {
  es: { words: afinn('Spanish/afinnShortSortedSpanish.json'), negators: negations('Spanish/negations_es.json') },
  pt: { words: afinn('Portuguese/afinnShortSortedPortuguese.json'), negators: negations('Portuguese/negations_pt.json') },
  // natural ships no negation lists for French and Italian: ours.
  // Not "ne": with "pas" it would count twice, and two negators cancel (as in 不是不好).
  fr: { words: pattern('French/pattern-sentiment-fr.json'), negators: ['pas', 'jamais', 'aucun', 'aucune', 'rien', 'non', 'sans'] },
  de: { words: pattern('German/pattern-sentiment-de.json'), negators: negations('German/negations_de.json').concat(['keine', 'keinen', 'nie', 'niemals', 'ohne']) },
  it: { words: pattern('Italian/pattern-sentiment-it.json'), negators: ['non', 'mai', 'nessuno', 'nessuna', 'niente', 'nulla', 'senza', 'né'] },
  nl: { words: pattern('Dutch/pattern-sentiment-nl.json'), negators: negations('Dutch/negations_du.json') },
}

// Everyday feedback words the lists lack or score weakly (our own, on the same scale).
const OWN: Record<string, Record<string, number>> = {
  es: { cancelar: -1, cancelé: -2, encanta: 3, encantó: 3, genial: 3, excelente: 3, perfecto: 3, rápido: 2, rápida: 2, lento: -2, lenta: -2, lentos: -2, lentas: -2, tarda: -1, tardan: -1, caro: -1, cara: -1, barato: 1, pésimo: -3, fatal: -3, horrible: -3, buena: 3, buenos: 3, mala: -3, inútil: -2 },
  pt: { cancelar: -1, cancelei: -2, ótimo: 3, ótima: 3, adorei: 3, adoro: 3, gosto: 2, excelente: 3, perfeito: 3, rápido: 2, rápida: 2, lento: -2, caro: -1, cara: -1, barato: 1, péssimo: -3, péssima: -3, horrível: -3, terrível: -3, boa: 3, mau: -3, inútil: -2, fácil: 1 },
  fr: { résilier: -2, résilié: -2, génial: 3, excellent: 3, parfait: 3, adore: 3, rapide: 2, lent: -2, lents: -2, rame: -2, cher: -1, nul: -3, nulle: -3, horrible: -3, bien: 2, bug: -2, bugs: -2, plante: -2, erreur: -2, problème: -2, décevant: -3, top: 2, nickel: 2 },
  de: { kündige: -2, kündigen: -2, gekündigt: -2, super: 3, toll: 3, klasse: 3, perfekt: 3, schnell: 2, langsam: -2, langsame: -2, teuer: -1, schlecht: -3, schlechte: -3, furchtbar: -3, mies: -3, gut: 2, gute: 2, günstig: 1, praktisch: 1, einfach: 1, schwierig: -1, danke: 1, liebe: 3, mag: 2, besser: 2, schlechter: -2 },
  // "cara" is also "dear": the Pattern list scores it +3, wrong for "troppo cara".
  it: { disdire: -2, disdetto: -2, ottimo: 3, ottima: 3, perfetto: 3, adoro: 3, veloce: 2, lento: -2, caro: -1, cara: -1, pessimo: -3, pessima: -3, orribile: -3, bene: 2, piace: 2, errore: -2, errori: -2, incredibile: 2 },
  nl: { opzeggen: -2, opgezegd: -2, geweldig: 3, uitstekend: 3, perfect: 3, snel: 2, traag: -2, trage: -2, langzaam: -2, duur: -1, goedkoop: 1, slecht: -3, slechte: -3, vreselijk: -3, bedankt: 1, fouten: -2, probleem: -2, beter: 2, slechter: -2 },
}
for (const [lang, words] of Object.entries(OWN)) for (const [w, v] of Object.entries(words)) lists[lang].words.set(w, v)
// A negator turns the word after it; scored as a word too ("no" is -1 in the Spanish AFINN), it
// would be read as a complaint of its own instead.
for (const list of Object.values(lists)) for (const n of list.negators) list.words.delete(n)

let body = ''
for (const [lang, { words, negators }] of Object.entries(lists)) {
  const entries = [...words].sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, v]) => `${w}\t${v}`).join('\n')
  body += `  ${lang}: { negators: ${JSON.stringify([...new Set(negators)])}, words: ${JSON.stringify(entries)} },\n`
  console.log(`${lang}: ${words.size} words, ${new Set(negators).size} negators`)
}
writeFileSync('worker/domain/text/lexicon-other.ts', `// Generated by scripts/build-lexicons.mts from the word lists natural ships (AFINN translations for
// es and pt; CLiPS Pattern lexicons, BSD licence, for fr, de, it and nl): word TAB valence (-5..5).
export type OtherLanguage = 'es' | 'pt' | 'fr' | 'de' | 'it' | 'nl'
export const OTHER_LEXICONS: Record<OtherLanguage, { negators: string[]; words: string }> = {
${body}}
`)
