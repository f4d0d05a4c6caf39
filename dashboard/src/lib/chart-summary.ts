// What a screen reader hears instead of a chart's drawing: the span it covers and, per series,
// its first and last value, lowest and highest. The tick labels themselves are hidden from it.
import { t } from '../i18n/index.ts'

export function seriesSummary(name: string, values: (number | null)[], format: (v: number) => string): string {
  const vs = values.filter((v): v is number => v !== null && Number.isFinite(v))
  if (vs.length === 0) return `${name}: –`
  return t('chartSummary', { name, first: format(vs[0]), last: format(vs[vs.length - 1]), min: format(Math.min(...vs)), max: format(Math.max(...vs)) })
}

export function chartSummary(title: string, labels: string[], series: { name: string; values: (number | null)[] }[], format: (v: number) => string): string {
  const span = labels.length > 1 ? ` (${labels[0]} – ${labels[labels.length - 1]})` : labels.length ? ` (${labels[0]})` : ''
  // One series named like its chart is told once: "NPS (1 Nov – 30 Nov): from 12 to 30, …".
  if (series.length === 1 && series[0].name === title) return seriesSummary(title + span, series[0].values, format)
  return `${title}${span}. ${series.map((s) => seriesSummary(s.name, s.values, format)).join('. ')}`
}
