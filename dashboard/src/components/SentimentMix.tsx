// A topic's sentiment mix as one stacked bar with a readable breakdown for screen readers.
import { t } from '../i18n/index.ts'

export interface Mix {
  positive: number
  neutral: number
  negative: number
  mixed: number
}

const ORDER: (keyof Mix)[] = ['positive', 'neutral', 'mixed', 'negative']

export function mixShares(m: Mix): { key: keyof Mix; share: number }[] {
  const total = ORDER.reduce((s, k) => s + (m[k] || 0), 0)
  return ORDER.map((key) => ({ key, share: total ? (m[key] || 0) / total : 0 }))
}

export function SentimentMix({ mix }: { mix: Mix }) {
  const parts = mixShares(mix)
  const label = parts.map((p) => `${t(`v_${p.key}`)} ${Math.round(p.share * 100)}%`).join(', ')
  return (
    <span class="mix" role="img" aria-label={label} title={label}>
      {parts.map((p) => p.share > 0 && <i key={p.key} class={p.key} style={{ width: `${p.share * 100}%` }} />)}
    </span>
  )
}
