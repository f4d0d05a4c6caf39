import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { main } from './main.ts'

afterEach(() => vi.restoreAllMocks())

const dir = mkdtempSync(path.join(tmpdir(), 'stayloop-cli-'))
const csv = path.join(dir, 'customers.csv')
writeFileSync(csv, 'id,revenue\nc1,10\n')
const tsv = path.join(dir, 'labelled.tsv')
writeFileSync(tsv, 'text\tlabel\tsplit\n' + Array.from({ length: 20 }, (_, i) => `${i % 2 ? 'great, love it' : 'awful, broken'} ${i}\t${i % 2 ? 'pos' : 'neg'}\t${i < 14 ? 'dev' : 'test'}`).join('\n') + '\n')

/** What `stayloop ...` exits with and prints to stderr. */
async function stayloop(...argv: string[]) {
  const said: string[] = []
  vi.spyOn(console, 'error').mockImplementation((line: string) => { said.push(String(line)) })
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  vi.spyOn(console, 'log').mockImplementation(() => {})
  return { code: await main(argv), stderr: said.join('\n') }
}

describe('stayloop flags', () => {
  it('refuses a mistyped option instead of running with defaults', async () => {
    expect(await stayloop('eval', 'sentiment', tsv, '--intreval'))
      .toEqual({ code: 2, stderr: 'unknown option --intreval for `stayloop eval sentiment`; see `stayloop --help`' })
    expect(await stayloop('eval', 'sentiment', tsv, '--lable-column', 'nope'))
      .toEqual({ code: 2, stderr: 'unknown option --lable-column for `stayloop eval sentiment`; see `stayloop --help`' })
    expect((await stayloop('eval', 'topics', tsv, '--ignore', 'x')).code).toBe(2)
    expect((await stayloop('train', tsv, '--skip-unknown-topic')).stderr).toMatch(/^unknown option --skip-unknown-topic for `stayloop train`/)
  })

  it('never falls back to the default host when --host is mistyped or has no value', async () => {
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    try {
      expect(await stayloop('import', 'customers', csv, '--hots', 'http://stayloop.test', '--key', 'sk_x'))
        .toEqual({ code: 2, stderr: 'unknown option --hots for `stayloop import`; see `stayloop --help`' })
      expect(await stayloop('import', 'customers', csv, '--key', 'sk_x', '--host'))
        .toEqual({ code: 2, stderr: '--host needs a value; see `stayloop --help`' })
      expect(fetch).not.toHaveBeenCalled()
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('names an unknown command', async () => {
    expect(await stayloop('frobnicate')).toEqual({ code: 2, stderr: 'unknown command frobnicate; see `stayloop --help`' })
    expect((await stayloop('toString')).code).toBe(2)
  })

  it('still takes the flags it documents', async () => {
    expect(await stayloop('eval', 'sentiment', '--dev', tsv, '--label-column=label', '--text-column', 'text', '--interval')).toEqual({ code: 0, stderr: '' })
    // Every flag the README's command-line section names is one `stayloop --help` lists.
    const readme = readFileSync('README.md', 'utf8')
    const section = readme.slice(readme.indexOf('## Command-line tool'), readme.indexOf('\n## ', readme.indexOf('## Command-line tool') + 1))
    const documented = [...new Set(section.match(/--[a-z][a-z-]+/g))]
    const help: string[] = []
    vi.spyOn(console, 'log').mockImplementation((text: string) => { help.push(text) })
    expect(await main(['--help'])).toBe(0)
    expect(documented.length).toBeGreaterThan(5)
    for (const flag of documented) expect(help.join('\n')).toMatch(new RegExp(`${flag}\\b(?!-)`))
  })

  it('says any other failure in one line and exits 1', async () => {
    const { code, stderr } = await stayloop('keys', 'create', '--workspace', 'ws_x', '--remote')
    expect(code).toBe(1)
    expect(stderr).toMatch(/^stayloop keys: Remote D1 is reached with `wrangler d1 execute --remote`/)
    expect(stderr).not.toContain('\n')
  })

  it('prints no stack trace from the real command', () => {
    const run = spawnSync(process.execPath, ['bin/stayloop.mjs', 'import', 'customers', csv, '--host'], { encoding: 'utf8' })
    expect(run.status).toBe(2)
    expect(run.stderr.trim()).toBe('--host needs a value; see `stayloop --help`')
  })
})
