// Survey editing: starting templates per kind and language, the payload the API accepts (empty
// optional texts dropped), and the embed snippet. The preview's survey is in survey-preview.ts.
import { EXIT_REASONS } from '../../../worker/domain/surveys/types.ts'
import type { LocaleTexts, Survey } from './types.ts'
import { isLang, tIn, type Key, type Lang } from '../i18n/index.ts'

export { EXIT_REASONS }
export type Kind = Survey['kind']
export const KINDS: Kind[] = ['nps', 'csat', 'ces', 'exit']
export const OFFER_KINDS = ['discount', 'pause', 'downgrade', 'talk'] as const
const DEFAULT_OFFERS: Record<string, (typeof OFFER_KINDS)[number]> = { too_expensive: 'discount', temporary: 'pause', too_complicated: 'talk' }

export function followUpBands(kind: Kind): ('detractor' | 'passive' | 'promoter' | 'low' | 'high')[] {
  return kind === 'nps' ? ['detractor', 'passive', 'promoter'] : kind === 'exit' ? [] : ['low', 'high']
}

export function localeTemplate(kind: Kind, locale: string, reasons: string[] = [], offers: Record<string, { kind: string }> = {}): LocaleTexts {
  const l: Lang = isLang(locale) ? locale : 'en'
  const tx = (k: string) => tIn(l, k as Key)
  const texts: LocaleTexts = { question: tx('tpl_q_' + kind), thankYou: tx('tpl_thanks'), commentPlaceholder: tx('tpl_placeholder') }
  if (kind !== 'exit') {
    // CES runs the other way (1 = very easy): its low band gets the happy question.
    const mood = (b: string) => (kind === 'ces' ? ({ low: 'high', high: 'low' } as Record<string, string>)[b] : b)
    texts.followUps = Object.fromEntries(followUpBands(kind).map((b) => [b, tx('tpl_fu_' + mood(b))]))
    if (kind !== 'nps') Object.assign(texts, { lowLabel: tx(`tpl_low_${kind}`), highLabel: tx(`tpl_high_${kind}`) })
    else Object.assign(texts, { lowLabel: tx('tpl_low_nps'), highLabel: tx('tpl_high_nps') })
  } else {
    texts.reasons = Object.fromEntries(reasons.map((r) => [r, tx('reason_' + r)]))
    texts.offers = Object.fromEntries(Object.entries(offers).map(([r, o]) => [r, offerWords(l, o.kind)]))
  }
  return texts
}

export function offerWords(l: Lang, kind: string) {
  const tx = (k: string) => tIn(l, k as Key)
  return { title: tx(`tpl_offer_${kind}_title`), body: tx(`tpl_offer_${kind}_body`), accept: tx(`tpl_offer_${kind}_accept`), decline: tx('tpl_offer_decline') }
}

export function newSurvey(kind: Kind, locale: string, name: string): Survey {
  const reasons = kind === 'exit' ? [...EXIT_REASONS] : undefined
  const offers = kind === 'exit' ? Object.fromEntries(Object.entries(DEFAULT_OFFERS).map(([r, k]) => [r, { kind: k }])) : undefined
  return {
    id: '',
    kind,
    name,
    status: 'active',
    version: 1,
    content: { locales: { [locale]: localeTemplate(kind, locale, reasons, offers) }, ...(reasons && { reasons, offers }) },
    trigger: kind === 'exit' ? { type: 'manual' } : { type: 'pageview' },
    targeting: null,
    frequency: { mode: 'until_answered' },
    sampling: 100,
    recontactDays: null,
  }
}

// Drops empty strings and empty objects: the API treats absent optional texts as "use defaults"
// but refuses empty ones.
export function prune<T>(v: T): T {
  if (Array.isArray(v)) return v.map(prune) as T
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) {
      const p = prune(x)
      if (p === '' || p === undefined) continue
      if (p && typeof p === 'object' && !Array.isArray(p) && Object.keys(p).length === 0) continue
      out[k] = p
    }
    return out as T
  }
  return typeof v === 'string' ? ((v.trim() === '' ? '' : v) as T) : v
}

export function surveyPayload(s: Survey, creating: boolean) {
  const trigger = { ...s.trigger }
  if (trigger.type !== 'event') delete trigger.event
  if (trigger.type !== 'delay') delete trigger.delayMs
  if (!trigger.url?.value) delete trigger.url
  const base = {
    name: s.name,
    status: s.status,
    content: prune(s.content),
    trigger,
    targeting: s.targeting?.traits?.length ? { traits: s.targeting.traits.filter((x) => x.key.trim()) } : null,
    frequency: s.frequency.mode === 'every' ? { mode: 'every' as const, days: s.frequency.days ?? 30 } : { mode: s.frequency.mode },
    sampling: s.sampling,
    recontactDays: s.recontactDays,
  }
  return creating ? { kind: s.kind, ...base } : base
}

export function embedSnippet(origin: string, siteKey: string, survey?: Pick<Survey, 'id' | 'kind' | 'trigger'>): string {
  const lines = [
    '<script>',
    '  window.stayloop = window.stayloop || function () { var a = arguments; return new Promise(function (r) { a.r = r; (stayloop.q = stayloop.q || []).push(a) }) };',
    `  stayloop('init', { site: '${siteKey}', host: '${origin}' });`,
    "  // Who is answering (your user's id and a few traits), once signed in:",
    "  stayloop('identify', 'USER_ID', { plan: 'pro' });",
  ]
  if (survey?.id && survey.kind === 'exit') lines.push(`  // On your cancel page:\n  // stayloop('exit', { survey: '${survey.id}' }).then((outcome) => ...);`)
  else if (survey?.id && survey.trigger.type === 'manual') lines.push(`  // When you want to ask:\n  // stayloop('show', '${survey.id}');`)
  lines.push('</script>', `<script src="${origin}/widget.js" async></script>`)
  return lines.join('\n')
}
