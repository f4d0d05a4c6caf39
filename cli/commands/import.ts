// `stayloop import customers|signals FILE.csv [--host URL] [--key sk_...]`: checks the file
// locally (same validation as the server), then sends it to a running Stayloop. Nothing is
// imported if any row is bad.
import { readFileSync } from 'node:fs'
import { parseArgs, type FlagSpec } from '../lib/args.ts'
import { validateCustomersCsv } from '../../worker/domain/import/customers.ts'
import { validateSignalsCsv } from '../../worker/domain/import/signals.ts'
import { resolveSecretKey } from '../import/key.ts'
import { formatErrors, serverErrors } from '../import/report.ts'

const USAGE = 'usage: stayloop import customers|signals FILE.csv [--host http://127.0.0.1:8787] [--key sk_...]'

export const flagSpecs: FlagSpec[] = [{ command: 'stayloop import', values: ['host', 'key'] }]

export async function run(args: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(args, flagSpecs[0])
  const [kind, file] = positionals
  if ((kind !== 'customers' && kind !== 'signals') || !file || positionals.length > 2) {
    console.error(USAGE)
    return 2
  }
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    console.error(`cannot read ${file}: ${(error as Error).message}`)
    return 1
  }
  const checked = kind === 'customers' ? validateCustomersCsv(text) : validateSignalsCsv(text)
  if (checked.errors.length) {
    for (const line of formatErrors(file, checked.errors)) console.error(line)
    console.error(`${checked.errors.length} problem(s); nothing imported`)
    return 1
  }
  const key = resolveSecretKey(typeof flags.key === 'string' ? flags.key : undefined, process.env, process.cwd())
  if (!key) {
    console.error('no secret key: pass --key sk_..., set STAYLOOP_SECRET_KEY, or run `npm start` to write demo-keys.json')
    return 2
  }
  const host = (typeof flags.host === 'string' ? flags.host : 'http://127.0.0.1:8787').replace(/\/+$/, '')
  let response: Response
  try {
    response = await fetch(`${host}/v1/import/${kind}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'text/csv' },
      body: text,
    })
  } catch (error) {
    console.error(`cannot reach ${host}: ${(error as Error).message} (is Stayloop running? npm start)`)
    return 1
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const rows = serverErrors(body)
    for (const line of formatErrors(file, rows)) console.error(line)
    const message = (body as { error?: { message?: string } } | null)?.error?.message
    console.error(`import failed (HTTP ${response.status})${message ? `: ${message}` : ''}; nothing imported`)
    return 1
  }
  const imported = (body as { imported?: number } | null)?.imported ?? checked.rows.length
  console.log(`imported ${imported} ${kind} from ${file}`)
  return 0
}
