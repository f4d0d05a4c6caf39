// A headline figure with its change versus the previous period and, optionally, a sparkline.
import type { ComponentChildren } from 'preact'
import { signed } from '../lib/format.ts'
import { t } from '../i18n/index.ts'
import { Sparkline } from './LineChart.tsx'

// Whether a change is good news: for churn and effort, down is up.
export function tone(change: number | null, lowerIsBetter = false): 'up' | 'down' | 'flat' {
  if (change === null || Math.abs(change) < 1e-9) return 'flat'
  return (change > 0) !== lowerIsBetter ? 'up' : 'down'
}

export function Stat({ id, label, value, change, changeDigits = 1, lowerIsBetter, spark, sparkFormat, children }: {
  id: string
  label: string
  value: string
  change?: number | null
  changeDigits?: number
  lowerIsBetter?: boolean
  spark?: (number | null)[]
  sparkFormat?: (v: number) => string
  children?: ComponentChildren
}) {
  const shown = change === undefined || change === null ? change : Number(change.toFixed(changeDigits))
  const tn = shown === undefined ? null : tone(shown, lowerIsBetter)
  return (
    <section class="card stat" aria-labelledby={`stat-${id}`}>
      <h2 id={`stat-${id}`} class="stat-label">{label}</h2>
      <div class="stat-row">
        <p class="stat-value" data-figure={id}>{value}</p>
        {spark && <Sparkline values={spark} label={label} format={sparkFormat} />}
      </div>
      {tn && (
        <p class={`change ${tn}`}>
          {change === null ? t('noPrevious') : t('vsPrevious', { change: signed(change ?? null, changeDigits) })}
        </p>
      )}
      {children && <div class="stat-sub muted">{children}</div>}
    </section>
  )
}
