// A provider's webhook is held to the bounds our own API keeps (time-bounds.ts, amount-bounds.ts):
// a signed event is genuine, not sane. Stripe without `created` would be a payment failure in 1970
// that moves first seen back 55 years; an amount of 1e300 a revenue no figure survives. Such an
// event is acknowledged and ignored with the reason (a 4xx would only make the provider retry it).
import { MAX_AMOUNT } from '../amount-bounds.ts'
import { pastTimeProblem, plannedTimeProblem } from '../time-bounds.ts'

export interface InboundValues {
  signals: { at: number; value?: number }[]
  update?: { revenue?: number; renewalAt?: number } | null
}

/** Why the event's values are not plausible, or null when they are. */
export function inboundProblem({ signals, update }: InboundValues, now: number): string | null {
  for (const s of signals) {
    const time = pastTimeProblem(s.at, now)
    if (time) return `event time ${time}`
    if (s.value !== undefined && !(Math.abs(s.value) <= MAX_AMOUNT)) return `amount must be within ±${MAX_AMOUNT}`
  }
  if (update?.revenue !== undefined && !(Math.abs(update.revenue) <= MAX_AMOUNT)) return `revenue must be within ±${MAX_AMOUNT}`
  const renewal = update?.renewalAt === undefined ? null : plannedTimeProblem(update.renewalAt)
  return renewal && `renewal date ${renewal}`
}
