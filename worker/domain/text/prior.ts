// The English prior shipped with Stayloop: naive Bayes counts learned from the dev rows of the
// UCI Sentiment Labelled Sentences (Kotzias et al., KDD 2015, CC BY 4.0; Amazon and Yelp
// reviews). Features seen in fewer than two sentences are dropped to keep it small.
import { DOC_TOKEN, modelFromRows, TOTAL_TOKEN, type ModelView } from './model.ts'
import { UCI_PRIOR } from './prior-en-uci.ts'

function load(): ModelView {
  const rows: { label: string; token: string; count: number }[] = []
  for (const [label, docs, total] of UCI_PRIOR.totals) {
    rows.push({ label, token: DOC_TOKEN, count: docs }, { label, token: TOTAL_TOKEN, count: total })
  }
  for (const line of UCI_PRIOR.counts.split('\n')) {
    const [token, pos, neg] = line.split('\t')
    if (Number(pos)) rows.push({ label: 'sent:pos', token, count: Number(pos) })
    if (Number(neg)) rows.push({ label: 'sent:neg', token, count: Number(neg) })
  }
  return modelFromRows(rows)
}

export const ENGLISH_PRIOR: ModelView = load()
