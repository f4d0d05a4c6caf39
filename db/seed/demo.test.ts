import { describe, expect, it } from 'vitest'
import { demoStatements } from './demo.ts'

const surveyIds = { nps: 'srv_nps', csat: 'srv_csat', ces: 'srv_ces', exit: 'srv_exit' }

describe('demo data', () => {
  it('dates no answer or display after the moment it is seeded, whatever the hour', () => {
    // Early morning and late evening UTC: today's answers must still lie in the past.
    for (const now of [Date.UTC(2026, 10, 23, 0, 30), Date.UTC(2026, 10, 23, 12, 45), Date.UTC(2026, 10, 23, 23, 50)]) {
      const rows = demoStatements({ workspaceId: 'ws_demo', surveyIds, now })
      const times = rows.filter((r) => /INSERT INTO (responses|displays)/.test(r.sql)).map((r) => {
        const cols = r.sql.slice(r.sql.indexOf('(') + 1, r.sql.indexOf(')')).split(',').map((c) => c.trim())
        return r.args[cols.indexOf('created_at')] as number
      })
      expect(times.length).toBeGreaterThan(500)
      expect(Math.max(...times)).toBeLessThanOrEqual(now)
    }
  })

  it('gives each demo workspace its own customer keys, so a second one (seed --force) can sit beside the first', () => {
    const customerPks = (workspaceId: string) => new Set(demoStatements({ workspaceId, surveyIds, now: Date.UTC(2026, 10, 23) })
      .filter((r) => r.sql.includes('INSERT INTO customers')).map((r) => r.args[0]))
    const first = customerPks('ws_demo_a1'), second = customerPks('ws_demo_b2')
    expect(first.size).toBe(200)
    expect(second.size).toBe(200)
    expect([...first].filter((pk) => second.has(pk))).toEqual([])
  })
})
