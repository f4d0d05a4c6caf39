// Bars in plain SVG (vertical, over time) and HTML (horizontal, ranked lists).
import { axisLabels, linear, niceTicks, slotCenter } from '../lib/chart.ts'
import { chartSummary } from '../lib/chart-summary.ts'
import { useWidth } from '../lib/use-width.ts'

export function ColumnChart({ values, labels, format = String, title, height = 180, color = 'var(--brand)', caption }: {
  values: (number | null)[]
  labels: string[]
  format?: (v: number) => string
  title: string
  height?: number
  color?: string
  /** Shown under the chart with the colour's swatch (the title is only read out otherwise). */
  caption?: string
}) {
  const { ref, width: W } = useWidth<HTMLElement>()
  const pad = { top: 12, right: 8, bottom: 24, left: 40 }
  const max = Math.max(0, ...values.map((v) => v ?? 0))
  // Counts never get fractional ticks.
  const whole = values.every((v) => v === null || Number.isInteger(v))
  const ticks = niceTicks(0, max || 1, 4).filter((v) => !whole || Number.isInteger(v))
  const top = ticks[ticks.length - 1] || 1
  const y = linear([0, top], [height - pad.bottom, pad.top])
  const slot = (W - pad.left - pad.right) / Math.max(1, values.length)
  const bw = Math.max(2, Math.min(36, slot * 0.64))
  return (
    <figure class="chart" ref={ref}>
      <svg viewBox={`0 0 ${W} ${height}`} height={height} role="img" aria-label={chartSummary(title, labels, [{ name: title, values }], format)}>
        {ticks.map((v) => (
          <g key={v}>
            <line class="grid" x1={pad.left} x2={W - pad.right} y1={y(v)} y2={y(v)} />
            <text class="tick" x={pad.left - 6} y={y(v) + 4} text-anchor="end" aria-hidden="true">{format(v)}</text>
          </g>
        ))}
        {values.map((v, i) => {
          const cx = slotCenter(i, values.length, pad.left, W - pad.right)
          return v !== null && <rect key={i} x={cx - bw / 2} y={y(v)} width={bw} height={Math.max(0, y(0) - y(v))} rx="3" fill={color}><title>{`${labels[i]}: ${format(v)}`}</title></rect>
        })}
        {axisLabels(labels, pad.left, W - pad.right, W).map((l) => <text key={'l' + l.i} class="tick" x={l.x} y={height - 6} text-anchor="middle" aria-hidden="true">{labels[l.i]}</text>)}
      </svg>
      {caption && <figcaption class="legend"><span><i style={{ background: color }} />{caption}</span></figcaption>}
    </figure>
  )
}

export function HBar({ value, max, tone = 'brand' }: { value: number; max: number; tone?: 'brand' | 'bad' | 'ok' | 'faint' }) {
  const w = max > 0 ? Math.max(0, Math.min(100, (Math.abs(value) / max) * 100)) : 0
  return <span class={`hbar ${tone}`} aria-hidden="true"><i style={{ width: `${w}%` }} /></span>
}
