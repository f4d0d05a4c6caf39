// A rival named and then called better, cheaper or more reliable, with no "than" after it ("Uber is just
// more reliable where I live"), or an unnamed business nearby ("the place down the road is cheaper"):
// the verdicts after it in its clause are the rival's (units.ts marks the name as one).
import { DETERMINERS, knownWord, lowerCaseName, PLACES } from './names.ts'
import { stem } from './stem.ts'
import { LATIN_OURS } from './units-words.ts'
import { wordAt, type Token } from './tokenize.ts'

/**
 * A name opening a clause that is then called better, cheaper or more reliable, with no "than" after
 * it ("Uber is just more reliable where I live"): the verdicts after it in its clause are the rival's.
 */
const COPULAS = new Set(['is', 'are', 'was', 'were', "'s", 'has', 'had'])
const COMPARATIVES = new Set(['better', 'cheaper', 'faster', 'easier', 'simpler', 'nicer', 'smoother', 'quicker', 'cleaner', 'superior', 'more', 'lower', 'half'])
const BEFORE_COMPARATIVE = new Set(['just', 'way', 'much', 'far', 'so', 'miles', 'also', 'still', 'honestly', 'simply', 'a', 'lot', 'bit', 'literally', 'definitely', 'like', 'even'])
export function nameComparedAt(toks: Token[], i: number): boolean {
  const t = toks[i]
  const nearby = nearbyRivalEnd(toks, i)
  if (nearby) return comparedAfter(toks, nearby)
  // A name is no inflected word ("Reporting is way better now" praises us); in lower case, one lowerCaseName allows
  // ("nord is just faster"), opening its clause. "starbucks app is just better": the app named after it.
  const at = wordAt(toks, i + 1) === 'app' ? i + 1 : i
  if (t.kind !== 'word' || !COPULAS.has(wordAt(toks, at + 1)) || DETERMINERS.has(wordAt(toks, i - 1))) return false
  const opens = !toks[i - 1] || toks[i - 1].kind === 'punct' || ['honestly', 'tbh', 'but', 'and'].includes(toks[i - 1].text)
  // Written Capitalised after another word, a name even if it is also a word ("honestly Handy was cheaper").
  // "App is so much quicker since the update": a thing of ours opening the sentence is no name.
  const name = !PLACES.has(t.text) && !LATIN_OURS.has(t.text) && (t.named || (t.opening && !knownWord(t.text) && stem(t.text) === t.text) || (opens && lowerCaseName(t)))
  return name && comparedAt(toks, at + 2)
}

/** Whether a copula at `j` is followed by a comparative with no "than" after it in its clause. */
function comparedAfter(toks: Token[], j: number): boolean {
  return COPULAS.has(wordAt(toks, j)) && comparedAt(toks, j + 1)
}
function comparedAt(toks: Token[], j: number): boolean {
  while (toks[j]?.kind === 'word' && BEFORE_COMPARATIVE.has(toks[j].text)) j++
  if (!COMPARATIVES.has(wordAt(toks, j))) return false
  // "Typeform is way better than you guys" is read whole (favoursRivalAt); "Sarah was much better than the last one" praises.
  for (j++; toks[j] && toks[j].kind !== 'punct'; j++) if (toks[j].text === 'than') return false
  return true
}

/**
 * "The place down the road is cheaper", "the gym round the corner": an unnamed business nearby is a rival.
 * The index after its place words, or 0.
 */
const NEARBY_THINGS = new Set(['place', 'one', 'gym', 'shop', 'store', 'studio', 'cafe', 'clinic', 'salon', 'space', 'company', 'guys', 'school'])
const NEARBY_WHERE = [['down', 'the', 'road'], ['down', 'the', 'street'], ['round', 'the', 'corner'], ['around', 'the', 'corner'], ['across', 'the', 'street'], ['across', 'the', 'road'], ['next', 'door'], ['nearby'], ['near', 'me'], ['in', 'town']]
function nearbyRivalEnd(toks: Token[], i: number): number {
  if (!NEARBY_THINGS.has(toks[i].text) || !['the', 'a', 'that'].includes(wordAt(toks, i - 1))) return 0
  const where = NEARBY_WHERE.find((w) => w.every((x, d) => wordAt(toks, i + 1 + d) === x))
  return where ? i + 1 + where.length : 0
}
