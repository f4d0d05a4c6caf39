// Numbers, percentages, changes and dates in the reader's language.
let locale = 'en'
export function setFormatLocale(l: string) {
  locale = l
}

const cache = new Map<string, Intl.NumberFormat>()
function nf(opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(opts)
  let f = cache.get(key)
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, opts)))
  return f
}

export const DASH = '–'

export function num(v: number | null | undefined, digits = 0): string {
  return v === null || v === undefined || !Number.isFinite(v) ? DASH : nf({ maximumFractionDigits: digits, minimumFractionDigits: digits }).format(v)
}

// Percent values arrive as 0–100 from the API's figures.
export function pct(v: number | null | undefined, digits = 1): string {
  return v === null || v === undefined || !Number.isFinite(v) ? DASH : num(v, digits) + '%'
}

// Shares arrive as 0–1 (cohort retention).
export function share(v: number | null | undefined, digits = 0): string {
  return v === null || v === undefined ? DASH : pct(v * 100, digits)
}

export function money(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return DASH
  return Math.abs(v) >= 10_000 ? nf({ notation: 'compact', maximumFractionDigits: 1 }).format(v) : num(v, v % 1 ? 2 : 0)
}

// Change between two figures, signed; null when either side is missing.
export function delta(current: number | null | undefined, previous: number | null | undefined): number | null {
  if (current === null || current === undefined || previous === null || previous === undefined) return null
  if (!Number.isFinite(current) || !Number.isFinite(previous)) return null
  return current - previous
}

export function signed(v: number | null, digits = 1): string {
  if (v === null) return DASH
  const r = Number(v.toFixed(digits))
  return (r > 0 ? '+' : r < 0 ? '−' : '±') + num(Math.abs(r), digits)
}

export function date(t: number | null | undefined): string {
  return t ? new Date(t).toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' }) : DASH
}

export function dateTime(t: number | null | undefined): string {
  return t ? new Date(t).toLocaleString(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }) : DASH
}

export function shortDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(y, (m || 1) - 1, d || 1).toLocaleDateString(locale, { month: 'short', day: 'numeric' })
}

export function month(ym: string): string {
  const [y, m] = ym.split('-').map(Number)
  return new Date(y, (m || 1) - 1, 1).toLocaleDateString(locale, { year: 'numeric', month: 'short' })
}

/** A risk reason in the reader's language, falling back to the English the engine always writes. */
export function reasonText(r: { text: string; i18n?: { 'zh-Hans'?: string; 'zh-Hant'?: string } }, lang: string): string {
  return (lang === 'zh-Hans' || lang === 'zh-Hant' ? r.i18n?.[lang] : undefined) ?? r.text
}
