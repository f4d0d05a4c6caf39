// A stored survey, resolved to one locale: what the widget renders.
import type { SurveyDefinition } from './types.ts'
import { languageFor } from '../alerts/i18n.ts'

export function pickLocale(available: string[], wanted: string | undefined, fallback: string): string {
  if (available.length === 0) return fallback
  const candidates = wanted ? [wanted, ...aliases(wanted)] : []
  for (const candidate of candidates) {
    const hit = available.find((a) => a.toLowerCase() === candidate.toLowerCase())
    if (hit) return hit
  }
  if (wanted) {
    const base = wanted.split('-')[0].toLowerCase()
    const hit = available.find((a) => a.split('-')[0].toLowerCase() === base)
    if (hit) return hit
  }
  return available.includes(fallback) ? fallback : available[0]
}

// Browsers say zh-CN, zh-TW or zh-Hant-HK; surveys are written per script. The script subtag
// decides, else the region (the rule alert texts use too; the widget's strings follow it).
function aliases(locale: string): string[] {
  const lang = languageFor(locale)
  return lang === 'en' ? [] : [lang]
}

export function renderSurvey(survey: SurveyDefinition, wantedLocale: string | undefined, defaultLocale: string) {
  const available = Object.keys(survey.content.locales)
  const locale = pickLocale(available, wantedLocale, defaultLocale)
  const texts = survey.content.locales[locale]
  const rendered = {
    id: survey.id,
    kind: survey.kind,
    version: survey.version,
    locale,
    sampling: survey.sampling,
    trigger: survey.trigger,
    frequency: survey.frequency,
    targeting: survey.targeting,
    text: {
      question: texts.question,
      lowLabel: texts.lowLabel,
      highLabel: texts.highLabel,
      followUps: texts.followUps ?? {},
      commentPlaceholder: texts.commentPlaceholder,
      thankYou: texts.thankYou,
    },
  }
  if (survey.kind !== 'exit') return rendered
  const reasons = (survey.content.reasons ?? []).map((id) => ({ id, label: texts.reasons?.[id] ?? id }))
  const offers: Record<string, { kind: string; title: string; body: string; accept: string; decline: string }> = {}
  for (const [reason, offer] of Object.entries(survey.content.offers ?? {})) {
    const words = texts.offers?.[reason]
    if (words) offers[reason] = { kind: offer.kind, ...words }
  }
  return { ...rendered, reasons, offers }
}
