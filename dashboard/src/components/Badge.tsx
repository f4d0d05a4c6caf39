// Small coloured labels: risk tier, sentiment, delivery status, severity.
import { t, type Key } from '../i18n/index.ts'

const TONE: Record<string, string> = {
  high: 'bad', medium: 'warn', low: 'ok',
  negative: 'bad', mixed: 'warn', neutral: 'plain', positive: 'ok',
  failed: 'bad', dead: 'bad', pending: 'warn', delivered: 'ok',
  critical: 'bad', warning: 'warn', info: 'plain',
}

export function Badge({ value, label }: { value: string | null | undefined; label?: string }) {
  if (!value) return null
  const key = ('v_' + value) as Key
  const text = label ?? (t(key) === key ? value : t(key))
  return <span class={`badge ${Object.hasOwn(TONE, value) ? TONE[value] : 'plain'}`}>{text}</span>
}
