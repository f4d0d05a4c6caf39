// Page URL rules and trait targeting, checked before the survey bundle is loaded.
import type { UrlRule } from '../types.ts'

// A rule matches the full URL or the path, so "/pricing" and "https://x/pricing" both work.
export function urlMatches(rule: UrlRule | undefined, href: string, path: string): boolean {
  if (!rule) return true
  const { match: m, value: v } = rule
  return [href, path].some((u) =>
    m == 'exact' ? u == v : m == 'contains' ? u.includes(v) : m == 'starts_with' ? u.startsWith(v) : safeTest(v, u),
  )
}

// A bad pattern from the dashboard must fail this rule, not throw in the host page.
function safeTest(pattern: string, text: string): boolean {
  try {
    return new RegExp(pattern).test(text)
  } catch {
    return false
  }
}

// Targeting is { trait: value | [values] }: every listed trait must equal (one of) the values.
// The server applies it for identified customers; the survey bundle re-checks when present.
export function traitsMatch(targeting: Record<string, unknown> | null | undefined, traits: Record<string, unknown> = {}): boolean {
  return Object.keys(targeting || {}).every((k) => ([] as unknown[]).concat(targeting![k]).some((w) => w == traits[k]))
}
