// A labelled file whose sentiment labels contradict what the shipped rules read with confidence, on
// almost every row, is likely swapped (pos and neg the wrong way round, or a score column read
// backwards). Learned as it is, the self-check would trust it fully (the labels agree with
// themselves) and every new comment would read the opposite way, so the upload is refused unless forced.
import { analyzeText } from '../text/index.ts'
import type { TextExampleRow } from './text-examples.ts'

/** Rows read to decide: enough for a steady share, little CPU for a 20,000-row file. */
export const SWAP_SAMPLE = 400
/** Confident rule readings needed before anything is claimed. */
export const SWAP_MIN_READ = 40
/** Below this share of agreement, the labels are taken as contradicting the rules. */
export const SWAP_AGREEMENT = 0.25
const CONFIDENT = 0.6

export type Contradiction = { read: number; agreeing: number; example: { text: string; label: string } }

/** Where the file's pos/neg labels contradict the rules' confident readings, how far; else null. */
export function contradictedLabels(rows: readonly TextExampleRow[]): Contradiction | null {
  let read = 0, agreeing = 0
  let example: Contradiction['example'] | undefined
  for (const r of rows) {
    if (read >= SWAP_SAMPLE) break
    if (r.sentiment !== 'pos' && r.sentiment !== 'neg') continue
    const s = analyzeText(r.text).sentiment
    if (s.confidence < CONFIDENT || (s.label !== 'positive' && s.label !== 'negative')) continue
    read++
    if ((s.label === 'positive') === (r.sentiment === 'pos')) agreeing++
    else example ??= { text: r.text, label: r.sentiment }
  }
  return read >= SWAP_MIN_READ && agreeing / read < SWAP_AGREEMENT && example ? { read, agreeing, example } : null
}
