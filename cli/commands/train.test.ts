import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { topicLookup, validateTextExamples } from '../../worker/domain/import/text-examples.ts'
import { examplesCsv, renameColumns, run } from './train.ts'

afterEach(() => { vi.restoreAllMocks(); vi.unstubAllGlobals() })

const topics = topicLookup([{ id: 'late', name: 'Late Flight' }, { id: 'pricing', name: 'Pricing' }])

describe('stayloop train', () => {
  it('renames the chosen columns in the header only', () => {
    const tsv = 'text\tairline_sentiment\tnegativereason\nlate again\tnegative\tLate Flight\n'
    const renamed = renameColumns(tsv, 'tsv', { airline_sentiment: 'sentiment', negativereason: 'topics' })
    expect(renamed).toBe('text\tsentiment\ttopics\nlate again\tnegative\tLate Flight\n')
    expect(validateTextExamples(renamed, 'tsv', topics).rows).toEqual([{ line: 2, text: 'late again', sentiment: 'neg', topics: ['late'] }])
  })

  it('sends a CSV the server reads back to the same examples, quotes, commas and line breaks included', () => {
    const rows = [
      { line: 2, text: 'Said "soon", waited\n3 hours', sentiment: 'neg' as const, topics: ['late', 'pricing'] },
      { line: 3, text: '很好', sentiment: 'pos' as const, topics: [] },
      { line: 4, text: 'only a topic', sentiment: null, topics: ['pricing'] },
    ]
    const back = validateTextExamples(examplesCsv(rows), 'csv', topics)
    expect(back.errors).toEqual([])
    expect(back.rows.map(({ text, sentiment, topics: t }) => ({ text, sentiment, topics: t })))
      .toEqual(rows.map(({ text, sentiment, topics: t }) => ({ text, sentiment, topics: t })))
  })

  it('says once that nothing was learned from a header-only file, in one line, and exits 2', async () => {
    const file = path.join(dir, 'empty.tsv')
    writeFileSync(file, 'text\tsentiment\n')
    // The server as it answers such a file.
    server((url) => url.endsWith('/v1/taxonomy')
      ? Response.json({ topics: [{ id: 'pricing', name: 'Pricing' }] })
      : Response.json({ error: { code: 'invalid_request', message: '1 problem(s) in the file; nothing learned', details: [{ line: 1, column: null, message: 'no labelled rows to learn from' }] } }, { status: 400 }))
    const { code, said } = await train(file)
    expect(code).toBe(2)
    expect(said).toEqual([`${file}:1: no labelled rows to learn from; nothing learned`])
  })

  it('every mistake is one line and exit 2, as in the other commands', async () => {
    const taxonomy = () => Response.json({ topics: [{ id: 'pricing', name: 'Pricing' }] })
    // A topic the workspace lacks, on two rows: the first named, the other counted.
    const unknown = path.join(dir, 'unknown.tsv')
    writeFileSync(unknown, 'text\ttopics\ntoo dear\tpricing\nlate\tLate Flight\nlost\tLost Luggage\n')
    const fetch = server(taxonomy)
    const one = await train(unknown)
    expect(one).toEqual({ code: 2, said: [`${unknown}:3 [topics]: "Late Flight" is not a topic of this workspace (and 1 more problem); nothing learned (add the missing topics with PUT /v1/taxonomy, names match too, or pass --skip-unknown-topics)`] })
    expect(fetch).toHaveBeenCalledTimes(1)

    // Files that are no labelled table: nothing is asked of the server.
    const none = server(taxonomy)
    const missing = path.join(dir, 'missing.tsv')
    expect(await train(missing)).toEqual({ code: 2, said: [expect.stringMatching(new RegExp(`^cannot read ${missing}: ENOENT`))] })
    const blank = path.join(dir, 'blank.tsv')
    writeFileSync(blank, '')
    expect(await train(blank)).toEqual({ code: 2, said: [expect.stringMatching(new RegExp(`^${blank} is empty`))] })
    const commas = path.join(dir, 'commas.tsv')
    writeFileSync(commas, 'text,sentiment\ngreat,pos\n')
    expect(await train(commas)).toEqual({ code: 2, said: [`${commas} looks comma-separated; train reads a file named .tsv or .tab as tab-separated and any other as CSV (name it .csv)`] })
    expect(none).not.toHaveBeenCalled()
  })

  it('a refused key and an unreachable host are one line and exit 2; a server fault exits 1', async () => {
    const file = path.join(dir, 'good.tsv')
    writeFileSync(file, 'text\tsentiment\ngreat\tpos\n')
    server(() => Response.json({ error: { code: 'unauthorized', message: 'Unknown or revoked key', requestId: 'req_1' } }, { status: 401 }))
    expect(await train(file)).toEqual({ code: 2, said: ['cannot read the workspace\'s topics: the secret key was refused (HTTP 401: Unknown or revoked key); pass --key sk_... or set STAYLOOP_SECRET_KEY'] })
    server(() => { throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }) }) })
    expect(await train(file)).toEqual({ code: 2, said: ['cannot reach http://stayloop.test: fetch failed: ECONNREFUSED (is Stayloop running? npm start)'] })
    server((url) => url.endsWith('/v1/taxonomy')
      ? Response.json({ topics: [] })
      : Response.json({ error: { code: 'payload_too_large', message: 'would keep 50,001 examples (at most 50,000); nothing learned' } }, { status: 413 }))
    expect(await train(file)).toEqual({ code: 2, said: ['training failed (HTTP 413: would keep 50,001 examples (at most 50,000)); nothing learned'] })
    server((url) => url.endsWith('/v1/taxonomy') ? Response.json({ topics: [] }) : Response.json({ error: { code: 'unavailable', message: 'Storage hiccup' } }, { status: 503 }))
    expect(await train(file)).toEqual({ code: 1, said: ['training failed (HTTP 503: Storage hiccup); nothing learned'] })
    server((url) => url.endsWith('/v1/taxonomy') ? Response.json({ topics: [] }) : Response.json({ learned: 1, replaced: 0, duplicates: 0 }))
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    expect(await train(file)).toEqual({ code: 0, said: [] })
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^learned 1 examples from/))
  })
})

const dir = mkdtempSync(path.join(tmpdir(), 'train-'))

/** A stand-in for the server, answering each request as `answer` says. */
function server(answer: (url: string) => Response) {
  const fetch = vi.fn(async (url: string) => answer(String(url)))
  vi.stubGlobal('fetch', fetch)
  return fetch
}

/** What `stayloop train FILE` exits with and prints to stderr. */
async function train(file: string) {
  const said: string[] = []
  const error = vi.spyOn(console, 'error').mockImplementation((line: string) => { said.push(String(line)) })
  try {
    return { code: await run([file, '--key', 'sk_test', '--host', 'http://stayloop.test']), said }
  } finally {
    error.mockRestore()
  }
}
