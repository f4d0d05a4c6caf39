// How far a workspace should trust its learned sentiment model, measured on its own labelled
// texts: each of five hash-chosen folds is scored by a model learned from the other four, at each
// candidate gain, and the gain that agrees best with the labels wins (the rules alone are gain 0,
// so the learned model is never trusted beyond what the data backs). Shared by `stayloop eval`
// and the worker's daily self-check, so the figure the CLI reports is what the product does.
import { featuresOfSimplified, learningFeatures } from './features.ts'
import { labelIncrements, modelFromRows } from './model.ts'
import { prepareText, toSimplified } from './normalize.ts'
import { analyzeSentiment, SENT_NEG, SENT_NEU, SENT_POS } from './sentiment.ts'
import { ruleSentiment, type RuleSentiment } from './sentiment-rules.ts'
import { tokenize, type Token } from './tokenize.ts'
import type { SentimentClass } from './learn.ts'

export type { SentimentClass }
/** `weight`: how many weak labels this one counts as (a person's correction counts more). */
export type LabelledText = { text: string; label: SentimentClass; weight?: number }
export type GainCheck = { gain: number; rows: number; accuracy: Record<string, number> }

export const MODEL_GAINS = [0, 0.5, 1, 1.5, 2]
/** Fewer labelled texts than this per fold and the check keeps the default gain. */
export const MIN_ROWS_PER_FOLD = 20
const LABEL_OF = { pos: SENT_POS, neg: SENT_NEG, neu: SENT_NEU } as const

/** A text as analysis reads it: prepared, tokenised, the rules' verdict and its learningFeatures. */
export type ReadText = { simplified: string; tokens: Token[]; rules: RuleSentiment; features: string[] }

export function readText(text: string): ReadText {
  const simplified = toSimplified(prepareText(text))
  const tokens = tokenize(simplified, false)
  const rules = ruleSentiment(simplified, tokens)
  // learningFeatures(text), from what is already read.
  return { simplified, tokens, rules, features: featuresOfSimplified(simplified, tokens, rules.score) }
}

/** Each text read once, however many checks look at it (`read` memoises across checks). */
export function reader(read = new Map<string, ReadText>()): (text: string) => ReadText {
  return (text) => {
    let r = read.get(text)
    if (!r) read.set(text, (r = readText(text)))
    return r
  }
}

/** Fold of a labelled text in the self-checks: stable, so the same text is always held out together. */
export const foldOf = (text: string, folds: number) => textHash(`val:${text}`) % folds

/** FNV-1a: a stable hash for splitting rows (the same text always lands in the same fold). */
export function textHash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/**
 * A sentiment label as one of the labels' classes. With two classes, neutral and mixed go to the
 * nearer side. With three, mixed still does: a comment that holds both has a verdict, and labels
 * without a mixed class give it the one that weighs more (en_airline dev rows: 503 of 727 mixed
 * tweets are labelled the side their score leans to, 69 neutral).
 */
export function sentimentClass(label: string, score: number, binary: boolean): SentimentClass {
  if (binary) return score > 0 || (score === 0 && label === 'positive') ? 'pos' : 'neg'
  if (label === 'positive' || (label === 'mixed' && score > 0)) return 'pos'
  if (label === 'negative' || (label === 'mixed' && score < 0)) return 'neg'
  return 'neu'
}

export function trainSentimentModel(rows: LabelledText[], featuresOf: (i: number) => string[] = (i) => learningFeatures(rows[i].text)): ReturnType<typeof modelFromRows> {
  const model = modelFromRows([])
  rows.forEach((r, i) => model.add(labelIncrements(featuresOf(i), [LABEL_OF[r.label]], r.weight ?? 1)))
  return model
}

/**
 * The gain with the best agreement over the folds; ties go to the default (1), then to less trust.
 * `binary`: the labels have no neutral class (default: none of `rows` is neutral).
 */
export function chooseModelGain(rows: LabelledText[], opts: { binary?: boolean; folds?: number; read?: (text: string) => ReadText } = {}): GainCheck {
  const folds = opts.folds ?? 5
  if (rows.length < MIN_ROWS_PER_FOLD * folds) return { gain: 1, rows: rows.length, accuracy: {} }
  const binary = opts.binary ?? !rows.some((r) => r.label === 'neu')
  // Each text is read once: its features train four fold models and its rules verdict is reused.
  const read = rows.map((r) => (opts.read ?? readText)(r.text))
  const fold = rows.map((r) => foldOf(r.text, folds))
  const hits: Record<number, number> = Object.fromEntries(MODEL_GAINS.map((g) => [g, 0]))
  for (let k = 0; k < folds; k++) {
    const learn = rows.map((_, i) => i).filter((i) => fold[i] !== k)
    const model = trainSentimentModel(learn.map((i) => rows[i]), (j) => read[learn[j]].features)
    rows.forEach((r, i) => {
      if (fold[i] !== k) return
      const { simplified, tokens, rules, features } = read[i]
      for (const gain of MODEL_GAINS) {
        const s = analyzeSentiment(simplified, { model, modelGain: gain, prepared: true, tokens, rules, features })
        if (sentimentClass(s.label, s.score, binary) === r.label) hits[gain]++
      }
    })
  }
  const accuracy: Record<string, number> = {}
  for (const g of MODEL_GAINS) accuracy[g] = Math.round((hits[g] / rows.length) * 1e4) / 1e4
  const rank = (g: number) => accuracy[g] * 1e6 - (g === 1 ? 0 : 1) - g * 1e-3
  return { gain: MODEL_GAINS.reduce((a, b) => (rank(b) > rank(a) ? b : a)), rows: rows.length, accuracy }
}
