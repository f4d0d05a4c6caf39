// Incremental naive Bayes over binarised features, stored as counts per (label, token).
// Storage contract (text_model_counts(workspace_id, label, token, count)): token "" holds the
// document count of a label, token "\u0001tokens" its total feature count. The worker loads
// only the rows for a comment's features plus those totals and wraps them as a ModelView.

export type CountIncrement = { label: string; token: string; delta: number }
export type ModelView = { count(label: string, token: string): number; labels: string[] }

export const DOC_TOKEN = ''
export const TOTAL_TOKEN = '\u0001tokens'
/** Label counting every document seen by the topic model, so each topic has a "rest" to compare with. */
export const ALL_TOPICS_LABEL = 'topic:*'
/** A person's correction counts as much as this many weak labels. */
export const STRONG_LABEL_WEIGHT = 3

/** Count increments for one labelled document; negate (delta * -1) to forget it. */
export function labelIncrements(features: string[], labels: string[], weight = 1): CountIncrement[] {
  const out: CountIncrement[] = []
  for (const label of labels) {
    out.push({ label, token: DOC_TOKEN, delta: weight }, { label, token: TOTAL_TOKEN, delta: weight * features.length })
    for (const token of features) out.push({ label, token, delta: weight })
  }
  return out
}

export function negateIncrements(incs: CountIncrement[]): CountIncrement[] {
  return incs.map((i) => ({ ...i, delta: -i.delta }))
}

/** A ModelView over plain rows (what the worker loads from D1, or a trained JSON file). */
export function modelFromRows(rows: Iterable<CountIncrement | { label: string; token: string; count: number }>): ModelView & { add(incs: CountIncrement[]): void } {
  const table = new Map<string, Map<string, number>>()
  const add = (label: string, token: string, n: number) => {
    let m = table.get(label)
    if (!m) table.set(label, (m = new Map()))
    m.set(token, (m.get(token) ?? 0) + n)
  }
  for (const r of rows) add(r.label, r.token, 'delta' in r ? r.delta : r.count)
  return {
    // Never below zero: forgetting a comment learned under an older feature set can subtract counts
    // that were never added (new features, a rule verdict that has since changed).
    count: (label, token) => {
      const n = table.get(label)?.get(token)
      return n === undefined || n < 0 ? 0 : n
    },
    get labels() { return [...table.keys()] },
    add(incs) { for (const i of incs) add(i.label, i.token, i.delta) },
  }
}

/** Log-likelihood of the features under one label's smoothed multinomial (binarised counts). */
export function logLikelihood(view: ModelView, label: string, features: string[], vocab: number, countOf?: (token: string) => number, alpha = 1): number {
  const total = view.count(label, TOTAL_TOKEN)
  let ll = 0
  for (const f of features) ll += Math.log(((countOf ? countOf(f) : view.count(label, f)) + alpha) / (total + alpha * vocab))
  return ll
}

/** Vocabulary size is not stored; distinct features grow roughly with the total count. */
export function vocabEstimate(view: ModelView, labels: string[]): number {
  let total = 0
  for (const l of labels) total += view.count(l, TOTAL_TOKEN)
  return Math.max(2000, total * 0.3)
}

/** Features after which a comment's length says nothing more (set on dev rows). */
export const LENGTH_EVIDENCE_CAP = 20

/** Log-odds of label a over label b for these features, priors included (`priorShare` of them). */
export function logOdds(view: ModelView, a: string, b: string, features: string[], alpha = 1, priorShare = 1): number {
  const da = view.count(a, DOC_TOKEN), db = view.count(b, DOC_TOKEN)
  const vocab = vocabEstimate(view, [a, b])
  const ta = view.count(a, TOTAL_TOKEN) + alpha * vocab, tb = view.count(b, TOTAL_TOKEN) + alpha * vocab
  let lo = priorShare * Math.log((da + 1) / (db + 1))
  let known = 0
  for (const f of features) {
    const ca = view.count(a, f), cb = view.count(b, f)
    // Features neither label has seen say nothing about the choice; left in, they would tilt it
    // towards whichever label has fewer tokens.
    if (ca === 0 && cb === 0) continue
    lo += Math.log((ca + alpha) / ta) - Math.log((cb + alpha) / tb)
    known++
  }
  // Length is evidence too (complaints run longer than thanks), which the per-token normalisation
  // above removes: each known feature adds the log ratio of the labels' mean lengths, as present-only
  // Bernoulli NB would, but only up to LENGTH_EVIDENCE_CAP features so an essay is not condemned for its length.
  if (da > 0 && db > 0) lo += Math.min(known, LENGTH_EVIDENCE_CAP) * (Math.log(ta / (da + 2 * alpha)) - Math.log(tb / (db + 2 * alpha)))
  return lo
}
