// `stayloop train FILE.tsv|FILE.csv [--label-column COL] [--topic-column COL] [--skip-unknown-topics]
// [--host URL] [--key sk_...]`: a labelled file becomes training examples of a workspace. The file
// is checked here against the workspace's own taxonomy (same checks as the server), then sent as
// a plain CSV of text, sentiment and topics. Nothing is learned if any row is bad.
import { readFileSync } from 'node:fs'
import { parseArgs, type FlagSpec } from '../lib/args.ts'
import { topicLookup, validateTextExamples, type TextExampleFormat, type TextExampleRow } from '../../worker/domain/import/text-examples.ts'
import { resolveSecretKey } from '../import/key.ts'
import { formatErrors, serverErrors } from '../import/report.ts'

const USAGE = 'usage: stayloop train FILE.tsv|FILE.csv [--label-column COL] [--topic-column COL] [--skip-unknown-topics] [--host http://127.0.0.1:8787] [--key sk_...]'

/** Renames the chosen columns to the names the validator reads (only the header line changes). */
export function renameColumns(body: string, format: TextExampleFormat, rename: Record<string, string>): string {
  const end = body.search(/\r?\n/)
  const headerLine = end < 0 ? body : body.slice(0, end)
  const sep = format === 'tsv' ? '\t' : ','
  const header = headerLine.split(sep).map((h) => { const name = h.trim().replace(/^"|"$/g, ''); return rename[name] ?? h })
  return header.join(sep) + (end < 0 ? '' : body.slice(end))
}

export function examplesCsv(rows: TextExampleRow[]): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`
  return ['text,sentiment,topics', ...rows.map((r) => [quote(r.text), r.sentiment ?? '', quote(r.topics.join('|'))].join(','))].join('\n') + '\n'
}

export const flagSpecs: FlagSpec[] = [{ command: 'stayloop train', values: ['label-column', 'topic-column', 'host', 'key'], switches: ['skip-unknown-topics'] }]

export async function run(args: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(args, flagSpecs[0])
  const [file] = positionals
  if (!file || positionals.length > 1) { console.error(USAGE); return 2 }
  let body: string
  try { body = readFileSync(file, 'utf8') } catch (error) { console.error(`cannot read ${file}: ${(error as Error).message}`); return 1 }
  const format: TextExampleFormat = /\.(tsv|tab)$/i.test(file) ? 'tsv' : 'csv'
  const rename: Record<string, string> = {}
  if (typeof flags['label-column'] === 'string') rename[flags['label-column']] = 'sentiment'
  if (typeof flags['topic-column'] === 'string') rename[flags['topic-column']] = 'topics'
  body = renameColumns(body, format, rename)

  const key = resolveSecretKey(typeof flags.key === 'string' ? flags.key : undefined, process.env, process.cwd())
  if (!key) { console.error('no secret key: pass --key sk_..., set STAYLOOP_SECRET_KEY, or run `npm start` to write demo-keys.json'); return 2 }
  const host = (typeof flags.host === 'string' ? flags.host : 'http://127.0.0.1:8787').replace(/\/+$/, '')
  const call = async (path: string, init?: RequestInit) => {
    const response = await fetch(`${host}${path}`, { ...init, headers: { Authorization: `Bearer ${key}`, ...init?.headers } })
    return { response, json: (await response.json().catch(() => null)) as Record<string, unknown> | null }
  }
  try {
    const taxonomy = await call('/v1/taxonomy')
    if (!taxonomy.response.ok) { console.error(`cannot read the workspace's topics (HTTP ${taxonomy.response.status})`); return 1 }
    const topics = topicLookup((taxonomy.json?.topics ?? []) as { id: string; name: string }[])
    const checked = validateTextExamples(body, format, topics, { dropUnknownTopics: flags['skip-unknown-topics'] === true })
    // As the server says it (a header-only file), without a request that can only fail.
    if (checked.errors.length === 0 && checked.rows.length === 0) checked.errors.push({ line: 1, column: null, message: 'no labelled rows to learn from' })
    if (checked.errors.length) {
      for (const line of formatErrors(file, checked.errors)) console.error(line)
      const unknown = checked.errors.some((e) => e.message.endsWith('is not a topic of this workspace'))
      console.error(`${checked.errors.length} problem(s); nothing learned`
        + (unknown ? '. Add the missing topics (PUT /v1/taxonomy; names match too) or pass --skip-unknown-topics' : ''))
      return 1
    }
    const sent = await call('/v1/text-model/examples', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: examplesCsv(checked.rows) })
    if (!sent.response.ok) {
      for (const line of formatErrors(file, serverErrors(sent.json))) console.error(line)
      const message = (sent.json?.error as { message?: string } | undefined)?.message
      // The server's message may already say nothing was learned: said once.
      console.error(`training failed (HTTP ${sent.response.status})${message ? `: ${message.replace(/;\s*nothing learned\.?$/, '')}` : ''}; nothing learned`)
      return 1
    }
    console.log(`learned ${sent.json?.learned} examples from ${file} (${sent.json?.replaced ?? 0} replaced earlier ones, ${sent.json?.duplicates ?? 0} repeated in the file; ${checked.skipped} rows without a label or marked test left out`
      + `${checked.droppedTopics ? `; ${checked.droppedTopics} labels outside the taxonomy dropped` : ''})`)
    return 0
  } catch (error) {
    console.error(`cannot reach ${host}: ${(error as Error).message} (is Stayloop running? npm start)`)
    return 1
  }
}
