// Score bands and confidence thresholds the rules use, in one place so they are documented once.
import type { Severity, SurveyKind } from './types.ts'

/**
 * Detractor bands per survey kind, and the band that is "severe" (high severity):
 * NPS 0-6 (0-3 severe), CSAT 1-2 on 1-5 (1 severe), CES 6-7 on 1-7 "very difficult" (7 severe).
 */
export const DETRACTOR_BANDS: Partial<Record<SurveyKind, { min: number; max: number; severeMin: number; severeMax: number }>> = {
  nps: { min: 0, max: 6, severeMin: 0, severeMax: 3 },
  csat: { min: 1, max: 2, severeMin: 1, severeMax: 1 },
  ces: { min: 6, max: 7, severeMin: 7, severeMax: 7 },
}

/**
 * A comment counts as confidently negative when the text engine labels it negative with at
 * least this confidence (0..1). 0.7 keeps mild or mixed comments ("ok but pricey") out of
 * people's inboxes: the engine reports confidence near 0.5 for those; strongly worded
 * complaints sit well above. Workspaces can pass their own threshold to the rules.
 */
export const NEGATIVE_CONFIDENCE = 0.7
/** At or above this, a negative comment is high severity rather than medium. */
export const STRONG_NEGATIVE_CONFIDENCE = 0.9

export type DetractorBand = 'severe' | 'detractor'

export function detractorBand(kind: SurveyKind, score: number | null | undefined): DetractorBand | null {
  const band = DETRACTOR_BANDS[kind]
  if (!band || score == null || !Number.isFinite(score)) return null
  if (score < band.min || score > band.max) return null
  return score >= band.severeMin && score <= band.severeMax ? 'severe' : 'detractor'
}

/**
 * A comment that reads negative, or mixed and leaning negative ("friendly, but never fixes
 * anything"): holding some praise does not make a complaint one to sit on.
 */
export function isNegativeLabel(label: string | null | undefined, score?: number | null): boolean {
  return label === 'negative' || label === 'neg' || (label === 'mixed' && score != null && score < 0)
}

/** How negative a comment reads: 'strong' only for a plain negative label at STRONG_NEGATIVE_CONFIDENCE. */
export type CommentTone = 'none' | 'negative' | 'strong'

export function commentTone(s: { label: string; score?: number | null; confidence: number } | null | undefined, threshold = NEGATIVE_CONFIDENCE): CommentTone {
  if (!s || !isNegativeLabel(s.label, s.score) || s.confidence < threshold) return 'none'
  // A mixed comment ("the price is ok but support is slow") holds praise too: never 'strong'.
  return s.label !== 'mixed' && s.confidence >= STRONG_NEGATIVE_CONFIDENCE ? 'strong' : 'negative'
}

/**
 * Severity of a response alert, before the top-value step. The rule: severity never falls as
 * the score falls or as the comment gets more negative, and a detractor always ranks at or above
 * a passive or promoter with the same comment.
 *
 *   score \ comment         none     negative   strongly negative
 *   severe detractor        high     high       high
 *   detractor               medium   medium     high
 *   passive, promoter, -    (none)   low        medium
 *
 * So an "ok but" comment from a passive is at most medium (high for a top-value customer), never
 * critical, and "critical" is kept for top-value customers in real trouble.
 */
export function responseSeverity(band: DetractorBand | null, tone: CommentTone): Severity | null {
  if (band === 'severe') return 'high'
  if (band === 'detractor') return tone === 'strong' ? 'high' : 'medium'
  return tone === 'strong' ? 'medium' : tone === 'negative' ? 'low' : null
}

const ORDER: Severity[] = ['low', 'medium', 'high', 'critical']

/** One step up, for customers in the top value tier: they deserve the faster, more senior response. */
export function raiseSeverity(severity: Severity, steps = 1): Severity {
  return ORDER[Math.min(ORDER.length - 1, ORDER.indexOf(severity) + steps)]
}

export function severityRank(severity: Severity): number {
  return ORDER.indexOf(severity)
}
