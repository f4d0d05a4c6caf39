import { describe, expect, it, vi } from 'vitest'
import { fileURLToPath } from 'node:url'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runChurnEval, splitRows, evaluateChurnTable } from './churn.ts'
import { learnColumns, encodeLinear } from './churn-columns.ts'
import { parseTable, readTable } from './churn-table.ts'
import { parseChurnArgs } from './churn-args.ts'

const fixture = fileURLToPath(new URL('../../test/fixtures/churn/synthetic.tsv', import.meta.url))

async function lastJson(args: string[]) {
  const lines: string[] = []
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line))
  const code = await runChurnEval(args)
  log.mockRestore()
  return { code, result: JSON.parse(lines.at(-1)!) }
}

describe('stayloop eval churn', () => {
  it('learns the planted pattern and prints the JSON figures last', async () => {
    const { code, result } = await lastJson([fixture, '--label', 'cancelled', '--positive', 'yes', '--id', 'account', '--ignore', 'exit_note'])
    expect(code).toBe(0)
    expect(Object.keys(result)).toEqual(['task', 'rows', 'auc', 'precision_top_decile', 'lift_top_decile', 'brier'])
    expect(result.task).toBe('churn')
    expect(result.rows).toBeGreaterThan(90)
    expect(result.rows).toBeLessThan(150)
    // Real signal, but not the perfect score a leaked label would give.
    expect(result.auc).toBeGreaterThan(0.68)
    expect(result.auc).toBeLessThan(0.95)
    expect(result.lift_top_decile).toBeGreaterThan(1.5)
    expect(result.brier).toBeLessThan(0.25)
  })

  it('an ignored column is never a feature (the leak shows when it is not ignored)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { result } = await lastJson([fixture, '--label', 'cancelled', '--positive', 'yes', '--id', 'account'])
    warn.mockRestore()
    expect(result.auc).toBeGreaterThan(0.98)
  })

  it('warns, naming the column and --ignore, when one column alone separates churners (a likely label leak)', async () => {
    const warnings: string[] = []
    const warn = vi.spyOn(console, 'warn').mockImplementation((line: string) => void warnings.push(line))
    const { code } = await lastJson([fixture, '--label', 'cancelled', '--positive', 'yes', '--id', 'account'])
    expect(code).toBe(0)
    expect(warnings).toEqual([expect.stringMatching(/^warning: exit_note \(AUC 1\.000\) on its own separates churners .*likely a label leak.*--ignore exit_note$/)])
    warnings.length = 0
    await lastJson([fixture, '--label', 'cancelled', '--positive', 'yes', '--id', 'account', '--ignore', 'exit_note'])
    warn.mockRestore()
    expect(warnings).toEqual([])
  })

  it('refuses a --positive value no row holds, listing what the label column holds', async () => {
    const errors: string[] = []
    const err = vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line))
    expect(await runChurnEval([fixture, '--label', 'cancelled', '--positive', 'Yes', '--id', 'account'])).toBe(2)
    expect(await runChurnEval([fixture, '--label', 'cancelled', '--positive', 'churned'])).toBe(2)
    const everyRow = join(mkdtempSync(join(tmpdir(), 'stayloop-churn-')), 'all.tsv')
    writeFileSync(everyRow, 'x\tout\n1\ty\n2\ty\n')
    expect(await runChurnEval([everyRow, '--label', 'out', '--positive', 'y'])).toBe(2)
    err.mockRestore()
    expect(errors).toEqual([
      `${fixture}: --positive Yes matches no row: \`cancelled\` holds no (424), yes (176); values match exactly, case included (--positive yes?)`,
      `${fixture}: --positive churned matches no row: \`cancelled\` holds no (424), yes (176); values match exactly, case included`,
      `${everyRow}: every row's \`out\` is y: churn needs rows of another outcome to score against`,
    ])
  })

  it('is deterministic', async () => {
    const args = [fixture, '--label', 'cancelled', '--positive', 'yes', '--ignore', 'exit_note']
    expect((await lastJson(args)).result).toEqual((await lastJson(args)).result)
  })

  it('uses the split column when present, else a stable 80/20 hash of the id', () => {
    const withSplit = parseTable('x\ty\tsplit\n1\ta\tdev\n2\tb\ttest\n3\tc\tdev\n', 'tsv')
    expect(splitRows(withSplit)).toEqual({ train: [0, 2], test: [1] })
    const table = readTable(fixture)
    const { train, test } = splitRows(table, 'account')
    expect(train.length / table.rows.length).toBeGreaterThan(0.72)
    expect(train.length / table.rows.length).toBeLessThan(0.88)
    expect(train.length + test.length).toBe(table.rows.length)
    // Rows of one id stay together even when ids repeat.
    const repeated = parseTable('id\tv\n' + Array.from({ length: 40 }, (_, i) => `c${i % 10}\t${i}`).join('\n'), 'tsv')
    const sides = splitRows(repeated, 'id')
    for (const i of sides.train) expect(sides.test.some((j) => repeated.rows[j][0] === repeated.rows[i][0])).toBe(false)
  })

  it('detects numeric columns with blanks and categorical columns; skips id-like text', () => {
    const table = parseTable('id,n,cat,label\nu1,1.5,a,x\nu2,,b,y\nu3,3,a,x\nu4,4,a,y\n', 'csv')
    const specs = learnColumns(table.header, table.rows, [0, 1, 2])
    expect(specs.map((s) => [s.name, s.kind])).toEqual([['n', 'numeric'], ['cat', 'categorical']])
    const numeric = specs[0]
    expect(numeric.kind === 'numeric' && numeric.hasMissing).toBe(true)
    expect(encodeLinear(specs, ['u9', '', 'zzz', 'x']).every(Number.isFinite)).toBe(true)
  })

  it('rejects bad arguments and unknown columns', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(await runChurnEval([fixture, '--label', 'cancelled'])).toBe(2)
    expect(await runChurnEval([fixture, '--label', 'nope', '--positive', 'yes'])).toBe(2)
    expect(await runChurnEval([fixture, '--label', 'cancelled', '--positive', 'yes', '--ignore', 'missing_col'])).toBe(2)
    error.mockRestore()
    expect(parseChurnArgs(['f.tsv', '--label=Churn', '--positive', 'Yes', '--ignore', 'a, b'])).toMatchObject({ file: 'f.tsv', label: 'Churn', positive: 'Yes', ignore: ['a', 'b'] })
    expect(() => evaluateChurnTable(parseTable('a\n1\n', 'tsv'), { label: 'b', positive: '1' })).toThrow(/no column/)
  })
})

describe('evaluateChurnTable edge cases', () => {
  it('drops rows without an outcome and survives a table with one class in training', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `r${i}\t${i % 7}\t${i < 50 ? 'dev' : 'test'}\t${i >= 50 && i % 2 ? 'y' : i === 3 ? '' : 'n'}`)
    const table = parseTable(['id\tx\tsplit\tout', ...rows].join('\n'), 'tsv')
    const result = evaluateChurnTable(table, { label: 'out', positive: 'y', id: 'id' })
    expect(result.rows).toBe(10)
    expect(result.auc).toBe(0.5)
    expect(Number.isFinite(result.brier)).toBe(true)
  })
})
