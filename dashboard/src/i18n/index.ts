// Built-in texts: English, Simplified and Traditional Chinese, one file each. {name} in a text is
// replaced by vars.name. The choice is remembered in localStorage. English is in the bundle; a
// Chinese table is its own file, loaded when first needed (loadLang), so a visit downloads one
// language's texts rather than all three.
import en from './en.ts'
import { setFormatLocale } from '../lib/format.ts'

export type Key = keyof typeof en
export type Lang = 'en' | 'zh-Hans' | 'zh-Hant'
export const LANGS: { id: Lang; label: string }[] = [
  { id: 'en', label: 'English' },
  { id: 'zh-Hans', label: '简体中文' },
  { id: 'zh-Hant', label: '繁體中文' },
]
const TABLES: Partial<Record<Lang, Record<Key, string>>> = { en }
const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<{ default: Record<Key, string> }>> = {
  'zh-Hans': () => import('./zh-Hans.ts'),
  'zh-Hant': () => import('./zh-Hant.ts'),
}

/** Loads a language's texts (once); setLang, t and tIn read only languages loaded. */
export async function loadLang(l: Lang): Promise<void> {
  if (!TABLES[l]) TABLES[l] = (await LOADERS[l as Exclude<Lang, 'en'>]()).default
}
const STORE = 'stayloop.dashboard.lang'

let lang: Lang = 'en'

/**
 * `{n:response|responses}` picks the word by the count in vars.n (already formatted, "1,234"
 * counts as 1234), by the language's plural rules. Chinese texts need none and write only `{n}`.
 */
export function t(key: Key, vars?: Record<string, string | number>): string {
  const text = TABLES[lang]?.[key] ?? en[key] ?? key
  if (!vars) return text
  return text
    .replace(/\{(\w+):([^|{}]*)\|([^{}]*)\}/g, (m, name: string, one: string, other: string) => (name in vars ? (pluralOf(vars[name]) === 'one' ? one : other) : m))
    .replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m))
}

const pluralRules = new Map<Lang, Intl.PluralRules>()
function pluralOf(value: string | number): Intl.LDMLPluralRule {
  const n = typeof value === 'number' ? value : Number(String(value).replace(/[^\d.-]/g, ''))
  let rules = pluralRules.get(lang)
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)))
  return Number.isFinite(n) ? rules.select(n) : 'other'
}

// Browser tags name a region more often than a script: zh-TW, zh-HK, zh-MO mean Traditional.
export function detectLang(prefs: readonly string[]): Lang {
  for (const p of prefs) {
    const tag = p.toLowerCase()
    if (tag.startsWith('zh')) return /hant|-tw|-hk|-mo/.test(tag) ? 'zh-Hant' : 'zh-Hans'
    if (tag.startsWith('en')) return 'en'
  }
  return 'en'
}

export function setLang(next: Lang) {
  lang = next
  setFormatLocale(next === 'en' ? 'en' : next === 'zh-Hans' ? 'zh-CN' : 'zh-TW')
  if (typeof document !== 'undefined') document.documentElement.lang = next
}

export function getLang(): Lang {
  return lang
}

export function initialLang(): Lang {
  let saved: string | null = null
  try {
    saved = localStorage.getItem(STORE)
  } catch {}
  return saved === 'en' || saved === 'zh-Hans' || saved === 'zh-Hant' ? saved : detectLang(typeof navigator === 'undefined' ? [] : navigator.languages ?? [])
}

export function saveLang(next: Lang) {
  try {
    localStorage.setItem(STORE, next)
  } catch {}
  setLang(next)
}

// A text in a given language, whatever the reader's: survey templates are written per locale.
export function tIn(l: Lang, key: Key): string {
  return TABLES[l]?.[key] ?? en[key]
}

export function isLang(s: string): s is Lang {
  return s === 'en' || s === 'zh-Hans' || s === 'zh-Hant'
}
