// The score a corrected sentiment label carries. The score (-1..1) is read alongside the label
// (a mixed comment's sign says which way it leans; reports and CSV show it), so a person's
// correction must not leave {"label":"positive","score":-0.98}.
export type SentimentLabel = 'positive' | 'negative' | 'neutral' | 'mixed'

/** A corrected label with no strength of its own to go by is this far from neutral. */
export const DEFAULT_CORRECTED_STRENGTH = 0.5

/**
 * positive: the model's strength with a plus sign; negative: with a minus sign (at least
 * DEFAULT_CORRECTED_STRENGTH when the model saw next to nothing); neutral: 0; mixed: the
 * model's lean is kept, as the label alone does not say which way it goes.
 */
export function correctedScore(label: SentimentLabel, modelScore: number | null): number {
  const strength = Math.abs(modelScore ?? 0)
  const clear = strength >= 0.05 ? strength : DEFAULT_CORRECTED_STRENGTH
  if (label === 'positive') return clear
  if (label === 'negative') return -clear
  if (label === 'neutral') return 0
  return modelScore ?? 0
}
