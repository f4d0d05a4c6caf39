// `stayloop train sentiment FILE.tsv --out model.json`: a user's own labelled file turned into
// the count rows of text_model_counts (label, token, count), ready to import into a workspace.
import { writeFileSync } from 'node:fs'
import { learnIncrements } from '../../worker/domain/text/learn.ts'
import { modelFromRows } from '../../worker/domain/text/model.ts'
import { normalizeSentimentLabel } from '../eval/text.ts'
import { flag, readTsv } from '../eval/text-tsv.ts'

export async function run(args: string[]): Promise<number> {
  const [task, file] = args
  const out = flag(args, '--out')
  if (task !== 'sentiment' || !file || !out) {
    console.error('usage: stayloop train sentiment FILE.tsv --out model.json')
    return 2
  }
  const totals = new Map<string, number>()
  let used = 0
  for (const row of readTsv(file)) {
    const label = normalizeSentimentLabel(row.label ?? '')
    if (!label || !row.text) continue
    for (const inc of learnIncrements(row.text, { sentiment: label })) {
      const key = `${inc.label}\u0000${inc.token}`
      totals.set(key, (totals.get(key) ?? 0) + inc.delta)
    }
    used++
  }
  const rows = [...totals].map(([key, count]) => { const [label, token] = key.split('\u0000'); return { label, token, count } })
  writeFileSync(out, JSON.stringify({ format: 'stayloop-text-counts/1', documents: used, rows }))
  const m = modelFromRows(rows)
  console.log(`learned from ${used} rows: ${m.count('sent:pos', '')} positive, ${m.count('sent:neg', '')} negative, ${m.count('sent:neu', '')} neutral; ${rows.length} count rows -> ${out}`)
  return 0
}
