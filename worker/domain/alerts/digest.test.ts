import { describe, expect, it } from 'vitest'
import { buildDigest } from './digest.ts'
import { digestSummary, itemValue, topicsText } from './digest-text.ts'
import { decideResponseAlerts } from './rules.ts'
import type { Alert, CustomerSnapshot, StoredAlert } from './types.ts'
import { customerEn, npsResponse, T0 } from '../../../test/fixtures/alerts/samples.ts'

const at = (a: Alert, id: string, createdAt = T0): StoredAlert => ({ ...a, id, createdAt })
const detractorOf = (customer: CustomerSnapshot, id: string, createdAt = T0) => at(decideResponseAlerts({ response: npsResponse(2, { id: `r_${id}` }), customer })[0], id, createdAt)

describe('digest items: how valuable each customer is (QA)', () => {
  const small = detractorOf({ ...customerEn, id: 'small', revenue: 50, plan: 'Starter', valueTier: null }, 'a_small', T0)
  const unknown = detractorOf({ id: 'unknown' }, 'a_unknown', T0 + 1)
  const big = detractorOf({ ...customerEn, id: 'big', revenue: 900, plan: 'Business', valueTier: null }, 'a_big', T0 + 2)
  const top = detractorOf({ ...customerEn, id: 'top', revenue: 300, plan: 'Enterprise', valueTier: 'vip', topValue: true }, 'a_top', T0 + 3)

  it('carries plan, revenue and tier, and lists the most valuable first within a severity', () => {
    const d = buildDigest([small, unknown, big, top])
    expect(d.items.map((i) => i.customerId)).toEqual(['top', 'big', 'small', 'unknown'])
    expect(d.items[0]).toMatchObject({ plan: 'Enterprise', revenue: 300, valueTier: 'vip', topValue: true })
    expect(d.items.map((i) => itemValue(i, 'en'))).toEqual(['Enterprise, 300/mo, top value', 'Business, 900/mo', 'Starter, 50/mo', null])
    expect(itemValue(d.items[1], 'zh-Hans')).toBe('Business，900/月')
  })
  it('keeps severity first: a valuable customer does not jump a more severe alert', () => {
    const severe = detractorOf({ id: 'nobody' }, 'a_severe')
    const mild = at(decideResponseAlerts({ response: npsResponse(6, { id: 'r_mild', comment: null, sentiment: null }), customer: { ...customerEn, id: 'rich', revenue: 10_000 } })[0], 'a_mild')
    expect(buildDigest([mild, severe]).items.map((i) => i.customerId)).toEqual(['nobody', 'rich'])
  })
})

describe('digest words', () => {
  it('names topics in the team language, a topic the workspace named by its name', () => {
    const a = at(decideResponseAlerts({ response: npsResponse(2, { topics: [{ id: 'pricing' }, { id: 'speed_x', label: 'Page speed' }] }), customer: customerEn })[0], 'a1')
    const d = buildDigest([a])
    expect(topicsText(d, 'en')).toBe('Pricing (1), Page speed (1)')
    expect(topicsText(d, 'zh-Hant')).toBe('價格（1）、Page speed（1）')
  })
  it('summarises in English as before, and in Chinese', () => {
    const d = { total: 3, byKind: { detractor: 2, exit: 1 }, bySeverity: { critical: 1, high: 2 } }
    expect(digestSummary(d, 'en')).toBe('3 alerts: 2 detractor, 1 exit (1 critical, 2 high)')
    expect(digestSummary(d, 'zh-Hans')).toBe('共 3 条提醒：贬损者 2、退订调查 1（紧急 1、高 2）')
    expect(digestSummary({ total: 0, byKind: {}, bySeverity: {} }, 'zh-Hant')).toBe('沒有提醒。')
  })
})
