// Score ranges, end labels and follow-up questions by band, per survey kind.
import type { Survey } from '../types.ts'
import type { Strings } from '../locales/index.ts'
import type { RadioOption } from './RadioGroup.tsx'

export const RANGES: Record<string, [number, number]> = { nps: [0, 10], csat: [1, 5], ces: [1, 7] }

export type Band = 'detractor' | 'passive' | 'promoter' | 'low' | 'high'

// NPS: 0-6 detractor, 7-8 passive, 9-10 promoter. CSAT 4-5 and CES 5-7 count as high: on CES
// (1 = very easy, 7 = very difficult) the high band is the unhappy one.
export function band(kind: string, score: number): Band {
  if (kind == 'nps') return score <= 6 ? 'detractor' : score <= 8 ? 'passive' : 'promoter'
  return score >= (kind == 'csat' ? 4 : 5) ? 'high' : 'low'
}

export function followUpQuestion(survey: Survey, score: number, t: Strings): string {
  const f = survey.text.followUps || {}
  const k = survey.kind
  const b = band(k, score)
  // A survey may configure only low/high for NPS, or only the NPS bands for a 5- or 7-point scale.
  const fallback = k == 'nps' ? (b == 'detractor' ? f.low : f.high) : b == (k == 'ces' ? 'low' : 'high') ? f.promoter : f.detractor
  return f[b] || fallback || t.followUp
}

export function endLabels(survey: Survey, t: Strings): [string, string] {
  const k = survey.kind
  const [lo, hi] = k == 'csat' ? [t.csatLow, t.csatHigh] : k == 'ces' ? [t.cesLow, t.cesHigh] : [t.notLikely, t.veryLikely]
  return [survey.text.lowLabel || lo, survey.text.highLabel || hi]
}

// For screen readers, from the labels the survey shows (a CES may run easy-to-hard or back).
export function scaleName(survey: Survey, t: Strings): string {
  const [min, max] = RANGES[survey.kind] || RANGES.nps
  const [lo, hi] = endLabels(survey, t)
  const words: Record<string, string | number> = { min, max, lo, hi }
  return t.scale.replace(/\{(\w+)\}/g, (_, k: string) => '' + words[k])
}

// Accessible names start with the number ("0, Not likely", "5", "10, Very likely").
export function scoreOptions(survey: Survey, t: Strings): RadioOption[] {
  const [min, max] = RANGES[survey.kind] || RANGES.nps
  const [lo, hi] = endLabels(survey, t)
  const options: RadioOption[] = []
  for (let n = min; n <= max; n++) {
    const end = n == min ? lo : n == max ? hi : ''
    options.push({ value: '' + n, text: '' + n, name: end ? n + ', ' + end : '' + n })
  }
  return options
}

export const EXIT_REASONS = ['too_expensive', 'missing_features', 'switched_competitor', 'poor_support', 'quality_issues', 'too_complicated', 'no_longer_needed', 'temporary', 'other']

export function reasonOptions(survey: Survey, t: Strings): RadioOption[] {
  const list = survey.reasons && survey.reasons.length ? survey.reasons : EXIT_REASONS.map((id) => ({ id, label: t.reasons[id] }))
  // The API falls back to the id when a survey has no label in this locale.
  return list.map((r) => ({ value: r.id, text: (r.label != r.id && r.label) || t.reasons[r.id] || r.id }))
}
