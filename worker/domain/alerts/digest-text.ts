// The words of a daily digest in the team's language, for Slack and Zendesk. The stored digest
// (and the webhook's `alert.digest`) keeps its English `summary` and each item's English `trigger`;
// these say them again from the digest's facts.
import type { Digest, DigestItem } from './digest.ts'
import { KIND_TITLES, LABELS, WORDS, type Lang, type Texts } from './i18n.ts'
import { customerText, revenueText, type ContentOptions } from './content.ts'
import { topicName } from './next-steps.ts'
import { triggerText } from './trigger-text.ts'

const t = (en: string, hans: string, hant: string): Texts => ({ en, 'zh-Hans': hans, 'zh-Hant': hant })

export const DIGEST_WORDS = {
  title: t('Stayloop daily digest', 'Stayloop 每日摘要', 'Stayloop 每日摘要'),
  subject: t('Daily digest', '每日摘要', '每日摘要'),
  topTopics: t('Top topics', '热门话题', '熱門話題'),
  more: t('…and {n} more', '……另有 {n} 条', '……另有 {n} 則'),
  openDashboard: t('Open dashboard', '打开仪表盘', '打開儀表板'),
  none: t('No alerts.', '没有提醒。', '沒有提醒。'),
  total: t('{n} alerts', '共 {n} 条提醒', '共 {n} 則提醒'),
  one: t('1 alert', '共 1 条提醒', '共 1 則提醒'),
} satisfies Record<string, Texts>

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low'] as const

/** A digest is for the team: the language named, else the team's, else English. */
export function digestLanguage(options: Pick<ContentOptions, 'language' | 'teamLanguage'> = {}): Lang {
  const l = options.language
  return l === 'en' || l === 'zh-Hans' || l === 'zh-Hant' ? l : options.teamLanguage ?? 'en'
}

export function digestWord(key: keyof typeof DIGEST_WORDS, lang: Lang, n?: number): string {
  return DIGEST_WORDS[key][lang].replace('{n}', String(n ?? ''))
}

/** "7 alerts: 3 detractor, 2 exit (1 critical, 4 high)" / "共 7 条提醒：贬损者 3、退订调查 2（紧急 1、高 4）". */
export function digestSummary(d: Pick<Digest, 'total' | 'byKind' | 'bySeverity'>, lang: Lang): string {
  if (d.total === 0) return digestWord('none', lang)
  const kinds = Object.entries(d.byKind).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const sev = SEVERITY_ORDER.filter((s) => d.bySeverity[s])
  const head = d.total === 1 ? digestWord('one', lang) : digestWord('total', lang, d.total)
  if (lang === 'en') return `${head}: ${kinds.map(([k, n]) => `${n} ${k.replace(/_/g, ' ')}`).join(', ')} (${sev.map((s) => `${d.bySeverity[s]} ${s}`).join(', ')})`
  const kindWords = kinds.map(([k, n]) => `${KIND_TITLES[k as keyof typeof KIND_TITLES]?.[lang] ?? k} ${n}`).join('、')
  return `${head}：${kindWords}（${sev.map((s) => `${WORDS[s][lang]} ${d.bySeverity[s]}`).join('、')}）`
}

/** The day's top topics by name: the workspace's own name when it gave one, else the built-in name in `lang`. */
export function topicsText(d: Pick<Digest, 'topTopics'>, lang: Lang): string {
  // `named` is missing from a digest stored by an older release: its label is all there is.
  const name = (x: Digest['topTopics'][number]) => (x.named === false ? topicName(x.id, lang) : x.label)
  return lang === 'en' ? d.topTopics.map((x) => `${name(x)} (${x.count})`).join(', ') : d.topTopics.map((x) => `${name(x)}（${x.count}）`).join('、')
}

export function itemKind(i: Pick<DigestItem, 'kind'>, lang: Lang): string {
  return KIND_TITLES[i.kind]?.[lang] ?? String(i.kind).replace(/_/g, ' ')
}

export function itemWho(i: Pick<DigestItem, 'customerId' | 'customerName' | 'anonymous'>, lang: Lang): string {
  return customerText({ id: i.customerId, name: i.customerName, anonymous: i.anonymous }, lang)
}

/** "Pro, 2,400/mo, top value": what the customer is worth, as far as it is known; null when nothing is. */
export function itemValue(i: Partial<Pick<DigestItem, 'plan' | 'revenue' | 'valueTier' | 'topValue'>>, lang: Lang): string | null {
  const parts = [i.plan, revenueText(i.revenue, lang), i.topValue ? LABELS.topValue[lang] : i.valueTier].filter((p): p is string => !!p)
  return parts.length ? parts.join(lang === 'en' ? ', ' : '，') : null
}

/** Why the alert fired, in `lang` from its facts; the stored English sentence when it has none. */
export function itemTrigger(i: Pick<DigestItem, 'kind' | 'trigger'> & { why?: DigestItem['why'] }, lang: Lang): string {
  return (i.why && triggerText(i.kind, i.why, lang)) || i.trigger
}
