// Features the per-workspace model learns from: English words with negation marked
// ("not_good") and adjacent-word pairs, Chinese character bigrams (the strongest plain
// features for Chinese reviews, and no segmenter needed) plus trigrams (不好吃, 不新鲜: a negated
// word in one feature), emoji. Deduplicated per document
// (binarised counts suit short comments best).
// Bump TEXT_FEATURES_VERSION (model-version.ts) whenever learningFeatures' output changes: stored
// counts are rebuilt from the comments when it does.
import { prepareText, toSimplified } from './normalize.ts'
import { EN_NEGATORS } from './lexicon-en.ts'
import { tokenize, type Token } from './tokenize.ts'
import { ruleSentiment } from './sentiment-rules.ts'

const NEGATION_SCOPE = 3
/** Features per document are capped so one essay cannot dominate a workspace's counts. */
const MAX_FEATURES = 400

/** Features of text already prepared and mapped to Simplified (the analyser's hot path). */
export function featuresOfSimplified(simplified: string, tokens: Token[] = tokenize(simplified, false), ruleScore?: number): string[] {
  const out = new Set<string>()
  let negated = 0
  let prev = ''
  for (const t of tokens) {
    if (out.size >= MAX_FEATURES) break
    if (t.kind === 'punct') { negated = 0; prev = ''; continue }
    if (t.kind === 'han') {
      const run = t.text
      if (run.length === 1) out.add(run)
      for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2))
      for (let i = 0; i + 2 < run.length; i++) out.add(run.slice(i, i + 3))
      prev = ''
      continue
    }
    const word = negated > 0 ? `not_${t.text}` : t.text
    out.add(word)
    if (prev) out.add(`${prev} ${t.text}`)
    prev = t.text
    if (t.kind === 'word' && EN_NEGATORS.has(t.text)) negated = NEGATION_SCOPE
    else if (negated > 0) negated--
  }
  const list = out.size > MAX_FEATURES ? [...out].slice(0, MAX_FEATURES) : [...out]
  // A comment with no words has no verdict to learn from either.
  if (ruleScore !== undefined && list.length > 0) list.push(ruleFeature(ruleScore))
  return list
}

/**
 * The rules' verdict, bucketed, as one more feature: each workspace's counts learn how far the
 * word lists can be trusted on its own comments (a hotel's "mild gripe" reviews are often happy).
 */
export function ruleFeature(score: number): string {
  const b = score <= -0.6 ? -2 : score < -0.2 ? -1 : score <= 0.2 ? 0 : score < 0.6 ? 1 : 2
  return `rule:${b}`
}

export function learningFeatures(text: string): string[] {
  const simplified = toSimplified(prepareText(text))
  const tokens = tokenize(simplified, false)
  return featuresOfSimplified(simplified, tokens, ruleSentiment(simplified, tokens).score)
}
