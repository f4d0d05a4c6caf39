// Labelled comments a workspace learns from ("train from a labelled file"): shared by
// `stayloop train` (checks the file before sending it) and POST /v1/text-model/examples.
// Columns: `text`, `sentiment` (or `label`): pos/neg/neutral, and/or `topic` (or `topics`, `reason`):
// topic ids or names of the workspace's taxonomy, several separated by `|` or `;`. Rows with
// `split` = test are left out, so a file scored by `stayloop eval` can be sent as it is.
import { csvObjects, otherSeparator, valuesByHeader } from './csv.ts'
import type { ImportError } from './fields.ts'
import { normaliseHeader, type ImportResult } from './customers.ts'
import { TOPIC_LABEL_ALIASES } from '../text/taxonomy.ts'
import { EXIT_REASON_TOPIC } from '../text/weak-label.ts'
import { sentimentReader, type SentimentClass } from '../text/sentiment-labels.ts'
import { own } from '../own.ts'

export interface TextExampleRow { line: number; text: string; sentiment: SentimentClass | null; topics: string[] }
export type TextExampleFormat = 'csv' | 'tsv'

/** What one comment may hold: the analyser caps text at this length too. */
export const MAX_EXAMPLE_CHARS = 5000
const COLUMN: Record<string, 'text' | 'sentiment' | 'topics' | 'split'> = {
  text: 'text', comment: 'text', sentiment: 'sentiment', label: 'sentiment',
  topic: 'topics', topics: 'topics', reason: 'topics', split: 'split',
}

/** Tab-separated values as `stayloop eval` reads them: no quoting, a tab never inside a field. */
function tsvObjects(text: string): ReturnType<typeof csvObjects> {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r?\n/)
  const header = (lines[0] ?? '').split('\t').map((h) => h.trim())
  const rows: ReturnType<typeof csvObjects>['rows'] = []
  lines.forEach((l, i) => {
    if (i === 0 || l.trim() === '') return
    const cells = l.split('\t')
    rows.push({ line: i + 1, values: valuesByHeader(header, cells), width: cells.length })
  })
  return { header, rows, errors: [] }
}

/**
 * `topics` maps a lower-cased topic id or name to its id. Rows without any label are skipped (an
 * eval file labels only some rows); a label that is not understood fails the whole file.
 */
export function validateTextExamples(body: string, format: TextExampleFormat, topics: Map<string, string>, { maxRows = 20_000, dropUnknownTopics = false } = {}): ImportResult<TextExampleRow> & { skipped: number; droppedTopics: number } {
  const { header, rows: records, errors: parseErrors } = format === 'tsv' ? tsvObjects(body) : csvObjects(body)
  const errors: ImportError[] = parseErrors.map((e) => ({ line: e.line, column: null, message: e.message }))
  const field = new Map(header.map((h) => [h, own(COLUMN, normaliseHeader(h))]))
  const column = (f: string) => header.find((h) => field.get(h) === f)
  const textColumn = column('text'), sentimentColumn = column('sentiment'), topicsColumn = column('topics'), splitColumn = column('split')
  if (!textColumn || (!sentimentColumn && !topicsColumn)) {
    // A file with the other separator reads as one column: say so, not just what is missing.
    const looks = otherSeparator(body, format === 'tsv' ? '\t' : ',')
    const hint = looks ? `; the file looks ${looks} but is read as ${format === 'tsv' ? 'tab' : 'comma'}-separated` : ''
    return { rows: [], skipped: 0, droppedTopics: 0, errors: [...errors, { line: 1, column: null, message: `header needs a text column and a sentiment (or label) and/or topic column${hint}` }] }
  }
  // Numbers read as the whole column's convention: -1/0/1, or a scale such as 1-5 stars.
  const labels = sentimentReader(sentimentColumn ? records.map((r) => r.values[sentimentColumn] ?? '') : [])
  if (typeof labels === 'string') return { rows: [], skipped: 0, droppedTopics: 0, errors: [...errors, { line: 1, column: sentimentColumn!, message: `${sentimentColumn} ${labels}` }] }
  const rows: TextExampleRow[] = []
  let skipped = 0, droppedTopics = 0
  for (const record of records) {
    const fail = (c: string | null, message: string) => errors.push({ line: record.line, column: c, message })
    // Trailing empty cells may be left off; an extra field means a tab or comma went unquoted.
    if (record.width > header.length) { fail(null, `expected ${header.length} fields, found ${record.width}`); continue }
    const v = record.values
    if (splitColumn && v[splitColumn].trim().toLowerCase() === 'test') { skipped++; continue }
    const text = v[textColumn].trim()
    const rawSentiment = sentimentColumn ? v[sentimentColumn].trim() : ''
    let rawTopics = topicsColumn ? v[topicsColumn].split(/[|;]/).map((t) => t.trim()).filter(Boolean) : []
    if (dropUnknownTopics) {
      // An eval file's labels outside the taxonomy ("Can't Tell") are dropped, not the whole file.
      const known = rawTopics.filter((t) => topics.has(t.toLowerCase()))
      droppedTopics += rawTopics.length - known.length
      rawTopics = known
    }
    if (rawSentiment === '' && rawTopics.length === 0) { skipped++; continue }
    if (text === '') { fail(textColumn, 'text is empty'); continue }
    if (text.length > MAX_EXAMPLE_CHARS) fail(textColumn, `text longer than ${MAX_EXAMPLE_CHARS} characters`)
    const sentiment = rawSentiment === '' ? null : labels.read(rawSentiment)
    if (rawSentiment !== '' && !sentiment) fail(sentimentColumn!, `"${rawSentiment}" is not a sentiment (pos, neg or neutral)`)
    const ids: string[] = []
    for (const t of rawTopics) {
      const id = topics.get(t.toLowerCase())
      if (id) { if (!ids.includes(id)) ids.push(id) } else fail(topicsColumn!, `"${t}" is not a topic of this workspace`)
    }
    rows.push({ line: record.line, text, sentiment, topics: ids })
  }
  if (rows.length > maxRows) errors.push({ line: 0, column: null, message: `too many labelled rows: ${rows.length} (at most ${maxRows} per file)` })
  return { rows: errors.length ? [] : rows, skipped, droppedTopics, errors }
}

/** Topic ids, names and the default topics' label aliases (lower-cased) to ids, for validateTextExamples. */
export function topicLookup(taxonomy: { id: string; name?: string }[]): Map<string, string> {
  const m = new Map<string, string>()
  for (const t of taxonomy) { m.set(t.id.toLowerCase(), t.id); if (t.name) m.set(t.name.toLowerCase(), t.id) }
  // Aliases last: a workspace's own ids and names win over them.
  const has = new Set(taxonomy.map((t) => t.id))
  for (const t of taxonomy) for (const a of own(TOPIC_LABEL_ALIASES, t.id) ?? []) if (!m.has(a)) m.set(a, t.id)
  for (const [reason, id] of Object.entries(EXIT_REASON_TOPIC)) if (has.has(id) && !m.has(reason)) m.set(reason, id)
  return m
}
