// Scales, ticks and paths for the hand-drawn SVG charts.
export interface Scale {
  (v: number): number
  domain: [number, number]
}

export function linear(domain: [number, number], range: [number, number]): Scale {
  const [d0, d1] = domain
  const [r0, r1] = range
  const span = d1 - d0 || 1
  const s = ((v: number) => r0 + ((v - d0) / span) * (r1 - r0)) as Scale
  s.domain = domain
  return s
}

// About `count` round tick values covering [min, max] (1, 2 or 5 times a power of ten apart).
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return []
  if (min === max) {
    min -= 1
    max += 1
  }
  const raw = (max - min) / Math.max(1, count)
  const pow = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow
  const start = Math.floor(min / step) * step
  const ticks: number[] = []
  for (let v = start; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toFixed(10)))
  if (ticks[ticks.length - 1] < max) ticks.push(Number((ticks[ticks.length - 1] + step).toFixed(10)))
  return ticks
}

// Ticks inside [lo, hi] for an axis: at least three when the range allows, so a line that dips
// below zero shows a labelled gridline under it too. Whole numbers only for counts: 0.5 printed
// without decimals read "0, 1, 1".
export function ticksWithin(lo: number, hi: number, { whole = false } = {}): number[] {
  const inside = (count: number) => niceTicks(lo, hi, count).filter((v) => v >= lo - 1e-9 && v <= hi + 1e-9 && (!whole || Number.isInteger(v)))
  const ticks = inside(4)
  return ticks.length >= 3 ? ticks : inside(8)
}

// Where bucket i sits on an axis from `left` to `right`: the middle of its slot, so lines and
// columns over the same buckets line up.
export function slotCenter(i: number, n: number, left: number, right: number): number {
  return left + ((right - left) / Math.max(1, n)) * (i + 0.5)
}

// About how wide an 11 px axis label is: wide (CJK) characters take a full em.
export function labelWidth(text: string): number {
  let w = 0
  for (const ch of text) w += ch.codePointAt(0)! >= 0x2e80 ? 11 : 6.6
  return w
}

// Which bucket labels to print, and where, so none collide or leave the chart's `width`: every
// k-th, counted back from the last (the latest is the one people look for), with k the smallest
// that keeps neighbours `gap` apart by their own lengths; the outermost are nudged inside.
export function axisLabels(labels: string[], left: number, right: number, width: number, gap = 12): { i: number; x: number }[] {
  const n = labels.length
  for (let every = 1; every <= n; every++) {
    const shown: { i: number; x: number; w: number }[] = []
    for (let i = n - 1; i >= 0; i -= every) {
      const w = labelWidth(labels[i])
      shown.unshift({ i, w, x: Math.max(w / 2, Math.min(width - w / 2, slotCenter(i, n, left, right))) })
    }
    if (shown.every((s, k) => k === 0 || s.x - s.w / 2 >= shown[k - 1].x + shown[k - 1].w / 2 + gap)) return shown.map(({ i, x }) => ({ i, x }))
  }
  return []
}

// SVG path through the points; a null breaks the line instead of dropping to zero.
export function linePath(values: (number | null)[], x: (i: number) => number, y: (v: number) => number, { spanGaps = false } = {}): string {
  let d = ''
  let pen = false
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      if (!spanGaps) pen = false
      return
    }
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`
    pen = true
  })
  return d
}

// The value range across series, padded a little so lines do not touch the frame.
export function extent(series: (number | null)[][], fixed?: [number, number]): [number, number] {
  if (fixed) return fixed
  const all = series.flat().filter((v): v is number => v !== null && Number.isFinite(v))
  if (all.length === 0) return [0, 1]
  const lo = Math.min(...all)
  const hi = Math.max(...all)
  const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.1 || 1
  // Values that are never negative (counts, rates) never get a negative axis: all zero is 0 to 1.
  return [lo >= 0 ? Math.max(0, lo - pad) : lo - pad, hi + pad]
}

// Heatmap cell colour for a share 0–1: pale to the brand's deep teal.
export function heatColor(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return 'transparent'
  const t = Math.max(0, Math.min(1, v))
  const light = 96 - t * 62
  return `hsl(174 ${40 + t * 25}% ${light.toFixed(0)}%)`
}

// Text on a heatmap cell stays readable on dark fills.
export function heatText(v: number | null): string {
  return v !== null && v > 0.62 ? '#fff' : '#1c2b2a'
}
