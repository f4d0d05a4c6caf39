// How far a set's own labellers agree: tweets whose words are identical (mentions, links and
// punctuation aside) but were labelled separately. Each pair is scored both ways, one copy's
// label as the "prediction" of the other's, so the macro-F1 is what a second labeller reaches
// against the first: a ceiling for any model scored against these labels.
const key = (text) => text.toLowerCase().replace(/@\w+|https?:\/\/\S+/g, ' ').replace(/[\W_]+/g, ' ').trim()

/** rows: { text, label }. Returns pairs, pairs that agree, and macro-F1 over the labels seen in pairs. */
export function labelAgreement(rows) {
  const byText = new Map()
  for (const r of rows) { const k = key(r.text); if (k) byText.set(k, [...(byText.get(k) ?? []), r.label]) }
  const tp = new Map(), fp = new Map(), fn = new Map()
  const bump = (m, l) => m.set(l, (m.get(l) ?? 0) + 1)
  let pairs = 0, agree = 0
  for (const labels of byText.values()) {
    for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) {
      pairs++
      if (labels[i] === labels[j]) { agree++; bump(tp, labels[i]); bump(tp, labels[i]) }
      else { bump(fp, labels[i]); bump(fn, labels[j]); bump(fp, labels[j]); bump(fn, labels[i]) }
    }
  }
  const seen = [...new Set([...tp.keys(), ...fp.keys()])]
  const f1 = (l) => { const t = tp.get(l) ?? 0; return (2 * t) / (2 * t + (fp.get(l) ?? 0) + (fn.get(l) ?? 0)) }
  return { pairs, agree, macroF1: seen.reduce((s, l) => s + f1(l), 0) / Math.max(1, seen.length), labels: seen.length }
}
