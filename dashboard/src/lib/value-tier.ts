// A customer's value tier in words. Tiers are the customer data's own names: the common ones
// (low, medium/mid, high, top) read in the reader's language, any other ("enterprise") as written.
import { t, type Key } from '../i18n/index.ts'

const WORDS = new Map<string, Key>([['low', 'v_low'], ['medium', 'v_medium'], ['mid', 'v_medium'], ['high', 'v_high'], ['top', 'v_top']])

export function valueTierText(tier: string): string {
  const key = WORDS.get(tier.trim().toLowerCase())
  return t('valueTierN', { v: key ? t(key) : tier })
}
