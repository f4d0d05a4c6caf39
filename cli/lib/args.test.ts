import { describe, expect, it } from 'vitest'
import { parseArgs, toArgv, UsageError } from './args.ts'

const spec = { command: 'stayloop import', values: ['host', 'key'], switches: ['force'] }
const fails = (args: string[]) => {
  try { parseArgs(args, spec) } catch (error) { expect(error).toBeInstanceOf(UsageError); return (error as Error).message }
  throw new Error(`accepted ${args.join(' ')}`)
}

describe('parseArgs', () => {
  it('reads the flags a command declares, in either form, and leaves the rest as positionals', () => {
    expect(parseArgs(['customers', '--host', 'http://h:1', '--force', 'f.csv', '--key=sk_1', '-'], spec)).toEqual({
      positionals: ['customers', 'f.csv', '-'], flags: { host: 'http://h:1', force: true, key: 'sk_1' },
    })
    // A value may look like a negative number or a short option; a switch never takes the next word.
    expect(parseArgs(['--key', '-1', '--force', 'x'], spec)).toEqual({ positionals: ['x'], flags: { key: '-1', force: true } })
  })

  it('names an unknown option, a mistyped one included, and the command it was given to', () => {
    expect(fails(['customers', 'f.csv', '--hots', 'http://h'])).toBe('unknown option --hots for `stayloop import`; see `stayloop --help`')
    expect(fails(['--hots=http://h'])).toBe('unknown option --hots for `stayloop import`; see `stayloop --help`')
    expect(fails(['-force'])).toMatch(/^unknown option -force for/)
  })

  it('names a flag that needs a value and has none', () => {
    expect(fails(['customers', 'f.csv', '--host'])).toBe('--host needs a value; see `stayloop --help`')
    expect(fails(['--host', '--key', 'sk_1'])).toMatch(/^--host needs a value/)
    expect(fails(['--host='])).toMatch(/^--host needs a value/)
    expect(fails(['--force=yes'])).toMatch(/^--force takes no value/)
  })

  it('gives parsed flags back as plain arguments', () => {
    expect(toArgv(parseArgs(['--host=h', 'a', '--force'], spec))).toEqual(['a', '--host', 'h', '--force'])
  })
})
