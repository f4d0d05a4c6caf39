// Features the per-workspace model learns from: English words with negation marked
// ("not_good") and adjacent-word pairs, Chinese segmenter words plus character bigrams,
// emoji. Deduplicated per document (binarised counts suit short comments best).
import { prepareText, toSimplified } from './normalize.ts'
import { EN_NEGATORS } from './lexicon-en.ts'
import { tokenize } from './tokenize.ts'

const NEGATION_SCOPE = 3
/** Features per document are capped so one essay cannot dominate a workspace's counts. */
const MAX_FEATURES = 400

export function learningFeatures(text: string): string[] {
  const simplified = toSimplified(prepareText(text))
  const out = new Set<string>()
  let negated = 0
  let prev = ''
  for (const t of tokenize(simplified)) {
    if (t.kind === 'punct') { negated = 0; prev = ''; continue }
    if (t.kind === 'han') { out.add(t.text); prev = ''; continue }
    const word = negated > 0 ? `not_${t.text}` : t.text
    out.add(word)
    if (prev) out.add(`${prev} ${t.text}`)
    prev = t.text
    if (t.kind === 'word' && EN_NEGATORS.has(t.text)) negated = NEGATION_SCOPE
    else if (negated > 0) negated--
  }
  for (const run of simplified.match(/\p{Script=Han}+/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2))
  }
  return [...out].slice(0, MAX_FEATURES)
}
