// `stayloop eval sentiment|topics FILE.tsv`: out-of-the-box and learned figures on a labelled
// file. The last line printed is one JSON object (a contract with bench/ and external checks).
import { analyzeSentiment } from '../../worker/domain/text/sentiment.ts'
import { analyzeText } from '../../worker/domain/text/index.ts'
import { ENGLISH_PRIOR } from '../../worker/domain/text/prior.ts'
import { fileArg, macroF1, median, nothingToScore, readLabelledOrSay, sentimentLabelColumn, splitRows, textColumn } from './text-tsv.ts'
import { runTopicsEval } from './text-topics.ts'
import { sentimentReader } from '../../worker/domain/text/sentiment-labels.ts'
import { chooseModelGain, sentimentClass, trainSentimentModel, type LabelledText } from '../../worker/domain/text/calibrate.ts'
import { bootstrapInterval } from '../../worker/domain/text/agreement.ts'

const VALUED_FLAGS = ['--label-column', '--text-column']

export async function runSentimentEval(args: string[]): Promise<number> {
  const file = fileArg(args, VALUED_FLAGS)
  if (!file) { console.error('usage: stayloop eval sentiment FILE.tsv [--label-column COL] [--text-column COL] [--dev] [--interval]'); return 2 }
  const table = readLabelledOrSay(file)
  if (!table) return 2
  // The label column: as named, else `label`, `sentiment` (as en_airline.tsv names it), `polarity`...
  const column = sentimentLabelColumn(table, args)
  const text = textColumn(table, args)
  // Numbers past -1..1 are a scale (stars, 0/2/4), whose 1 is the worst: read as a label, 1 would be praise.
  const labels = sentimentReader(table.map((r) => r[column] ?? ''))
  if (typeof labels === 'string') { console.error(`${file}: \`${column}\` ${labels}: give pos/neg/neutral, 1/0, -1/0/1, 1/2, 0–4, 1–5 or 1–10 (name another column with --label-column)`); return 2 }
  if (labels.says) console.log(`${file}: \`${column}\` read as ${labels.says}`)
  const rows = table
    .map((r) => ({ text: r[text] ?? '', label: labels.read(r[column] ?? ''), split: r.split }))
    .filter((r): r is { text: string; label: 'pos' | 'neg' | 'neu'; split: string } => r.label !== null && r.text.length > 0)
  if (rows.length === 0) { console.error(`${file}: no row has a \`${text}\` and a pos/neg/neutral label in \`${column}\` (name other columns with --text-column and --label-column)`); return 2 }
  const { train, test } = splitRows(rows as never, args.includes('--dev')) as unknown as { train: typeof rows; test: typeof rows }
  if (test.length === 0) { console.error(nothingToScore(file, rows.length)); return 2 }
  const classes = [...new Set(rows.map((r) => r.label!))].sort()
  const binary = !classes.includes('neu')

  // How far to trust the learned model is itself chosen on the learning rows (never the scored ones).
  const { gain, accuracy } = chooseModelGain(train as LabelledText[], { binary })
  const model = trainSentimentModel(train as LabelledText[])

  const gold: string[] = [], outOfBox: string[] = [], learned: string[] = [], micros: number[] = []
  for (const r of test) {
    const t0 = performance.now()
    const a = analyzeText(r.text)
    micros.push((performance.now() - t0) * 1000)
    gold.push(r.label!)
    outOfBox.push(sentimentClass(a.sentiment.label, a.sentiment.score, binary))
    const l = analyzeSentiment(r.text, { prior: ENGLISH_PRIOR, model, modelGain: gain })
    learned.push(sentimentClass(l.label, l.score, binary))
  }
  const acc = (p: string[]) => p.filter((x, i) => x === gold[i]).length / Math.max(1, gold.length)
  const round = (x: number) => Math.round(x * 1000) / 1000
  // Macro-F1 over the classes the scored rows hold or the predictions name (the usual definition):
  // a wrong guess of a class no scored row holds counts as that class's 0, and a class neither
  // holds nor names has no F1 to average (a file's other classes may all sit in the learning rows).
  const f1 = (pred: string[], idx = gold.map((_, i) => i)) => {
    const g = idx.map((i) => gold[i]), p = idx.map((i) => pred[i])
    return macroF1(g, p, [...new Set([...g, ...p])].sort()).macro
  }
  console.log(`${file}: ${test.length} test rows, learned from ${train.length} rows; classes ${classes.join('/')}`)
  console.log(`model gain ${gain}, chosen on held-out learning rows: ${JSON.stringify(accuracy)}`)
  // --interval: 95% bootstrap intervals, so a figure near a goal is read with its noise.
  const interval = (pred: string[]) => bootstrapInterval(gold.length, (idx) => idx.filter((i) => pred[i] === gold[i]).length / idx.length).map(round)
  const f1Interval = (pred: string[]) => bootstrapInterval(gold.length, (idx) => f1(pred, idx)).map(round)
  console.log(JSON.stringify({
    task: 'sentiment', rows: test.length, accuracy: round(acc(outOfBox)), learned_accuracy: round(acc(learned)),
    macro_f1: round(f1(outOfBox)), learned_macro_f1: round(f1(learned)), us_per_text: round(median(micros)),
    ...(args.includes('--interval') ? {
      accuracy_interval: interval(outOfBox), learned_accuracy_interval: interval(learned),
      macro_f1_interval: f1Interval(outOfBox), learned_macro_f1_interval: f1Interval(learned),
    } : {}),
  }))
  return 0
}

export async function runTextEval(task: string, args: string[]): Promise<number> {
  if (task === 'sentiment') return runSentimentEval(args)
  if (task === 'topics') return runTopicsEval(args)
  console.error(`unknown eval task: ${task}`)
  return 2
}
