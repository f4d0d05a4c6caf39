// Choosing how far to trust a learned workspace model, on held-out labelled rows only: the
// learned figure must never fall below the rules and prior alone on data it could check.
import { learningFeatures } from '../../worker/domain/text/features.ts'
import { labelIncrements, modelFromRows } from '../../worker/domain/text/model.ts'
import { prepareText, toSimplified } from '../../worker/domain/text/normalize.ts'
import { analyzeSentiment, SENT_NEG, SENT_NEU, SENT_POS } from '../../worker/domain/text/sentiment.ts'
import { textHash } from './text-tsv.ts'

export type LabelledText = { text: string; label: 'pos' | 'neg' | 'neu' }
export const MODEL_GAINS = [0, 0.5, 1, 1.5, 2]
const LABEL_OF = { pos: SENT_POS, neg: SENT_NEG, neu: SENT_NEU } as const

export function trainSentimentModel(rows: LabelledText[]): ReturnType<typeof modelFromRows> {
  const model = modelFromRows([])
  for (const r of rows) model.add(labelIncrements(learningFeatures(r.text), [LABEL_OF[r.label]]))
  return model
}

/**
 * The model gain with the best accuracy over five hash-chosen folds of `rows` (each fold scored by a
 * model learned from the other four). `predict` maps an analysis to the file's classes. Ties go to the
 * default (1), then to less trust. The shipped prior is left out of the comparison: it may have learned
 * from rows like these (the UCI prior from its sets' dev rows) and would look better on them than it is.
 */
export function chooseModelGain(rows: LabelledText[], predict: (label: string, score: number) => string, folds = 5): { gain: number; accuracy: Record<number, number> } {
  const fold = rows.map((r) => textHash(`val:${r.text}`) % folds)
  if (rows.length < 20 * folds) return { gain: 1, accuracy: {} }
  const hits: Record<number, number> = Object.fromEntries(MODEL_GAINS.map((g) => [g, 0]))
  for (let k = 0; k < folds; k++) {
    const model = trainSentimentModel(rows.filter((_, i) => fold[i] !== k))
    rows.forEach((r, i) => {
      if (fold[i] !== k) return
      const prepared = toSimplified(prepareText(r.text))
      for (const gain of MODEL_GAINS) {
        const s = analyzeSentiment(prepared, { model, modelGain: gain, prepared: true })
        if (predict(s.label, s.score) === r.label) hits[gain]++
      }
    })
  }
  const accuracy: Record<number, number> = {}
  for (const g of MODEL_GAINS) accuracy[g] = Math.round((hits[g] / rows.length) * 1e4) / 1e4
  const rank = (g: number) => accuracy[g] * 1e6 - (g === 1 ? 0 : 1) - g * 1e-3
  return { gain: MODEL_GAINS.reduce((a, b) => (rank(b) > rank(a) ? b : a)), accuracy }
}
