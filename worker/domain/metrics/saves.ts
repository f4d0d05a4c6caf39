// Exit-survey save figures: how often an offer keeps a customer, and whether they really stayed.
import { percent, type Figure } from './figure.ts'

export interface ExitFlow {
  customerId: string
  /** When the flow ended (or was last touched), epoch ms. */
  at: number
  offerAccepted: boolean
}

const DAY = 86_400_000

/** Exit flows ending in an accepted offer / exit flows started × 100. */
export function saveRate(flows: ExitFlow[]): Figure<{ saved: number; started: number }> {
  const saved = flows.filter((f) => f.offerAccepted).length
  return { value: percent(saved, flows.length), saved, started: flows.length }
}

/**
 * Of customers who accepted an offer at least `days` ago, the share still active `days` later
 * (not churned by then): a saved customer who leaves next month was not saved. Flows younger
 * than `days` are left out because their outcome is not known yet.
 */
export function savedStillActiveRate(
  flows: ExitFlow[],
  churnedAt: (customerId: string) => number | null | undefined,
  now: number,
  days = 30,
): Figure<{ stillActive: number; saved: number }> {
  const due = flows.filter((f) => f.offerAccepted && f.at + days * DAY <= now)
  const stillActive = due.filter((f) => {
    const churned = churnedAt(f.customerId)
    return churned == null || churned > f.at + days * DAY
  }).length
  return { value: percent(stillActive, due.length), stillActive, saved: due.length }
}

/** saveRate() from counts (SQL aggregates). */
export function saveRateFromCounts(saved: number, started: number): Figure<{ saved: number; started: number }> {
  return { value: percent(saved, started), saved, started }
}

/** savedStillActiveRate() from counts: of `saved` flows old enough to judge, `stillActive` had not churned 30 days later. */
export function savedStillActiveFromCounts(stillActive: number, saved: number): Figure<{ stillActive: number; saved: number }> {
  return { value: percent(stillActive, saved), stillActive, saved }
}
