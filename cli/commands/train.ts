// `stayloop train FILE.tsv|FILE.csv [--label-column COL] [--topic-column COL] [--skip-unknown-topics] [--force]
// [--host URL] [--key sk_...]`: a labelled file becomes training examples of a workspace. The file
// is checked here against the workspace's own taxonomy (same checks as the server), then sent as
// a plain CSV of text, sentiment and topics. Nothing is learned if any row is bad.
import { readFileSync } from 'node:fs'
import { parseArgs, type FlagSpec } from '../lib/args.ts'
import { topicLookup, validateTextExamples, type TextExampleFormat, type TextExampleRow } from '../../worker/domain/import/text-examples.ts'
import { resolveSecretKey } from '../import/key.ts'
import { formatErrors, serverErrors } from '../import/report.ts'
import { otherSeparator } from '../../worker/domain/import/csv.ts'
import type { ImportError } from '../../worker/domain/import/fields.ts'

const USAGE = 'usage: stayloop train FILE.tsv|FILE.csv [--label-column COL] [--topic-column COL] [--skip-unknown-topics] [--force] [--host http://127.0.0.1:8787] [--key sk_...]'

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

export const flagSpecs: FlagSpec[] = [{ command: 'stayloop train', values: ['label-column', 'topic-column', 'host', 'key'], switches: ['skip-unknown-topics', 'force'] }]

/** Why the command stopped: printed as one line; `code` 2 for what the caller can fix, 1 for a server fault. */
class TrainFailure extends Error {
  constructor(message: string, readonly code: 1 | 2 = 2) { super(message) }
}

/** Problems with a file, in one line: the first, and how many more. */
export function oneLine(file: string, errors: ImportError[]): string {
  const [first] = formatErrors(file, errors, 1)
  return errors.length > 1 ? `${first} (and ${errors.length - 1} more problem${errors.length === 2 ? '' : 's'})` : first ?? file
}

/** A refused request in one line: 4xx is the caller's to fix (2), anything else the server's (1). */
function refused(what: string, response: Response, json: Record<string, unknown> | null): TrainFailure {
  const message = (json?.error as { message?: string } | undefined)?.message?.split('\n')[0]
  const said = `HTTP ${response.status}${message ? `: ${message.replace(/;\s*nothing learned\.?$/, '')}` : ''}`
  if (response.status === 401) return new TrainFailure(`${what}: the secret key was refused (${said}); pass --key sk_... or set STAYLOOP_SECRET_KEY`)
  return new TrainFailure(`${what} (${said})`, response.status >= 400 && response.status < 500 ? 2 : 1)
}

export async function run(args: string[]): Promise<number> {
  try {
    return await train(args)
  } catch (error) {
    if (!(error instanceof TrainFailure)) throw error
    console.error(error.message)
    return error.code
  }
}

async function train(args: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(args, flagSpecs[0])
  const [file] = positionals
  if (!file || positionals.length > 1) throw new TrainFailure(USAGE)
  let body: string
  try { body = readFileSync(file, 'utf8') } catch (error) { throw new TrainFailure(`cannot read ${file}: ${(error as Error).message}`) }
  const format: TextExampleFormat = /\.(tsv|tab)$/i.test(file) ? 'tsv' : 'csv'
  if (body.replace(/^\uFEFF/, '').trim() === '') throw new TrainFailure(`${file} is empty: it needs a header (text, and sentiment and/or topics) and labelled rows`)
  // Read with the other separator, the header is one column: say why, before asking the server anything.
  const looks = otherSeparator(body, format === 'tsv' ? '\t' : ',')
  if (looks) throw new TrainFailure(`${file} looks ${looks}; train reads a file named .tsv or .tab as tab-separated and any other as CSV`
    + (format === 'tsv' ? ' (name it .csv)' : ' (name it .tsv)'))
  const rename: Record<string, string> = {}
  if (typeof flags['label-column'] === 'string') rename[flags['label-column']] = 'sentiment'
  if (typeof flags['topic-column'] === 'string') rename[flags['topic-column']] = 'topics'
  body = renameColumns(body, format, rename)

  const key = resolveSecretKey(typeof flags.key === 'string' ? flags.key : undefined, process.env, process.cwd())
  if (!key) throw new TrainFailure('no secret key: pass --key sk_..., set STAYLOOP_SECRET_KEY, or run `npm start` to write demo-keys.json')
  const host = (typeof flags.host === 'string' ? flags.host : 'http://127.0.0.1:8787').replace(/\/+$/, '')
  const call = async (path: string, init?: RequestInit) => {
    let response: Response
    try {
      response = await fetch(`${host}${path}`, { ...init, headers: { Authorization: `Bearer ${key}`, ...init?.headers } })
    } catch (error) {
      // fetch says "fetch failed"; why (ECONNREFUSED, ENOTFOUND) is in its cause.
      const cause = (error as { cause?: { code?: string; message?: string } }).cause
      const why = [(error as Error).message, cause?.code ?? cause?.message].filter(Boolean).join(': ').split('\n')[0]
      throw new TrainFailure(`cannot reach ${host}: ${why} (is Stayloop running? npm start)`)
    }
    return { response, json: (await response.json().catch(() => null)) as Record<string, unknown> | null }
  }
  const taxonomy = await call('/v1/taxonomy')
  if (!taxonomy.response.ok) throw refused('cannot read the workspace\'s topics', taxonomy.response, taxonomy.json)
  const topics = topicLookup((taxonomy.json?.topics ?? []) as { id: string; name: string }[])
  const checked = validateTextExamples(body, format, topics, { dropUnknownTopics: flags['skip-unknown-topics'] === true })
  // As the server says it (a header-only file), without a request that can only fail.
  if (checked.errors.length === 0 && checked.rows.length === 0) checked.errors.push({ line: 1, column: null, message: 'no labelled rows to learn from' })
  if (checked.errors.length) {
    const unknown = checked.errors.some((e) => e.message.endsWith('is not a topic of this workspace'))
    throw new TrainFailure(`${oneLine(file, checked.errors)}; nothing learned`
      + (unknown ? ' (add the missing topics with PUT /v1/taxonomy, names match too, or pass --skip-unknown-topics)' : ''))
  }
  // --force: learn labels the server would refuse as contradicting the rules (pos and neg swapped?).
  const sent = await call(`/v1/text-model/examples${flags.force === true ? '?force=true' : ''}`, { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: examplesCsv(checked.rows) })
  if (!sent.response.ok) {
    const rows = serverErrors(sent.json)
    if (rows.length && sent.response.status < 500) throw new TrainFailure(`${oneLine(file, rows)}; nothing learned (HTTP ${sent.response.status})`)
    const failure = refused('training failed', sent.response, sent.json)
    throw new TrainFailure(`${failure.message}; nothing learned`, failure.code)
  }
  console.log(`learned ${sent.json?.learned} examples from ${file} (${sent.json?.replaced ?? 0} replaced earlier ones, ${sent.json?.duplicates ?? 0} repeated in the file; ${checked.skipped} rows without a label or marked test left out`
    + `${checked.droppedTopics ? `; ${checked.droppedTopics} labels outside the taxonomy dropped` : ''})`)
  return 0
}
