// Cohort retention heatmap: one row per first month, one cell per month since.
import { heatColor, heatText } from '../lib/chart.ts'
import { month, share } from '../lib/format.ts'
import { t } from '../i18n/index.ts'

export interface CohortRow {
  cohort: string
  size: number
  retention: number[]
}

// Retention may arrive as shares (0–1) or percents (0–100); cells always show shares.
export function toShares(rows: CohortRow[]): CohortRow[] {
  const percent = rows.some((r) => r.retention.some((v) => v > 1.0001))
  return percent ? rows.map((r) => ({ ...r, retention: r.retention.map((v) => v / 100) })) : rows
}

export function Heatmap({ rows: raw }: { rows: CohortRow[] }) {
  const rows = toShares(raw)
  const width = Math.max(0, ...rows.map((r) => r.retention.length))
  return (
    <div class="scroll-x">
      <table class="heatmap">
        <thead>
          <tr>
            <th scope="col">{t('cohort')}</th>
            <th scope="col" class="num">{t('customers')}</th>
            {Array.from({ length: width }, (_, i) => <th key={i} scope="col" class="num">{t('monthN', { n: i })}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.cohort}>
              <th scope="row">{month(r.cohort)}</th>
              <td class="num muted">{r.size}</td>
              {Array.from({ length: width }, (_, i) => {
                const v = i < r.retention.length ? r.retention[i] : null
                return <td key={i} class="cell" style={{ background: heatColor(v), color: heatText(v) }}>{v === null ? '' : share(v)}</td>
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
