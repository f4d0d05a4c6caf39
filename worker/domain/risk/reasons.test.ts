import { describe, expect, it } from 'vitest'
import { reasonsFor } from './reasons.ts'
import { riskFeatures } from './features.ts'
import { DAY_MS } from './facts.ts'
import { NOW } from './test-helpers.ts'

const joined = (days: number) => riskFeatures({ customer: { id: 'c', revenue: 0, firstSeenAt: NOW - days * DAY_MS, lastSeenAt: NOW }, days: [], responses: [] }, NOW)

describe('new_customer reason', () => {
  it('says a customer who joined today is new, not "customer for only 0 days"', () => {
    const [r] = reasonsFor(joined(0), { tenureDays: 1 })
    expect(r.text).toBe('new customer (joined today)')
    expect(r.i18n).toEqual({ 'zh-Hans': '新客户（今天加入）', 'zh-Hant': '新客戶（今天加入）' })
  })
  it('counts days, with a proper plural, once they have been here a while', () => {
    expect(reasonsFor(joined(1), { tenureDays: 1 })[0].text).toBe('new customer (joined 1 day ago)')
    expect(reasonsFor(joined(5), { tenureDays: 1 })[0].i18n['zh-Hans']).toBe('新客户（5 天前加入）')
  })
})
