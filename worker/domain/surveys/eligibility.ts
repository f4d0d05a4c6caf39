// Which surveys an identified customer may see now. The server decides for identified customers
// so throttling survives cleared storage and new devices; the widget applies the same rules
// from localStorage for anonymous visitors.
import type { Frequency, SurveyDefinition, Targeting } from './types.ts'

const DAY = 86_400_000
/** "Ask me later" snoozes every survey for this long, not the whole recontact period. */
export const LATER_SNOOZE_DAYS = 3

/** FNV-1a 32-bit over UTF-16 code units; the widget uses the very same function. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** Sticky sampling: the same person is in or out of a survey every time. */
export function inSample(personId: string, surveyId: string, sampling: number): boolean {
  if (sampling >= 100) return true
  if (sampling <= 0) return false
  return fnv1a(`${personId}:${surveyId}`) % 100 < sampling
}

export function matchesTargeting(targeting: Targeting | null, traits: Record<string, unknown>): boolean {
  for (const rule of targeting?.traits ?? []) {
    const value = traits[rule.key]
    const ok =
      rule.op === 'exists' ? value !== undefined && value !== null
      : rule.op === 'eq' ? value === rule.value
      : rule.op === 'neq' ? value !== rule.value
      : rule.op === 'in' ? Array.isArray(rule.value) && rule.value.includes(value)
      : rule.op === 'gt' ? typeof value === 'number' && value > Number(rule.value)
      : rule.op === 'lt' ? typeof value === 'number' && value < Number(rule.value)
      : false
    if (!ok) return false
  }
  return true
}

export interface SurveyHistory {
  lastShownAt: number | null
  lastLaterAt: number | null
  answered: boolean
}

export function frequencyAllows(frequency: Frequency, history: SurveyHistory, now: number): boolean {
  if (history.lastShownAt === null) return true
  if (frequency.mode === 'once') return false
  if (frequency.mode === 'until_answered') return !history.answered
  return now - history.lastShownAt >= (frequency.days ?? 90) * DAY
}

export interface EligibilityInput {
  now: number
  personId: string
  traits: Record<string, unknown>
  /** Last survey of any kind shown or dismissed to this person. */
  lastSurveyedAt: number | null
  lastLaterAt: number | null
  recontactDays: number
  history: Map<string, SurveyHistory>
}

/** When this person may next be asked anything, or null if now. */
export function blockedUntil(input: EligibilityInput, survey?: SurveyDefinition): number | null {
  const recontact = (survey?.recontactDays ?? input.recontactDays) * DAY
  const candidates = [
    input.lastSurveyedAt === null ? null : input.lastSurveyedAt + recontact,
    input.lastLaterAt === null ? null : input.lastLaterAt + LATER_SNOOZE_DAYS * DAY,
  ].filter((t): t is number => t !== null && t > input.now)
  return candidates.length ? Math.max(...candidates) : null
}

export function eligibleSurveys(surveys: SurveyDefinition[], input: EligibilityInput): SurveyDefinition[] {
  return surveys.filter((s) => {
    if (s.status !== 'active') return false
    // Exit surveys answer a cancel click: throttling a cancel flow would hide the way out.
    if (s.kind !== 'exit' && blockedUntil(input, s) !== null) return false
    const history = input.history.get(s.id) ?? { lastShownAt: null, lastLaterAt: null, answered: false }
    if (s.kind !== 'exit' && !frequencyAllows(s.frequency, history, input.now)) return false
    if (!matchesTargeting(s.targeting, input.traits)) return false
    return inSample(input.personId, s.id, s.sampling)
  })
}
