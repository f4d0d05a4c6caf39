// Text analytics benchmark: our eval code and the peers on the same test rows, in one run.
// Usage (repo root): node bench/text.mjs [--extra NAME=FILE ...]   -> prints a table and writes bench/results/text.md
// --extra adds a set from another domain, never tuned on: a TSV with `text` and `label` columns, or a
// UCI Sentiment Labelled Sentences file (sentence TAB 0/1, no header). Every fifth row is scored.
// --seen NAME=FILE adds one the same way whose errors were read to write rules: reported, but not as held out.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { labelAgreement } from './lib/label-agreement.mjs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const DATA = '../shared/datasets'
const Analyzer = require('natural/lib/natural/sentiment/SentimentAnalyzer')
const stemmer = require('natural/lib/natural/stemmers/porter_stemmer')
const vader = require('vader-sentiment')
const Wink = require('wink-sentiment')

const afinn = new Analyzer('English', stemmer, 'afinn')
const words = (t) => t.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []
const bigrams = (t) => { const s = t.replace(/\s+/g, ''); const out = []; for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2)); return out }

function readTsv(path) {
  const [head, ...lines] = readFileSync(path, 'utf8').split(/\r?\n/).filter(Boolean)
  const cols = head.split('\t')
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v])))
}

// Plain multinomial naive Bayes on dev rows (the peer), Laplace smoothing.
function naiveBayes(train, feats) {
  const counts = new Map(), totals = new Map(), docs = new Map(), vocab = new Set()
  for (const { text, label } of train) {
    docs.set(label, (docs.get(label) ?? 0) + 1)
    for (const f of feats(text)) {
      vocab.add(f); const k = label + '\u0000' + f
      counts.set(k, (counts.get(k) ?? 0) + 1); totals.set(label, (totals.get(label) ?? 0) + 1)
    }
  }
  const labels = [...docs.keys()], n = train.length
  return (text) => {
    let best = null, bv = -Infinity
    for (const l of labels) {
      let v = Math.log(docs.get(l) / n)
      for (const f of feats(text)) v += Math.log(((counts.get(l + '\u0000' + f) ?? 0) + 1) / ((totals.get(l) ?? 0) + vocab.size))
      if (v > bv) { bv = v; best = l }
    }
    return best
  }
}

function ours(args) {
  const out = execFileSync('node', ['bin/stayloop.mjs', 'eval', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
  return JSON.parse(out.trim().split('\n').pop())
}
function oursDirect(args) {
  const out = execFileSync('npx', ['tsx', '-e', `import('./cli/commands/eval.ts').then(m => m.run(${JSON.stringify(args)})).then(c => process.exit(c))`], { encoding: 'utf8', maxBuffer: 1 << 26 })
  return JSON.parse(out.trim().split('\n').pop())
}
const runOurs = (args) => { try { return ours(args) } catch { return oursDirect(args) } }

const acc = (rows, pred) => rows.filter((r) => pred(r.text) === r.label).length / rows.length
const f3 = (x) => (x === undefined ? '–' : x.toFixed(3))
// A figure with its 95% bootstrap interval over the test rows (how far the luck of the draw moves it).
const withCi = (x, ci) => (ci ? `${f3(x)} (${f3(ci[0])}–${f3(ci[1])})` : f3(x))
const table = []

// Word-list peers as classifiers: the sign of their score; with three classes, a score inside the
// peer's own neutral band (0 for AFINN and wink, VADER's documented ±0.05) is neutral.
const byScore = (score, band, three) => (score > band ? 'pos' : three && score >= -band ? 'neu' : 'neg')
const AIRLINE_LABEL = { positive: 'pos', negative: 'neg', neutral: 'neu' }

/**
 * An --extra file as rows, scored in five folds: fold k scores every row whose index is k mod 5 and
 * learns from the rest. With a few hundred test rows one fold moves by a row or two (0.005 each);
 * the five folds together score every row once.
 */
function extraRows(path) {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter(Boolean)
  const headed = lines[0].split('\t').includes('text')
  const rows = headed ? readTsv(path) : lines.map((l) => { const [text, label] = l.split('\t'); return { text, label } })
  const LABEL = { 1: 'pos', 0: 'neg', pos: 'pos', neg: 'neg', positive: 'pos', negative: 'neg', neutral: 'neu', neu: 'neu' }
  return rows.map((r) => ({ text: r.text.trim(), label: LABEL[r.label.trim().toLowerCase()] })).filter((r) => r.text && r.label)
}
const extras = process.argv.flatMap((a, i) => (['--extra', '--seen'].includes(process.argv[i - 1]) ? [a.split(/=(.*)/s, 2)] : []))
const seen = new Set(process.argv.flatMap((a, i) => (process.argv[i - 1] === '--seen' ? [a.split('=')[0]] : [])))
/** Where the other-domain sets we run come from (their files are not in the repository). */
const EXTRA_SOURCES = {
  en_imdb_uci: 'imdb_labelled.txt, the third file of the UCI Sentiment Labelled Sentences (CC BY 4.0), beside the amazon and yelp ones',
  zh_chnsenticorp_dev: "ChnSentiCorp's dev file: 1,200 reviews of hotels, laptops and books (zejunwang1/bertorch, data/ChnSentiCorp/dev.tsv)",
  en_sentiment140: "Sentiment140's hand-labelled test tweets, positive and negative only (Go, Bhayani and Huang 2009; testdata.manual.2009.06.14.csv)",
}
const EXTRA_FOLDS = 5

/** Ours and every peer on one split of a set's rows (`split`: dev or test). */
function scoreSplit(set, rows, file, three) {
  const train = rows.filter((r) => r.split === 'dev'), test = rows.filter((r) => r.split === 'test')
  const zh = set.startsWith('zh') || rows.some((r) => /\p{Script=Han}/u.test(r.text))
  const r = runOurs(['sentiment', file, '--interval'])
  const nb = naiveBayes(train, zh ? bigrams : words)
  const majority = [...new Set(train.map((r) => r.label))].map((l) => [l, train.filter((r) => r.label === l).length]).sort((a, b) => b[1] - a[1])[0][0]
  return {
    set, rows: test.length, ours: r.accuracy, learned: r.learned_accuracy, us: r.us_per_text, oursCi: r.accuracy_interval, learnedCi: r.learned_accuracy_interval,
    afinn: zh ? undefined : acc(test, (t) => byScore(afinn.getSentiment(words(t)), 0, three)),
    vader: zh ? undefined : acc(test, (t) => byScore(vader.SentimentIntensityAnalyzer.polarity_scores(t).compound, three ? 0.05 : 0, three)),
    wink: zh ? undefined : acc(test, (t) => byScore(Wink(t).normalizedScore, 0, three)),
    nb: acc(test, nb), majority: acc(test, () => majority),
  }
}

const writeSplit = (file, rows) => writeFileSync(file, 'text\tlabel\tsplit\n' + rows.map((r) => `${r.text}\t${r.label}\t${r.split}`).join('\n') + '\n')
/** Each column's mean over the folds, weighted by the rows each scored; rows: all of them. */
function meanOfFolds(folds) {
  const total = folds.reduce((n, f) => n + f.rows, 0)
  const mean = (k) => (folds[0][k] === undefined ? undefined : folds.reduce((s, f) => s + f[k] * f.rows, 0) / total)
  return { ...folds[0], oursCi: undefined, learnedCi: undefined, rows: total, ours: mean('ours'), learned: mean('learned'), afinn: mean('afinn'), vader: mean('vader'), wink: mean('wink'), nb: mean('nb'), majority: mean('majority'), us: Math.round(mean('us') * 1000) / 1000 }
}

// Traditional script: the test rows converted character by character with OpenCC's own
// Simplified -> Traditional table (bench/data, Apache-2.0), not with the product's reverse table, so
// the check is not circular. Every model still learns from the Simplified dev rows.
const ST = new Map(readFileSync('bench/data/opencc-STCharacters.txt', 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => { const [k, v] = l.split('\t'); return [k, v.split(' ')[0]] }))
const toTraditional = (text) => Array.from(text, (c) => ST.get(c) ?? c).join('')

for (const set of ['en_amazon', 'en_yelp', 'zh_waimai', 'zh_hotel', 'zh_waimai_traditional', 'zh_hotel_traditional', 'en_airline_posneg', 'en_airline_3class', ...extras.map(([name]) => name)]) {
  const three = set === 'en_airline_3class'
  const extra = extras.find(([name]) => name === set)
  const file = `/tmp/stayloop-${set}.tsv`
  if (extra) {
    const rows = extraRows(extra[1])
    table.push(meanOfFolds(Array.from({ length: EXTRA_FOLDS }, (_, k) => {
      const split = rows.map((r, i) => ({ ...r, split: i % EXTRA_FOLDS === k ? 'test' : 'dev' }))
      writeSplit(file, split)
      return scoreSplit(set, split, file, three)
    })))
  } else if (set.endsWith('_traditional')) {
    const rows = readTsv(`${DATA}/sentiment/${set.replace('_traditional', '')}.tsv`).map((r) => (r.split === 'test' ? { ...r, text: toTraditional(r.text) } : r))
    writeSplit(file, rows)
    table.push(scoreSplit(set, rows, file, three))
  } else if (set.startsWith('en_airline')) {
    const rows = readTsv(`${DATA}/topics/en_airline.tsv`).filter((r) => three || r.sentiment !== 'neutral').map((r) => ({ text: r.text, label: AIRLINE_LABEL[r.sentiment], split: r.split }))
    writeSplit(file, rows)
    table.push(scoreSplit(set, rows, file, three))
  } else table.push(scoreSplit(set, readTsv(`${DATA}/sentiment/${set}.tsv`), `${DATA}/sentiment/${set}.tsv`, three))
}

const topicsArgs = ['topics', `${DATA}/topics/en_airline.tsv`, '--taxonomy', 'bench/taxonomies/airline.json', '--label-column', 'reason', '--interval']
const t = runOurs(topicsArgs)
const air = readTsv(`${DATA}/topics/en_airline.tsv`).filter((r) => r.reason && r.reason !== "Can't Tell").map((r) => ({ text: r.text, label: r.reason, split: r.split }))
const nbTopic = naiveBayes(air.filter((r) => r.split === 'dev'), words)
const airTest = air.filter((r) => r.split === 'test')
const reasons = [...new Set(air.map((r) => r.label))]
const nbPer = Object.fromEntries(reasons.map((l) => {
  let tp = 0, fp = 0, fn = 0
  for (const r of airTest) { const p = nbTopic(r.text); if (p === l && r.label === l) tp++; else if (p === l) fp++; else if (r.label === l) fn++ }
  return [l, tp ? (2 * tp) / (2 * tp + fp + fn) : 0]
}))
const nbMacro = Object.values(nbPer).reduce((a, b) => a + b, 0) / reasons.length
const agreement = labelAgreement(air)

// A run without the other-domain sets (their files are not in the repository) keeps their rows and
// note from the last run that had them, which say so, rather than dropping them from the record.
const earlierOtherDomains = (() => {
  const before = extras.length || !existsSync('bench/results/text.md') ? '' : readFileSync('bench/results/text.md', 'utf8')
  const kept = before.split('\n')
  return { rows: kept.filter((l) => l.startsWith('| ') && l.includes('(other domain') && l.includes('last run on')), note: kept.filter((l) => l.startsWith('The three sets from other domains')) }
})()
const lines = [
  '| set | test rows | ours out of the box | ours learned | natural AFINN | VADER | wink | naive Bayes (dev) | majority | µs/comment (median) |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...table.map((r) => `| ${r.set}${seen.has(r.set) ? ' (other domain, errors read to write rules, so not held out; 5 folds)' : extras.some(([name]) => name === r.set) ? ' (other domain, never tuned on; 5 folds, every row scored once)' : ''} | ${r.rows} | ${withCi(r.ours, r.oursCi)} | ${withCi(r.learned, r.learnedCi)} | ${f3(r.afinn)} | ${f3(r.vader)} | ${f3(r.wink)} | ${f3(r.nb)} | ${f3(r.majority)} | ${r.us} |`),
  ...earlierOtherDomains.rows,
  `| en_airline reasons (macro-F1) | ${t.rows} | ${withCi(t.macro_f1, t.macro_f1_interval)} | ${withCi(t.learned_macro_f1, t.learned_macro_f1_interval)} | – | – | – | ${f3(nbMacro)} | – | – |`,
]
const perTopic = [
  '| airline reason | ours out of the box F1 | ours learned F1 | naive Bayes (dev) F1 |',
  '|---|---|---|---|',
  ...Object.entries(t.per_topic).map(([l, v]) => `| ${l} | ${f3(v.f1)} | ${f3(v.learned_f1)} | ${f3(nbPer[l])} |`),
]
const agreementLine = `How far the set's own labellers agree on reasons: ${agreement.pairs} pairs of tweets with the same words (mentions, links and punctuation aside), dev and test, were labelled separately; ` +
  `they name the same reason in ${agreement.agree} (${f3(agreement.agree / agreement.pairs)}), and one copy's label scored against the other's gives a macro-F1 of ${f3(agreement.macroF1)} over the ${agreement.labels} reasons the pairs hold (bench/lib/label-agreement.mjs). ` +
  `Were each label right with the same chance p, pairs would agree about p², so a model that always named the true reason would score about ${f3(Math.sqrt(agreement.agree / agreement.pairs))} in accuracy and a macro-F1 near ${f3(Math.sqrt(agreement.macroF1))} against these labels. Few pairs, so rough figures.`
// The daily self-check as the worker runs it: 5,000 labelled texts, five folds, every gain.
const checkTime = (file, column, ...more) => JSON.parse(execFileSync('npx', ['tsx', 'bench/lib/text-check-time.ts', file, column, ...more], { encoding: 'utf8' }).trim().split('\n').pop())
const checks = [
  ['zh_waimai, sentiment (accuracy)', `${DATA}/sentiment/zh_waimai.tsv`, 'label'],
  ['en_airline (3 classes), sentiment (accuracy)', `${DATA}/topics/en_airline.tsv`, 'sentiment'],
  ['en_airline reasons, topics (macro-F1)', `${DATA}/topics/en_airline.tsv`, 'reason', '--taxonomy', 'bench/taxonomies/airline.json'],
].map(([set, ...args]) => ({ set, ...checkTime(...args) }))
const checkLines = [
  '| set | labelled texts | time (median of 3) | gain chosen | agreement, rules alone | agreement, learned |',
  '|---|---|---|---|---|---|',
  ...checks.map((c) => `| ${c.set} | ${c.rows} | ${c.ms} ms | ${c.gain} | ${f3(c.rules)} | ${f3(c.learned)} |`),
]

const command = ['node bench/text.mjs', ...extras.map(([name, path]) => `--${seen.has(name) ? 'seen' : 'extra'} ${name}=${path.split('/').pop()}`)].join(' ')
const md = `# Text analytics benchmark\n\nCommand: \`${command}\` (repo root), run ${new Date().toISOString()}.\n` +
  'Accuracy on the `test` rows of ../shared/datasets; every peer scored on the same rows in the same run. ' +
  'Out of the box = shipped word lists, rules and the UCI prior; learned = after learning the set\'s `dev` rows ' +
  '(how far to trust the learned model is chosen over five folds of the `dev` rows, as the worker\'s daily self-check does). Topics: the top topic per comment, ' +
  'with bench/taxonomies/airline.json. en_airline_3class keeps the neutral tweets: positive, neutral or negative. ' +
  '_traditional: the same test rows in Traditional characters (OpenCC\'s Simplified to Traditional table, bench/data), every model learning from the Simplified `dev` rows. ' +
  'In parentheses: a 95% bootstrap interval over the test rows (1,000 resamples, `stayloop eval --interval`), how far the luck of which rows were drawn moves a figure.' +
  (extras.length ? ' Sets from another domain (--extra) were never used to choose anything; those marked as read (--seen) had their errors read to write rules. Both are scored in five folds (each row once, learning from the other four fifths) and each column is the mean over the folds.' +
    ` Their files are neither in the repository nor in ../shared/datasets: ${extras.map(([name]) => `${name}, ${EXTRA_SOURCES[name] ?? 'a file of your own'}`).join('; ')}.` : '') + '\n\n' + lines.join('\n') + '\n\n' + perTopic.join('\n') + '\n\n' + earlierOtherDomains.note.map((l) => l + '\n\n').join('') + agreementLine + '\n\n' +
  'Daily self-check of a workspace\'s learned model, sentiment and topics (worker/services/text-model-check.ts), timed in Node on ' +
  'the first 5,000 `dev` rows as if they were a workspace\'s newest labelled texts:\n\n' + checkLines.join('\n') + '\n'
writeFileSync('bench/results/text.md', md)
console.log(md)
