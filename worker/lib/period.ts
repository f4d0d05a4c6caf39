// Reporting periods: ?from=&to= (epoch ms or ISO dates), default the last 30 days; the previous
// period is the same length just before, for "change vs previous".
import * as z from 'zod'
import { validate } from './body.ts'
import { ApiError } from './errors.ts'
import { queryEnd, queryTimestamp } from './schemas.ts'

const DAY = 86_400_000
const query = z.object({ from: queryTimestamp.optional(), to: queryEnd.optional(), days: z.coerce.number().int().min(1).max(3650).optional() })

export interface Period {
  from: number
  to: number
  previous: { from: number; to: number }
}

export function periodFrom(q: Record<string, string>, now = Date.now()): Period {
  const { from, to, days } = validate(query, { from: q.from, to: q.to, days: q.days })
  const end = to ?? now
  const start = from ?? end - (days ?? 30) * DAY
  if (start >= end) throw new ApiError('invalid_request', 'from: must be before to')
  if (end - start > 3650 * DAY) throw new ApiError('invalid_request', 'period: at most 10 years')
  return { from: start, to: end, previous: { from: start - (end - start), to: start } }
}
