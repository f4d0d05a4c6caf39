import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { resolveSecretKey } from './key.ts'
import { formatErrors, serverErrors } from './report.ts'
import { run } from '../commands/import.ts'

const dir = mkdtempSync(join(tmpdir(), 'stayloop-import-'))
const received: { url: string; auth: string; type: string; body: string }[] = []
let host = ''
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  let body = ''
  req.on('data', (c) => (body += c))
  req.on('end', () => {
    received.push({ url: req.url ?? '', auth: req.headers.authorization ?? '', type: req.headers['content-type'] ?? '', body })
    res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ imported: 2 }))
  })
})

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  host = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('stayloop import', () => {
  it('finds the key in flag, env, then demo-keys.json', () => {
    writeFileSync(join(dir, 'demo-keys.json'), JSON.stringify({ siteKey: 'pk_x', secretKey: 'sk_file' }))
    expect(resolveSecretKey('sk_flag', { STAYLOOP_SECRET_KEY: 'sk_env' }, dir)).toBe('sk_flag')
    expect(resolveSecretKey(undefined, { STAYLOOP_SECRET_KEY: 'sk_env' }, dir)).toBe('sk_env')
    expect(resolveSecretKey(undefined, {}, dir)).toBe('sk_file')
    expect(resolveSecretKey(undefined, {}, join(dir, 'nowhere'))).toBeNull()
  })

  it('posts a valid file as text/csv with the bearer key', async () => {
    const file = join(dir, 'signals.csv')
    writeFileSync(file, 'customer,type,at,value\nc1,login,2025-01-01,\nc1,purchase,2025-01-02,9.5\n')
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    const code = await run(['signals', file, '--host', host, '--key', 'sk_test'])
    expect(code).toBe(0)
    expect(received.at(-1)).toMatchObject({ url: '/v1/import/signals', auth: 'Bearer sk_test', type: 'text/csv' })
    expect(received.at(-1)!.body).toContain('c1,purchase')
    expect(log).toHaveBeenCalledWith(`imported 2 signals from ${file}`)
    log.mockRestore()
  })

  it('prints per-row errors and sends nothing when a row is bad', async () => {
    const file = join(dir, 'bad.csv')
    writeFileSync(file, 'id,revenue\nc1,abc\n')
    const before = received.length
    const errors: string[] = []
    const spy = vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line))
    expect(await run(['customers', file, '--host', host, '--key', 'sk_test'])).toBe(1)
    spy.mockRestore()
    expect(received.length).toBe(before)
    expect(errors[0]).toBe(`${file}:2 [revenue]: revenue "abc" is not a number`)
  })

  it('refuses a purchase value too big to count (1e400) before sending, naming row and column', async () => {
    const file = join(dir, 'huge.csv')
    writeFileSync(file, 'customer,type,at,value\nk01,purchase,2025-12-02T10:00:00Z,1e400\n')
    const before = received.length
    const errors: string[] = []
    const spy = vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line))
    expect(await run(['signals', file, '--host', host, '--key', 'sk_test'])).toBe(1)
    spy.mockRestore()
    expect(received.length).toBe(before)
    expect(errors[0]).toBe(`${file}:2 [value]: value must be at most 1000000000000`)
  })

  it('reads server-side row errors in the common shapes', () => {
    const rows = serverErrors({ error: { code: 'invalid_csv', message: 'bad', details: [{ line: 3, column: 'at', message: 'nope' }] } })
    expect(formatErrors('f.csv', rows)).toEqual(['f.csv:3 [at]: nope'])
    expect(serverErrors({ errors: [{ line: 2, message: 'x' }] })).toEqual([{ line: 2, column: null, message: 'x' }])
    expect(serverErrors('nonsense')).toEqual([])
  })

  it('rejects a wrong kind', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(await run(['orders', 'x.csv'])).toBe(2)
    spy.mockRestore()
  })
})
