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

// Targeting as the API stores it: { traits: [{ key, op, value }] }, every rule must hold.
// The server applies it for identified customers; the survey bundle re-checks when present.
export interface Targeting {
  traits?: { key: string; op: 'eq' | 'neq' | 'in' | 'gt' | 'lt' | 'exists'; value?: unknown }[]
}

export function traitsMatch(targeting: Targeting | null | undefined, traits: Record<string, unknown> = {}): boolean {
  return ((targeting && targeting.traits) || []).every(({ key, op, value }) => {
    const v = traits[key]
    return op == 'exists' ? v != null
      : op == 'eq' ? v === value
      : op == 'neq' ? v !== value
      : op == 'in' ? Array.isArray(value) && value.includes(v)
      : typeof v == 'number' && (op == 'gt' ? v > Number(value) : op == 'lt' && v < Number(value))
  })
}
