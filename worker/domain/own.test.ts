import { describe, expect, it } from 'vitest'
import { keyedByInput, own } from './own.ts'

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype)

describe('own', () => {
  it("reads a table's own entries and nothing Object.prototype answers to", () => {
    const table: Record<string, number> = { one: 1 }
    expect(own(table, 'one')).toBe(1)
    for (const name of PROTOTYPE_NAMES) expect(own(table, name), name).toBeUndefined()
  })

  it('keeps "__proto__" as a plain key in a table keyed by input', () => {
    const t = keyedByInput<string>()
    t['__proto__'] = 'x'
    t['constructor'] = 'y'
    expect(Object.keys(t)).toEqual(['__proto__', 'constructor'])
    expect(JSON.stringify(t)).toBe('{"__proto__":"x","constructor":"y"}')
  })
})
