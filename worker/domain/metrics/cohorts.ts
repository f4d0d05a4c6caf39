// Monthly cohort retention: customers grouped by first month, share active in each later month.
// Each cohort's row depends only on its own members, so newer customers never change it.

export interface CohortMember {
  firstSeenAt: number
  /** Months ('YYYY-MM', UTC) in which the customer was active. */
  activeMonths: Iterable<string>
}

export interface CohortRow {
  cohort: string
  size: number
  /** offset 0 is the first month itself; runs up to the month of `asOf`. */
  months: { offset: number; month: string; active: number; rate: number | null }[]
}

export function monthOf(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 7)
}

export function addMonths(month: string, offset: number): string {
  const [y, m] = month.split('-').map(Number)
  const index = y * 12 + (m - 1) + offset
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

export function cohortRetention(members: CohortMember[], asOf: number): CohortRow[] {
  const last = monthOf(asOf)
  const cohorts = new Map<string, Set<string>[]>()
  for (const member of members) {
    const cohort = monthOf(member.firstSeenAt)
    if (cohort > last) continue
    const list = cohorts.get(cohort) ?? []
    list.push(new Set(member.activeMonths))
    cohorts.set(cohort, list)
  }
  const sizes = [...cohorts.entries()].map(([cohort, group]) => ({ cohort, size: group.length }))
  return cohortTable(sizes, (cohort, month) => cohorts.get(cohort)!.filter((s) => s.has(month)).length, asOf)
}

/**
 * The same table from counts (SQL aggregates): cohort sizes, and how many of a cohort were
 * active in a month. Offset 0 counts everyone: joining is activity.
 */
export function cohortTable(sizes: { cohort: string; size: number }[], activeIn: (cohort: string, month: string) => number, asOf: number): CohortRow[] {
  const last = monthOf(asOf)
  return sizes.filter((c) => c.cohort <= last).sort((a, b) => a.cohort.localeCompare(b.cohort)).map(({ cohort, size }) => {
    const months: CohortRow['months'] = []
    for (let offset = 0; addMonths(cohort, offset) <= last; offset++) {
      const month = addMonths(cohort, offset)
      const active = offset === 0 ? size : Math.min(size, activeIn(cohort, month))
      months.push({ offset, month, active, rate: size ? (active / size) * 100 : null })
    }
    return { cohort, size, months }
  })
}
