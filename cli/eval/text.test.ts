// The `stayloop eval sentiment|topics` contract: the last line is one JSON object; a `split`
// column decides what is learned from and what is scored, else a stable 80/20 hash of the text.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { runSentimentEval } from './text.ts'
import { runTopicsEval } from './text-topics.ts'
import { runChurnEval } from './churn.ts'
import { splitRows } from './text-tsv.ts'

const dir = mkdtempSync(join(tmpdir(), 'stayloop-eval-'))
function tsv(name: string, header: string[], rows: string[][]): string {
  const path = join(dir, name)
  writeFileSync(path, [header, ...rows].map((r) => r.join('\t')).join('\n') + '\n')
  return path
}

async function lastJson(run: (args: string[]) => Promise<number>, args: string[]) {
  const lines: string[] = []
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line))
  const code = await run(args)
  log.mockRestore()
  return { code, result: JSON.parse(lines.at(-1)!) }
}

const sentimentRows = Array.from({ length: 100 }, (_, i) => [[`great service, loved it ${i}`, 'pos'], [`terrible service, hated it ${i}`, 'neg']]).flat()

describe('stayloop eval sentiment', () => {
  it('without a split column, scores a stable fifth of the rows and learns from the rest', async () => {
    const file = tsv('plain.tsv', ['text', 'label'], sentimentRows)
    const { code, result } = await lastJson(runSentimentEval, [file])
    expect(code).toBe(0)
    expect(Object.keys(result)).toEqual(['task', 'rows', 'accuracy', 'learned_accuracy', 'macro_f1', 'learned_macro_f1', 'us_per_text'])
    expect(result.rows).toBeGreaterThan(20)
    expect(result.rows).toBeLessThan(60)
    expect(result.accuracy).toBe(1)
    expect((await lastJson(runSentimentEval, [file])).result.rows).toBe(result.rows)
  })

  it('without a split column, a small file still scores a row and learns from the others (2 rows or more)', async () => {
    const five = [['great service', 'pos'], ['terrible service', 'neg'], ['loved it', 'pos'], ['hated it', 'neg'], ['works nicely', 'pos']]
    // None of these hashes to the scored fifth: the split alone would score nothing.
    expect(splitRows(five.map(([text]) => ({ text }))).test.length).toBeGreaterThan(0)
    const { code, result } = await lastJson(runSentimentEval, [tsv('five.tsv', ['text', 'label'], five)])
    expect(code).toBe(0)
    expect(result).toMatchObject({ task: 'sentiment', rows: 1 })
    expect((await lastJson(runSentimentEval, [tsv('two.tsv', ['text', 'label'], five.slice(0, 2))])).result.rows).toBe(1)
    const topics = await lastJson(runTopicsEval, [tsv('five-topics.tsv', ['text', 'label'], [['too expensive', 'pricing'], ['it crashes', 'reliability'], ['pricey', 'pricing'], ['crashes daily', 'reliability']])])
    expect(topics.code).toBe(0)
    expect(topics.result.rows).toBeGreaterThan(0)
    // Whatever the hash says, each side keeps a row, and the same rows each time.
    for (let n = 2; n <= 12; n++) {
      const rows = Array.from({ length: n }, (_, i) => ({ text: `row ${n} ${i}` }))
      const { train, test } = splitRows(rows)
      expect(train.length * test.length, `${n} rows`).toBeGreaterThan(0)
      expect(splitRows(rows)).toEqual({ train, test })
    }
  })

  it('with a split column, scores exactly the test rows', async () => {
    const file = tsv('split.tsv', ['text', 'label', 'split'], sentimentRows.map((r, i) => [...r, i % 4 === 0 ? 'test' : 'dev']))
    expect((await lastJson(runSentimentEval, [file])).result.rows).toBe(50)
  })

  it('reads the labels from a `sentiment` column, or the one --label-column names', async () => {
    const rows = sentimentRows.map((r, i) => [r[0], r[1] === 'pos' ? 'positive' : 'negative', i % 4 === 0 ? 'test' : 'dev'])
    expect((await lastJson(runSentimentEval, [tsv('sentiment.tsv', ['text', 'sentiment', 'split'], rows)])).result.rows).toBe(50)
    const named = await lastJson(runSentimentEval, ['--label-column', 'mood', tsv('mood.tsv', ['text', 'mood', 'split'], rows)])
    expect(named.result.rows).toBe(50)
    expect(named.result.accuracy).toBe(1)
    // A spreadsheet's byte-order mark and CRLF line ends.
    const path = join(dir, 'excel.tsv')
    writeFileSync(path, '\uFEFF' + [['text', 'label', 'split'], ...rows].map((r) => r.join('\t')).join('\r\n'))
    expect((await lastJson(runSentimentEval, [path])).result.rows).toBe(50)
    // Column names and split values as a spreadsheet may capitalise them.
    const capitalised = rows.map((r) => [r[0], r[1], r[2] === 'test' ? 'Test' : 'DEV'])
    expect((await lastJson(runSentimentEval, [tsv('caps.tsv', ['Text', 'Label', 'Split'], capitalised)])).result.rows).toBe(50)
    expect((await lastJson(runSentimentEval, ['--label-column', 'Mood', tsv('caps-mood.tsv', ['TEXT', 'MOOD', 'split'], rows)])).result.rows).toBe(50)
  })
})

describe('stayloop eval sentiment: files as public sets ship them', () => {
  const split = (i: number) => (i % 4 === 0 ? 'test' : 'dev')
  it('reads 1/0 labels as positive/negative and a `review` column as the text', async () => {
    const rows = sentimentRows.map((r, i) => [r[1] === 'pos' ? '1' : '0', r[0], split(i)])
    const { code, result } = await lastJson(runSentimentEval, [tsv('review.tsv', ['label', 'review', 'split'], rows)])
    expect(code).toBe(0)
    expect(result.rows).toBe(50)
    expect(result.accuracy).toBe(1)
  })
  it('reads a CSV file with quoted fields, as SophonPlus and Kaggle ship them', async () => {
    const path = join(dir, 'reviews.csv')
    const quoted = sentimentRows.map((r, i) => `${r[1] === 'pos' ? 1 : 0},"${r[0].replace(',', ', "" ')}",${split(i)}`)
    writeFileSync(path, ['label,review,split', ...quoted].join('\n'))
    const { result } = await lastJson(runSentimentEval, [path])
    expect(result.rows).toBe(50)
    expect(result.accuracy).toBe(1)
  })
  it('reads -1/0/1 as negative/neutral/positive: 0 is neutral once a file uses -1', async () => {
    const rows = [...sentimentRows, ...Array.from({ length: 100 }, (_, i) => [`the office is on the third floor ${i}`, 'neu'])]
      .map((r, i) => [r[0], r[1] === 'pos' ? '1' : r[1] === 'neg' ? '-1' : '0', split(i)])
    const lines: string[] = []
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line))
    expect(await runSentimentEval([tsv('signed.tsv', ['text', 'label', 'split'], rows)])).toBe(0)
    log.mockRestore()
    expect(lines[0]).toMatch(/classes neg\/neu\/pos/)
  })
  it('reads star ratings, 0/2/4 and 1/2 polarity by their conventions, and says so', async () => {
    const scaled = (pos: string, neg: string) => sentimentRows.map((r, i) => [r[0], r[1] === 'pos' ? pos : neg, split(i)])
    for (const [pos, neg, says] of [['5', '1', /1–5 ratings/], ['4', '0', /0–4 labels/], ['2', '1', /polarity labels: 1 negative, 2 positive/], ['9', '2', /1–10 ratings/]] as const) {
      const lines: string[] = []
      const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line))
      expect(await runSentimentEval([tsv(`scale${pos}.tsv`, ['text', 'label', 'split'], scaled(pos, neg))])).toBe(0)
      log.mockRestore()
      expect(lines[0]).toMatch(says)
      // 1 (or 0, or 2 of 10) is the worst: every row keeps its class, so the rules score as on pos/neg.
      expect(JSON.parse(lines.at(-1)!)).toMatchObject({ rows: 50, accuracy: 1 })
    }
  })
  it('finds the label in a `polarity`, `target` or `stars` column', async () => {
    const rows = sentimentRows.map((r, i) => [r[0], r[1] === 'pos' ? '4' : '0', split(i)])
    const { result } = await lastJson(runSentimentEval, [tsv('target.tsv', ['text', 'target', 'split'], rows)])
    expect(result).toMatchObject({ rows: 50, accuracy: 1 })
    // The contract's keys only, unless intervals are asked for.
    expect(result).not.toHaveProperty('accuracy_interval')
  })
  it('adds 95% bootstrap intervals with --interval', async () => {
    const rows = sentimentRows.map((r, i) => [r[0], r[1], split(i)])
    const { result } = await lastJson(runSentimentEval, [tsv('ci.tsv', ['text', 'label', 'split'], rows), '--interval'])
    expect(Object.keys(result).slice(-4)).toEqual(['accuracy_interval', 'learned_accuracy_interval', 'macro_f1_interval', 'learned_macro_f1_interval'])
    expect(result.accuracy_interval).toEqual([1, 1]) // every row right: no resample can miss
    expect(result.macro_f1_interval).toEqual([1, 1])
    expect(result.learned_macro_f1_interval[0]).toBeLessThanOrEqual(result.learned_macro_f1)
    expect(result.learned_macro_f1_interval[1]).toBeGreaterThanOrEqual(result.learned_macro_f1)
    expect(result.learned_accuracy_interval[0]).toBeLessThanOrEqual(result.learned_accuracy)
    expect(result.learned_accuracy_interval[1]).toBeGreaterThanOrEqual(result.learned_accuracy)
  })
  it('reads the text from the column --text-column names', async () => {
    const rows = sentimentRows.map((r, i) => [`id${i}`, r[0], r[1], split(i)])
    const { result } = await lastJson(runSentimentEval, ['--text-column', 'Words', tsv('words.tsv', ['id', 'words', 'label', 'split'], rows), '--dev'])
    expect(result.rows).toBeGreaterThan(20)
    expect(result.accuracy).toBe(1)
  })
})

describe('stayloop eval sentiment: macro-F1', () => {
  it('averages the classes the scored rows hold or the predictions name, so a single-class file is not flattered', async () => {
    // Every row positive; some read negative. F1 of pos alone would sit above accuracy.
    const rows = Array.from({ length: 50 }, (_, i) => [i % 5 === 0 ? `terrible service, hated it ${i}` : `great service, loved it ${i}`, 'pos', i % 2 ? 'test' : 'dev'])
    const { result } = await lastJson(runSentimentEval, [tsv('one-class.tsv', ['text', 'label', 'split'], rows)])
    expect(result.accuracy).toBe(0.8)
    // pos: 2·20 / (2·20 + 5) = 0.889; neg (predicted, never right) 0: the mean is 0.444.
    expect(result.macro_f1).toBe(0.444)
    // A class only the learning rows hold is no 0 in the average.
    const devNeg = rows.map((r, i) => (r[2] === 'dev' && i % 5 === 0 ? [r[0], 'neg', 'dev'] : r)).filter((r) => r[2] === 'dev' || !r[0].startsWith('terrible'))
    expect((await lastJson(runSentimentEval, [tsv('test-one-class.tsv', ['text', 'label', 'split'], devNeg)])).result).toMatchObject({ accuracy: 1, macro_f1: 1 })
  })
})

describe('stayloop eval: files it cannot read', () => {
  it('a missing file or a directory: one line and exit 2, for sentiment, topics and churn', async () => {
    const errors: string[] = []
    const err = vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line))
    const missing = join(dir, 'nope.tsv')
    expect(await runSentimentEval([missing])).toBe(2)
    expect(await runSentimentEval([dir])).toBe(2)
    expect(await runTopicsEval([missing])).toBe(2)
    expect(await runChurnEval([dir, '--label', 'Churn', '--positive', 'Yes'])).toBe(2)
    err.mockRestore()
    expect(errors).toEqual([
      expect.stringMatching(new RegExp(`^cannot read ${missing}: ENOENT`)),
      expect.stringMatching(new RegExp(`^cannot read ${dir}: EISDIR`)),
      expect.stringMatching(new RegExp(`^cannot read ${missing}: ENOENT`)),
      expect.stringMatching(new RegExp(`^cannot read ${dir}: EISDIR`)),
    ])
  })

  it('a comma-separated file where tabs are expected, or the other way: says so', async () => {
    const errors: string[] = []
    const err = vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line))
    const commas = join(dir, 'commas.tsv')
    writeFileSync(commas, 'text,label\ngreat,pos\nawful,neg\n')
    expect(await runSentimentEval([commas])).toBe(2)
    expect(await runTopicsEval([commas])).toBe(2)
    const tabs = join(dir, 'tabs.csv')
    writeFileSync(tabs, 'text\tlabel\ngreat\tpos\n')
    expect(await runSentimentEval([tabs])).toBe(2)
    err.mockRestore()
    expect(errors).toEqual([
      `${commas} looks comma-separated; eval reads tab-separated files, or CSV when the name ends in .csv`,
      `${commas} looks comma-separated; eval reads tab-separated files, or CSV when the name ends in .csv`,
      `${tabs} looks tab-separated; eval reads a file named .csv as comma-separated (name it .tsv)`,
    ])
  })
})

describe('stayloop eval: files it cannot score', () => {
  it('says what is missing and exits 2, for sentiment and topics alike', async () => {
    const errors: string[] = []
    const err = vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line))
    expect(await runSentimentEval([tsv('nolabel.tsv', ['text', 'notes'], [['great', 'called twice']])])).toBe(2)
    // Numbers on no scale it knows are refused, not guessed.
    expect(await runSentimentEval([tsv('scores.tsv', ['text', 'label'], [['awful', '0.1'], ['great', '0.9']])])).toBe(2)
    const pricingOnly = join(dir, 'pricing.json')
    writeFileSync(pricingOnly, JSON.stringify([{ id: 'pricing', keywords: ['price'] }, { id: 'billing', keywords: ['invoice'] }]))
    expect(await runTopicsEval([tsv('notopic.tsv', ['text', 'label'], [['great', 'weather']]), '--taxonomy', pricingOnly])).toBe(2)
    // Labelled rows, but a split that leaves none to score.
    expect(await runSentimentEval([tsv('alldev.tsv', ['text', 'label', 'split'], [['great', 'pos', 'dev'], ['awful', 'neg', 'dev']])])).toBe(2)
    expect(await runTopicsEval([tsv('alldev-topics.tsv', ['text', 'label', 'split'], [['too expensive', 'pricing', 'dev']])])).toBe(2)
    err.mockRestore()
    expect(errors[0]).toMatch(/no row has a `text` and a pos\/neg\/neutral label in `label`/)
    expect(errors[1]).toMatch(/`label` holds numbers \("0.1"\) on no scale it knows/)
    expect(errors[2]).toMatch(/naming a topic of the taxonomy \(pricing, billing/)
    expect(errors[3]).toMatch(/none of its 2 labelled rows is left to score/)
    expect(errors[4]).toMatch(/none of its 1 labelled row is left to score/)
  })
})

describe('stayloop eval topics', () => {
  it('prints macro-F1 out of the box and learned, per topic, on the test rows', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => [
      [`way too expensive for us ${i}`, 'pricing', i % 5 === 0 ? 'test' : 'dev'],
      [`the app keeps crashing ${i}`, 'reliability', i % 5 === 0 ? 'test' : 'dev'],
      [`something else entirely ${i}`, 'not-a-topic', 'dev'],
    ]).flat()
    const file = tsv('topics.tsv', ['text', 'reason', 'split'], rows)
    const { code, result } = await lastJson(runTopicsEval, [file, '--label-column', 'reason'])
    expect(code).toBe(0)
    expect(Object.keys(result)).toEqual(['task', 'rows', 'macro_f1', 'learned_macro_f1', 'per_topic'])
    expect(result.rows).toBe(24)
    expect(result.macro_f1).toBe(1)
    expect(Object.keys(result.per_topic).sort()).toEqual(['pricing', 'reliability'])
    // The same rows with the text in a `tweet` column, the file named after the flags.
    const tweets = tsv('tweets.tsv', ['tweet', 'reason', 'split'], rows)
    expect((await lastJson(runTopicsEval, ['--label-column', 'reason', '--dev', tweets])).result.macro_f1).toBe(1)
    // --interval adds 95% bootstrap intervals after the contract's keys.
    const withCi = (await lastJson(runTopicsEval, [file, '--label-column', 'reason', '--interval'])).result
    expect(Object.keys(withCi)).toEqual(['task', 'rows', 'macro_f1', 'learned_macro_f1', 'per_topic', 'macro_f1_interval', 'learned_macro_f1_interval'])
    expect(withCi.macro_f1_interval).toEqual([1, 1])
  })

  it('reads a taxonomy file as a list of topics or as GET /v1/taxonomy returns it, and says what is wrong with a bad one', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => [[`the flight was late again ${i}`, 'late', i % 4 === 0 ? 'test' : 'dev'], [`they lost my bag ${i}`, 'bags', i % 4 === 0 ? 'test' : 'dev']]).flat()
    const file = tsv('air.tsv', ['text', 'label', 'split'], rows)
    const topics = [{ id: 'late', keywords: ['late'] }, { id: 'bags', name: 'Bags', keywords: ['bag'] }]
    for (const shape of [topics, { topics }]) {
      const tax = join(dir, 'tax.json')
      writeFileSync(tax, JSON.stringify(shape))
      const { code, result } = await lastJson(runTopicsEval, [file, '--taxonomy', tax])
      expect(code).toBe(0)
      expect(result.macro_f1).toBe(1)
    }
    const errors: string[] = []
    const err = vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line))
    for (const bad of ['{"topics": [{"name": "no id"}]}', '[]', 'not json']) {
      const tax = join(dir, 'bad.json')
      writeFileSync(tax, bad)
      expect(await runTopicsEval([file, '--taxonomy', tax])).toBe(2)
    }
    err.mockRestore()
    expect(errors.join('\n')).toMatch(/id/)
    expect(errors.join('\n')).toMatch(/has no topics/)
    expect(errors.join('\n')).toMatch(/not a readable JSON file/)
  })

  it('refuses a taxonomy file PUT /v1/taxonomy would refuse, in one line, but takes free-form ids and names', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => [[`the flight was late again ${i}`, 'Late Flight', i % 4 === 0 ? 'test' : 'dev'], [`they lost my bag ${i}`, 'bags', i % 4 === 0 ? 'test' : 'dev']]).flat()
    const file = tsv('air-rules.tsv', ['text', 'label', 'split'], rows)
    const taxonomy = (topics: unknown) => { const tax = join(dir, 'rules.json'); writeFileSync(tax, JSON.stringify(topics)); return tax }
    const refusals: [unknown, RegExp][] = [
      [[{ id: 'bad id', keywords: ['c++'] }], /^.*rules\.json: not a taxonomy: topic 0\.keywords\.0: must keep at least 2 letters .*"c\+\+" of topic bad id/],
      [[{ id: 'late', keywords: ['late', 'too … '] }], /topic 0\.keywords\.1: must keep a word on each side of a gap: "too … " of topic late/],
      [[{ id: 'late', name: 'Late', keywords: ['late'] }, { id: 'late2', name: 'LATE', keywords: ['delay'] }], /topic 1\.name: "LATE" is also topic 0's name/],
      [[{ id: 'late', keywords: ['late'], colour: 'red' }], /topic 0: Unrecognized key: "colour"/],
      [[{ id: 'late', name: 'Late', keywords: Array.from({ length: 401 }, (_, i) => `word${i}`) }], /topic 0\.keywords: Too big/],
    ]
    for (const [topics, said] of refusals) {
      const errors: string[] = []
      const err = vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line))
      expect(await runTopicsEval([file, '--taxonomy', taxonomy(topics)])).toBe(2)
      err.mockRestore()
      expect(errors).toHaveLength(1)
      expect(errors[0]).toMatch(said)
    }
    // What the API takes is taken: a topic with only a name, found by it; repeated keywords; and, in a
    // file only, ids that are labels.
    const { code, result } = await lastJson(runTopicsEval, [file, '--taxonomy', taxonomy([{ id: 'Late Flight', name: 'Late flight', keywords: ['late', 'Late'] }, { id: 'bags', name: 'Lost bag' }])])
    expect(code).toBe(0)
    expect(Object.keys(result.per_topic).sort()).toEqual(['Late Flight', 'bags'])
    expect(result.macro_f1).toBe(1)
  })

  it('takes a file\'s own labels as the taxonomy when they name few default topics', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => [
      [`the parcel was late again ${i}`, 'shipping', i % 4 === 0 ? 'test' : 'dev'],
      [`the box arrived damaged ${i}`, 'damaged goods', i % 4 === 0 ? 'test' : 'dev'],
    ]).flat()
    const lines: string[] = []
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line))
    expect(await runTopicsEval([tsv('own-labels.tsv', ['text', 'label', 'split'], rows)])).toBe(0)
    log.mockRestore()
    expect(lines[0]).toMatch(/its 2 labels are the taxonomy/)
    const result = JSON.parse(lines.at(-1)!)
    expect(Object.keys(result.per_topic).sort()).toEqual(['damaged goods', 'shipping'])
    // Out of the box only the names speak ("damaged"); learned from the dev rows, both are found.
    expect(result.per_topic['damaged goods'].f1).toBeGreaterThan(0.9)
    expect(result.per_topic.shipping.f1).toBe(0)
    expect(result.learned_macro_f1).toBe(1)
  })

  it('maps labels as other tools write them onto the default topics ("Bug", "Feature request")', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => [
      [`the app keeps crashing ${i}`, 'Bug', i % 4 === 0 ? 'test' : 'dev'],
      [`please add an export to excel ${i}`, 'Feature request', i % 4 === 0 ? 'test' : 'dev'],
    ]).flat()
    const { result } = await lastJson(runTopicsEval, [tsv('aliases.tsv', ['text', 'label', 'split'], rows)])
    expect(Object.keys(result.per_topic).sort()).toEqual(['missing_feature', 'reliability'])
    expect(result.macro_f1).toBe(1)
  })

  it('reads labels that name topics by name, in any case, several to a row', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => [
      [`way too expensive for us ${i}`, 'Pricing', i % 4 === 0 ? 'test' : 'dev'],
      [`please add an export to excel ${i}`, 'Missing feature', i % 4 === 0 ? 'test' : 'dev'],
      [`the app keeps crashing ${i}`, 'RELIABILITY', i % 4 === 0 ? 'test' : 'dev'],
      // Several topics: the top topic is a hit for the one it names and a miss for the other.
      [`crashing all the time and too expensive ${i}`, 'reliability|Pricing', i % 4 === 0 ? 'test' : 'dev'],
    ]).flat()
    const file = tsv('names.tsv', ['text', 'label', 'split'], rows)
    const { result } = await lastJson(runTopicsEval, [file])
    expect(result.rows).toBe(40)
    expect(result.macro_f1).toBeGreaterThan(0.85)
    expect(Object.keys(result.per_topic).sort()).toEqual(['missing_feature', 'pricing', 'reliability'])
  })
})
