// Trend lines in plain SVG: one or more series over the same buckets, with y ticks, a few x
// labels, and a value readout for the bucket under the pointer.
import { useState } from 'preact/hooks'
import { axisLabels, extent, linear, linePath, slotCenter, ticksWithin } from '../lib/chart.ts'
import { chartSummary, seriesSummary } from '../lib/chart-summary.ts'
import { num } from '../lib/format.ts'
import { useWidth } from '../lib/use-width.ts'

export interface Series {
  name: string
  color: string
  values: (number | null)[]
}

// The same padding as ColumnChart, so a line and columns over the same days line up.
const PAD = { top: 12, right: 8, bottom: 24, left: 40 }

export function LineChart({ series, labels, height = 200, domain, format = String, title }: {
  series: Series[]
  labels: string[]
  height?: number
  domain?: [number, number]
  format?: (v: number) => string
  title: string
}) {
  const [hover, setHover] = useState<number | null>(null)
  const { ref, width: W } = useWidth<HTMLElement>()
  const [lo, hi] = extent(series.map((s) => s.values), domain)
  // Counts (all whole numbers) get whole ticks; a fixed domain keeps its own.
  const ticks = ticksWithin(lo, hi, { whole: !domain && series.every((s) => s.values.every((v) => v === null || Number.isInteger(v))) })
  const n = Math.max(1, labels.length)
  const x = (i: number) => slotCenter(i, n, PAD.left, W - PAD.right)
  const y = linear([lo, hi], [height - PAD.bottom, PAD.top])
  const onMove = (e: PointerEvent) => {
    const svg = e.currentTarget as SVGSVGElement
    const box = svg.getBoundingClientRect()
    const px = ((e.clientX - box.left) / (box.width || 1)) * W
    const i = Math.floor(((px - PAD.left) / (W - PAD.left - PAD.right)) * n)
    setHover(Math.max(0, Math.min(n - 1, i)))
  }
  return (
    <figure class="chart" ref={ref}>
      <svg viewBox={`0 0 ${W} ${height}`} height={height} role="img" aria-label={chartSummary(title, labels, series, format)} onPointerMove={onMove} onPointerLeave={() => setHover(null)}>
        {ticks.map((v) => (
          <g key={v}>
            <line class="grid" x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text class="tick" x={PAD.left - 6} y={y(v) + 4} text-anchor="end" aria-hidden="true">{format(v)}</text>
          </g>
        ))}
        {axisLabels(labels, PAD.left, W - PAD.right, W).map((l) => <text key={l.i} class="tick" x={l.x} y={height - 6} text-anchor="middle" aria-hidden="true">{labels[l.i]}</text>)}
        {series.map((s) => (
          <g key={s.name}>
            <path d={linePath(s.values, x, y)} fill="none" stroke={s.color} stroke-width="2.2" stroke-linejoin="round" stroke-linecap="round" />
            {s.values.map((v, i) => v !== null && (n < 40 || i === hover) ? <circle key={i} cx={x(i)} cy={y(v)} r={i === hover ? 4 : 2.4} fill={s.color} /> : null)}
          </g>
        ))}
        {hover !== null && <line class="cursor" x1={x(hover)} x2={x(hover)} y1={PAD.top} y2={height - PAD.bottom} />}
      </svg>
      <figcaption class="legend">
        {hover !== null && <span class="muted">{labels[hover]}</span>}
        {series.map((s) => (
          <span key={s.name}>
            <i style={{ background: s.color }} />
            {s.name}
            {hover !== null && s.values[hover] !== null && s.values[hover] !== undefined ? <b> {format(s.values[hover] as number)}</b> : null}
          </span>
        ))}
      </figcaption>
    </figure>
  )
}

// A small line without axes, for stat cards. It runs across days without answers: broken into
// pieces, a day between two empty ones drew nothing at all (CSAT and CES are answered less often).
export function Sparkline({ values, color = 'var(--brand)', label, format = (v) => num(v, 1) }: { values: (number | null)[]; color?: string; label: string; format?: (v: number) => string }) {
  const w = 120
  const h = 32
  if (values.filter((v) => v !== null).length < 2) return null
  const [lo, hi] = extent([values])
  const x = linear([0, values.length - 1], [2, w - 2])
  const y = linear([lo, hi], [h - 3, 3])
  return (
    <svg class="spark" viewBox={`0 0 ${w} ${h}`} role="img" aria-label={seriesSummary(label, values, format)}>
      <path d={linePath(values, x, y, { spanGaps: true })} fill="none" stroke={color} stroke-width="1.8" stroke-linejoin="round" />
    </svg>
  )
}
