// How much a phrase is rising: recent share against previous share, smoothed so a phrase seen
// 0 times before does not divide by zero, and discounted by its uncertainty so that a jump from
// 0 to 12 outranks a jump from 0 to 3, and a steady common phrase scores nothing.

export type PeriodSizes = { recent: number; previous: number }

/**
 * A phrase is shown only when its rise clears this score: one standard error above no change (two
 * for a lone word, with its penalty). Below it, "3 mentions against 0" or "10 against 8" in a few
 * hundred comments is the luck of which customers answered, and a steady workspace showed a list
 * of noise ("twice during", "rarely") as its emerging themes.
 */
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

/**
 * Log ratio of the smoothed shares, (r+1)/(Nr+2) over (p+1)/(Np+2), minus one standard error;
 * null when the share did not rise. Without a previous period (or a thin one) everything is new,
 * so the score is the (log) count alone.
 */
export function emergence(recent: number, previous: number, sizes: PeriodSizes): number | null {
  if (thinPrevious(sizes)) return Math.log(recent + 1)
  const ratio = ((recent + 1) / (sizes.recent + 2)) / ((previous + 1) / (sizes.previous + 2))
  if (ratio <= 1) return null
  return Math.log(ratio) - Math.sqrt(1 / (recent + 1) + 1 / (previous + 1))
}

/** Change in the share of comments mentioning it, in percentage points (one decimal). */
export function trendPoints(recent: number, previous: number, sizes: PeriodSizes): number {
  const now = recent / Math.max(1, sizes.recent), before = previous / Math.max(1, sizes.previous)
  return Math.round((now - before) * 1000) / 10
}
