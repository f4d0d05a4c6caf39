// Counts that complain in Spanish, French, German, Portuguese and Italian, read as one unit: a
// thing happening again ("3e fois ce mois-ci", "terza volta", "zum dritten Mal", "me colgaron dos
// veces"), steps to get something done ("6 étapes", "5 Klicks", "4 telas"; "en 2 clics" is praise),
// and time spent waiting ("40 min d'attente", "25 minutos à espera"). English reads these with its
// own idioms (units-idioms-change.ts, units-idioms-time.ts). The words of all five languages share
// one table: none means anything else after a number.
import { wordAt, type Token } from './tokenize.ts'
import type { GapIdiom } from './units-idioms-change.ts'

const CARDINALS = new Map<string, number>([
  ...['dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez'].map((w, i): [string, number] => [w, i + 2]),
  ...['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'].map((w, i): [string, number] => [w, i + 2]),
  ...['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn'].map((w, i): [string, number] => [w, i + 2]),
  ...['dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez'].map((w, i): [string, number] => [w, i + 2]),
  ...['due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci'].map((w, i): [string, number] => [w, i + 2]),
  ['duas', 2],
])
/** Second, third… and "umpteenth": the count of a thing that happened again. */
const ORDINALS = new Set(('deuxième deuxieme troisième troisieme quatrième quatrieme cinquième cinquieme énième enieme nième '
  + 'seconda terza quarta quinta sesta ennesima ennesimo segunda tercera tercer cuarta cuarto quinta enésima enesima '
  + 'terceira quarta quinta enésima enésimo zweiten dritten vierten fünften x-ten zigsten dritte vierte fünfte').split(' '))
/** "3e", "4ème", "3a", "3ª", "3º", "3x". */
const DIGIT_ORDINAL = /^([2-9]|[1-9]\d)(?:e|ème|eme|a|ª|º|o)$/
const TIMES = new Set(['fois', 'volta', 'volte', 'vez', 'veces', 'vezes', 'mal'])
/** "2 fois moins cher", "drei mal so schnell": a comparison, not a repeat. */
const COMPARED = new Set(['moins', 'plus', 'più', 'meno', 'más', 'menos', 'mais', 'mehr', 'weniger', 'so', 'aussi', 'tanto', 'tan'])
const STEPS = new Set(['étapes', 'etapes', 'écrans', 'ecrans', 'clics', 'clicks', 'klicks', 'schritte', 'bildschirme', 'pasos', 'pantallas',
  'telas', 'passos', 'cliques', 'ecrãs', 'passaggi', 'schermate', 'clic', 'click', 'tap', 'taps', 'toques'])
/** "En 2 clics", "in zwei Klicks", "em 2 cliques", "con 2 clic": praise. */
const WITHIN = new Set(['en', 'in', 'em', 'con', 'mit'])
const TIME_UNITS = new Set(['min', 'mins', 'minutes', 'minutos', 'minuti', 'minuten', 'h', 'heures', 'heure', 'horas', 'hora', 'ore', 'ora', 'stunden', 'stunde',
  'jours', 'días', 'dias', 'giorni', 'tage', 'semaines', 'semanas', 'settimane', 'wochen'])
/** Waiting said after the time ("40 min d'attente", "25 minutos à espera") or before it ("j'ai attendu 40 min"). */
const WAIT_AFTER = new Set(['attente', 'espera', 'esperando', 'attesa', 'warten', 'warteschleife', 'gewartet', 'gebraucht'])
const WAIT_BEFORE = new Set(['attendu', 'attends', 'esperé', 'espere', 'esperei', 'esperando', 'aspettato', 'aspetto', 'fallu', 'tardé', 'tardó', 'tardaron', 'demorou', 'demora', 'gewartet', 'warte'])

const REPEAT_VALENCE = -1.5
const STEPS_VALENCE = -2
const FEW_STEPS_VALENCE = 1.5
const WAIT_VALENCE = -2

const countOf = (w: string): number => CARDINALS.get(w) ?? (/^\d{1,3}$/.test(w) ? Number(w) : NaN)

/** The count that complains (or praises, for a task done in one or two clicks) starting at word `i`. */
export function countedAt(toks: Token[], i: number): GapIdiom | undefined {
  const w = toks[i].text, next = wordAt(toks, i + 1)
  if (ORDINALS.has(w) || DIGIT_ORDINAL.test(w)) return TIMES.has(next) ? { n: 2, valence: REPEAT_VALENCE } : undefined
  if (/^([2-9]|[1-9]\d)x$/.test(w)) return { n: 1, valence: REPEAT_VALENCE }
  if (WITHIN.has(w)) {
    const few = countOf(next) <= 2 || ['un', 'une', 'uno', 'um', 'einem'].includes(next)
    return few && STEPS.has(wordAt(toks, i + 2)) ? { n: 3, valence: FEW_STEPS_VALENCE } : undefined
  }
  const n = countOf(w)
  if (!(n >= 2)) return undefined
  if (TIMES.has(next) && !COMPARED.has(wordAt(toks, i + 2))) return { n: 2, valence: REPEAT_VALENCE }
  if (STEPS.has(next)) return n >= 4 ? { n: 2, valence: STEPS_VALENCE } : undefined
  if (TIME_UNITS.has(next)) {
    for (let k = i + 2; k <= i + 4; k++) if (WAIT_AFTER.has(wordAt(toks, k))) return { n: k - i + 1, valence: WAIT_VALENCE }
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (WAIT_BEFORE.has(wordAt(toks, k))) return { n: 2, valence: WAIT_VALENCE }
  }
  return undefined
}

/** "You" after "at" (bei euch, chez vous, da voi, con ustedes, com vocês, no vosso): the place set against a rival's. */
const YOURS = new Set(['euch', 'ihnen', 'vous', 'voi', 'vosotros', 'ustedes', 'vocês', 'vcs', 'vós'])
const AT_A_RIVAL = new Set(['en', 'chez', 'sur', 'su', 'da', 'no', 'na', 'bei', 'auf'])
const COMPARING = new Set(['más', 'mas', 'mejor', 'mejores', 'menos', 'mitad', 'plus', 'meilleur', 'meilleure', 'moins', 'mieux', 'moitié',
  'più', 'meglio', 'migliore', 'meno', 'metà', 'mais', 'melhor', 'metade', 'besser', 'billiger', 'günstiger', 'schneller', 'einfacher', 'mehr', 'weniger', 'hälfte'])
/** Verbs of using a business, before its name with or without an article ("Comecei a usar o Enjoei"). */
const USING = new Set(['usar', 'uso', 'usando', 'usei', 'usamos', 'utiliser', 'utilise', 'utilisons', 'usare', 'nutze', 'nutzen', 'benutze', 'probé', 'probado', 'provato', 'essayé', 'testei'])
const ARTICLES = new Set(['o', 'a', 'el', 'la', 'le', 'il', 'lo', 'den', 'das', 'die'])
/**
 * A rival named after "at" or "on" and compared in its clause ("Su Vinted caricare è 10 volte più semplice",
 * "No Continente os mesmos produtos estão mais baratos", "bei IKEA kostet das gleiche Regal die Hälfte"): its praise
 * is the rival's, a complaint about us. So is one named after a verb of using it and compared ("Comecei a usar o Enjoei e
 * lá vende muito mais rápido"), and one "at" set against "at yours" later. A place or platform named so with no
 * comparison ("su Android") is left be.
 */
export function rivalNamedAt(toks: Token[], i: number): boolean {
  const before = wordAt(toks, i - 1)
  const used = USING.has(before) || (ARTICLES.has(before) && USING.has(wordAt(toks, i - 2)))
  if (!toks[i].named || !(AT_A_RIVAL.has(before) || used)) return false
  // "Bei Florelia kommen die Blumen frisch an, bei euch waren sie schon welk": set against "at yours" later.
  if (AT_A_RIVAL.has(before) && toks.some((t, k) => k > i && AT_A_RIVAL.has(t.text) && YOURS.has(toks[k + 1]?.text ?? ''))) return true
  for (let k = i + 1; k < toks.length && toks[k].kind !== 'punct'; k++) if (COMPARING.has(toks[k].text)) return true
  return false
}
