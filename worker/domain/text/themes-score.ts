// How much a phrase is rising: recent share against previous share, smoothed so a phrase seen
// 0 times before does not divide by zero, and discounted by its uncertainty so that a jump from
// 0 to 12 outranks a jump from 0 to 3, and a steady common phrase scores nothing.

export type PeriodSizes = { recent: number; previous: number }

/**
 * A phrase leads a theme only when its rise is this many standard errors above no change (about
 * one chance in fifteen of a steady phrase doing it by luck), and, for a lone word, when its score
 * is still above MIN_EMERGENCE after its penalty; weaker risers may still join a theme as variants.
 * Below it, "3 mentions against 0", "4 against 1" or "10 against 8" in a few hundred comments is
 * the luck of which customers answered, and a steady workspace showed a list of noise ("twice
 * during", "rarely") as its emerging themes.
 */
export const MIN_RISE_Z = 1.5
export const MIN_EMERGENCE = 0

/** A lone word says less than a phrase ("watch" vs "apple watch"): it needs about twice the rise. */
export const SINGLE_WORD_PENALTY = 0.7

/**
 * A previous period too thin to compare shares with (a workspace that started answering within
 * it, a 90-day view of 91 days of data): everything recent counts as new, ranked by recurrence.
 */
export function thinPrevious(sizes: PeriodSizes): boolean {
  return sizes.previous < Math.max(20, sizes.recent / 10)
}

const logRatio = (recent: number, previous: number, sizes: PeriodSizes) =>
  Math.log(((recent + 1) / (sizes.recent + 2)) / ((previous + 1) / (sizes.previous + 2)))
const logError = (recent: number, previous: number) => Math.sqrt(1 / (recent + 1) + 1 / (previous + 1))

/**
 * Log ratio of the smoothed shares, (r+1)/(Nr+2) over (p+1)/(Np+2), minus one standard error;
 * null when the share did not rise. Without a previous period (or a thin one) everything is new,
 * so the score is the (log) count alone.
 */
export function emergence(recent: number, previous: number, sizes: PeriodSizes): number | null {
  if (thinPrevious(sizes)) return Math.log(recent + 1)
  const rise = logRatio(recent, previous, sizes)
  return rise <= 0 ? null : rise - logError(recent, previous)
}

/** Whether the share rose by MIN_RISE_Z standard errors (always, against a thin previous period). */
export function risesClearly(recent: number, previous: number, sizes: PeriodSizes): boolean {
  return thinPrevious(sizes) || logRatio(recent, previous, sizes) >= MIN_RISE_Z * logError(recent, previous)
}

/** Change in the share of comments mentioning it, in percentage points (one decimal). */
export function trendPoints(recent: number, previous: number, sizes: PeriodSizes): number {
  const now = recent / Math.max(1, sizes.recent), before = previous / Math.max(1, sizes.previous)
  return Math.round((now - before) * 1000) / 10
}
