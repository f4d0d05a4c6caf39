import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer'
import { own } from '../own.ts'

const cache = new Map<string, string>()
// Porter folds these into other words: "one" into "on" (a keyword "on time" matched "one time"),
// "news" into "new" ("new feature" matched "news feature"), "added" into "ad" ("you added SSO" was
// about ads), "customer" into "custom" (every comment about customers asked for customization),
// "documents" into "documentation", "helps" into "helpful" (support), "missed" into "missing",
// "planned" into a pricing plan, "alternate flight" into "alternative", "text" into "texts",
// "settings" into "set" ("took 5 minutes to set up" was about settings).
const KEPT: Record<string, string> = {
  one: 'one', ones: 'one', news: 'news', added: 'add', adding: 'add', customer: 'customer', customers: 'customer',
  documentation: 'documentation', helpful: 'helpful', missing: 'missing', planned: 'planned', planning: 'planning',
  alternate: 'alternate', integrity: 'integrity', text: 'text', texts: 'texts', designated: 'designated', pushed: 'pushed', pushing: 'pushing',
  setting: 'setting', settings: 'setting',
}

/** Porter stem of an English word (cached: feedback vocabularies are small and repetitive). */
export function stem(word: string): string {
  let s = cache.get(word)
  if (s === undefined) {
    s = own(KEPT, word) ?? (/^[a-z]+$/.test(word) ? PorterStemmer.stem(word) : word)
    if (cache.size < 50_000) cache.set(word, s)
  }
  return s
}
