// Whether an English word names a business, in the rules and in the competitor topic: no word the
// shipped lists know, no place or home one moves to, no thing of ours after "the" or "my".
import { EN_LEXICON } from './lexicon-en.ts'
import { ENGLISH_PRIOR } from './prior.ts'
import { stem } from './stem.ts'
import { EN_STOP } from './themes-filler.ts'
import type { Token } from './tokenize.ts'
import { LATIN_OURS } from './units-words.ts'

/** A word the shipped lists know, so no name: the lexicon, stop words, or the English prior's vocabulary. */
export const knownWord = (w: string) => EN_LEXICON.has(w) || EN_STOP.has(w) || ENGLISH_PRIOR.count('sent:pos', w) + ENGLISH_PRIOR.count('sent:neg', w) > 0

/** A name after one of these is a thing of ours or a place ("the Pro plan is better", "charging on the N1 is so much easier"). */
export const DETERMINERS = new Set(['the', 'my', 'our', 'your', 'this', 'that', 'its'])

/** Countries and cities customers move to, written Capitalised as rivals are: a move, no rival. */
export const PLACES = new Set(('germany france spain italy portugal ireland uk england scotland wales netherlands belgium switzerland austria sweden norway denmark finland poland '
  + 'canada mexico brazil argentina chile colombia australia zealand japan china korea taiwan india singapore thailand vietnam philippines indonesia malaysia dubai israel '
  + 'london paris berlin madrid lisbon dublin amsterdam tokyo toronto vancouver montreal sydney melbourne austin denver seattle chicago boston miami atlanta texas florida california '
  + 'nigeria ghana kenya egypt morocco turkey greece qatar pakistan bangladesh accra lagos abuja nairobi johannesburg manila cebu delhi mumbai bangalore auckland wellington brisbane perth adelaide edinburgh glasgow manchester '
  + 'leeds liverpool bristol birmingham cardiff belfast newcastle sheffield nottingham leicester brighton oxford cambridge york nyc houston dallas phoenix calgary ottawa hamburg munich rome milan barcelona vienna prague warsaw stockholm oslo copenhagen helsinki zurich geneva shanghai beijing shenzhen seoul osaka jakarta bangkok hanoi').split(' '))
const BILLING_TERMS = new Set(['annual', 'monthly', 'yearly', 'quarterly'])
const PLAN_NOUNS = new Set(['plan', 'tier', 'subscription', 'package', 'membership'])
const HOMES = new Set(['home', 'abroad', 'overseas', 'flat', 'house', 'apartment', 'place'])
const RELATIVES = new Set(['partner', 'partners', 'wife', 'husband', 'mum', 'mom', 'dad', 'parents', 'family', 'brother', 'sister', 'daughter', 'son', 'girlfriend', 'boyfriend', 'work', 'employer', 'company'])
/**
 * What one moves or switches to, `after(k)` being the k-th word after "to": a place, a home, one of our own plans, or a
 * relative's or employer's own account is no rival ("moving back to Accra", "switching to my partner's account").
 */
export function movedToNoRival(after: (k: number) => string): boolean {
  const first = after(0)
  if (PLACES.has(first) || HOMES.has(first) || BILLING_TERMS.has(first)) return true
  // Our own plans: "switched to the pro plan", "moving to a cheaper tier".
  for (let k = 0; k < 4; k++) if (PLAN_NOUNS.has(after(k))) return true
  if (first === 'a' || first === 'an' || first === 'the') return HOMES.has(after(1)) || HOMES.has(after(2))
  return /^(my|our|his|her|their)$/.test(first) && RELATIVES.has(after(1).replace(/'s$/, ''))
}

/** What one imports from that is a file, not a rival ("import from csv was painless"). */
const FILE_FORMATS = new Set(['csv', 'tsv', 'xls', 'xlsx', 'pdf', 'json', 'xml', 'sql', 'txt', 'docx', 'ical', 'ics', 'vcf', 'zip'])
/**
 * A word written in lower case that may be a name: letters only, no word any list knows, not a place,
 * and not an inflected English word (stemming leaves a name as it is: "asana", "trello"; not "anticipated").
 */
export function lowerCaseName(t: Token): boolean {
  const w = t.text.replace(/'s$/, '')
  // A name may end in s ("telus"): stemming takes only that s, and what is left is no word either.
  // So may one ending in e ("parkmobile": Porter takes the e).
  const uninflected = stem(w) === w || (/[se]$/.test(w) && stem(w) === w.slice(0, -1) && !knownWord(w.slice(0, -1)))
  return t.kind === 'word' && !t.named && (/^[a-z]{3,}$/.test(w) || digitLedName(w)) && !knownWord(w) && !PLACES.has(w) && !FILE_FORMATS.has(w) && !LATIN_OURS.has(w) && uninflected
}

/** A name led by one digit ("1password", "7zip"), not a count run into its unit ("5mins", "2days"). */
const RUN_IN_UNITS = /^(?:mins?|minutes?|hrs?|hours?|days?|weeks?|wks?|months?|years?|yrs?|secs?|seconds?|times|stars?|users?|seats?|pages?|gb|mb|tb|kb)$/
const digitLedName = (w: string) => /^\d[a-z]{3,}$/.test(w) && !RUN_IN_UNITS.test(w.slice(1)) && !knownWord(w.slice(1))

/** A word written Capitalised mid-sentence that no list knows, no place and no thing of ours ("Typeform", not "Excel" or "Germany"). */
export const businessName = (t: Token) => !!t.named && !knownWord(t.text) && !PLACES.has(t.text) && !LATIN_OURS.has(t.text)
