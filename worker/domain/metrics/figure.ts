// Every reported figure carries the counts behind it; the value is null when there is nothing to divide by.

export type Figure<Counts extends Record<string, number>> = { value: number | null } & Counts

/** part / whole × 100, or null for an empty whole. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? (part / whole) * 100 : null
}

export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null
}
