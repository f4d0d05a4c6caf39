import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, resolveSettings } from './settings.ts'

describe('resolveSettings', () => {
  it('fills settings an old row lacks with their defaults', () => {
    expect(resolveSettings({ churnInactiveDays: 45 })).toMatchObject({ churnInactiveDays: 45, churnOnSilence: 'auto', riskThresholds: DEFAULT_SETTINGS.riskThresholds })
    expect(resolveSettings(null)).toEqual(DEFAULT_SETTINGS)
  })

  it('drops a dashboard link saved before only http(s) was allowed: alerts would carry it as a link', () => {
    expect(resolveSettings({ dashboardUrl: 'javascript:alert(1)//x.com' }).dashboardUrl).toBeNull()
    expect(resolveSettings({ dashboardUrl: 'https://stayloop.example.com' }).dashboardUrl).toBe('https://stayloop.example.com')
  })
})
