// Whether an exit answer's save offer is the one the survey made for the answer's reason. An offer
// nobody was shown must not count as a save (the save rate, saved customers' risk reasons).
import type { SurveyContent } from './types.ts'

export interface ExitOfferAnswer {
  /** The answer's reason: sent now or stored by an earlier write under the same id. */
  reason: string | null
  /** The answer's offer, likewise (the widget sends the reason first, the offer after it). */
  offer: { kind: string } | null
}

/**
 * What is wrong with the answer's offer, as "field: message", or null when nothing is. `known`
 * says whether `content` is the version the answer was shown (current or kept). One replaced before
 * versions were kept is unknown, so an answer queued under it is held only to what every version
 * shares: an offer is made for a reason.
 */
export function exitOfferProblem(content: SurveyContent, answer: ExitOfferAnswer, known: boolean): string | null {
  const { reason, offer } = answer
  if (!offer) return null
  if (reason === null) return 'offer: an offer needs the reason it was made for'
  if (!known) return null
  const made = Object.hasOwn(content.offers ?? {}, reason) ? content.offers![reason] : undefined
  if (!made) return `offer: this survey makes no offer for the reason ${reason}`
  if (made.kind !== offer.kind) return `offer.kind: this survey offers ${made.kind} for the reason ${reason}, not ${offer.kind}`
  return null
}
