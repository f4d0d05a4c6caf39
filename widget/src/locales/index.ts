// The built-in languages and how one is chosen. Adding a language: add its file (copy en.ts)
// and list it below; locales.test.ts fails if a file in this folder is not listed.
import en from './en.ts'
import zhHans from './zh-Hans.ts'
import zhHant from './zh-Hant.ts'

export type Strings = typeof en

export const LOCALES: Strings[] = [en, zhHans, zhHant]

// Chinese tags name a script (zh-Hant-HK, zh-Hans-SG), else often only a region: zh-TW, zh-HK and
// zh-MO mean Traditional, the rest Simplified. The same rule as the server's (render.ts).
function canonical(tag: string): string {
  const t = tag.toLowerCase()
  return /^zh\b/.test(t) ? (/-hant\b|^(?!.*-hans\b).*-(tw|hk|mo)\b/.test(t) ? 'zh-hant' : 'zh-hans') : t
}

// First preference that matches a built-in language exactly, else by language; English last.
export function pickLocale(preferences: (string | undefined | null)[]): Strings {
  for (const pref of preferences) {
    if (!pref) continue
    const want = canonical(pref)
    const found =
      LOCALES.find((l) => l.locale.toLowerCase() == want) ||
      LOCALES.find((l) => l.locale.toLowerCase().split('-')[0] == want.split('-')[0])
    if (found) return found
  }
  return en
}
