// Sentiment labels as labelled files write them: words, 1/0, -1/0/1, or numbers on a scale. Shared
// by `stayloop eval`, `stayloop train` and POST /v1/text-model/examples, so a file reads the same everywhere.
export type SentimentClass = 'pos' | 'neg' | 'neu'

/**
 * A word or binary label as a class. Numbers read as binary sets write them (1 positive, 0
 * negative), or, in a file that also uses -1 (`signed`), as -1 / 0 / 1.
 */
export function normalizeSentimentLabel(raw: string, signed = false): SentimentClass | null {
  const l = raw.trim().toLowerCase()
  if (l === 'pos' || l === 'positive' || l === '1' || l === '+1') return 'pos'
  if (l === '0') return signed ? 'neu' : 'neg'
  if (l === 'neg' || l === 'negative' || l === '-1') return 'neg'
  if (l === 'neu' || l === 'neutral') return 'neu'
  return null
}

/** A numeric scale, how its numbers read, and the sentence that tells the user so. */
type LabelScale = { read: (raw: string) => SentimentClass | null; says: string }

const byCut = (negMax: number, posMin: number) => (raw: string): SentimentClass | null => {
  const n = Number(raw.trim())
  if (raw.trim() === '' || !Number.isFinite(n)) return null
  return n <= negMax ? 'neg' : n >= posMin ? 'pos' : 'neu'
}

/**
 * How a label column of numbers beyond 1/0 and -1/0/1 reads, by the conventions public sets use:
 * 1/2 polarity (Yelp and Amazon polarity: 1 negative, 2 positive), 0–4 (Sentiment140's 0/2/4, SST's
 * five classes), 1–5 stars and 1–10 ratings. undefined: plain labels; a string: numbers of no scale
 * we know (decimals, 0–100), refused rather than guessed.
 */
function labelScale(values: string[]): LabelScale | string | undefined {
  const numbers = values.map((v) => v.trim()).filter((v) => v !== '' && /^-?\d+(\.\d+)?$/.test(v))
  if (numbers.length === 0 || numbers.every((v) => ['-1', '0', '1'].includes(v))) return undefined
  if (!numbers.every((v) => /^\d+$/.test(v))) return `holds numbers ("${numbers.find((v) => !/^\d+$/.test(v))}") on no scale it knows`
  const n = numbers.map(Number), min = Math.min(...n), max = Math.max(...n)
  if (min === 1 && max === 2) return { read: byCut(1, 2), says: 'polarity labels: 1 negative, 2 positive' }
  if (min >= 0 && max <= 4) return { read: byCut(1, 3), says: '0–4 labels: 0–1 negative, 2 neutral, 3–4 positive' }
  if (min >= 1 && max <= 5) return { read: byCut(2, 4), says: '1–5 ratings: 1–2 negative, 3 neutral, 4–5 positive' }
  if (min >= 0 && max <= 10) return { read: byCut(4, 7), says: '1–10 ratings: up to 4 negative, 5–6 neutral, 7 and up positive' }
  return `holds numbers up to ${max}, on no scale it knows`
}

/**
 * How a label column reads, decided on all of its values: by a numeric scale (`says` tells the user
 * which), or as words and 1/0 (-1/0/1 once the column holds a -1). A string: numbers on no known scale.
 */
export function sentimentReader(values: string[]): { read: (raw: string) => SentimentClass | null; says?: string } | string {
  const scale = labelScale(values)
  if (scale !== undefined) return scale
  const signed = values.some((v) => v.trim() === '-1')
  return { read: (raw) => normalizeSentimentLabel(raw, signed) }
}
