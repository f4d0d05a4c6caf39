import { beforeAll, describe, expect, it } from 'vitest'
import en from './en.ts'
import zhHans from './zh-Hans.ts'
import zhHant from './zh-Hant.ts'
import { detectLang, loadLang, setLang, t } from './index.ts'

// The Chinese tables load on demand in the app (load.test.ts); these tests read them.
beforeAll(() => Promise.all([loadLang('zh-Hans'), loadLang('zh-Hant')]))

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('built-in texts', () => {
  for (const [name, table] of [['zh-Hans', zhHans], ['zh-Hant', zhHant]] as const) {
    it(`${name} has every English key, none empty, with the same placeholders`, () => {
      expect(Object.keys(table).sort()).toEqual(Object.keys(en).sort())
      for (const [k, v] of Object.entries(table)) {
        expect(v.trim(), k).not.toBe('')
        expect(placeholders(v), k).toEqual(placeholders(en[k as keyof typeof en]))
      }
    })
  }

  it('Traditional uses Traditional characters where Simplified differs', () => {
    expect(zhHant.navSettings).toBe('設定')
    expect(zhHant.signOut).toBe('登出')
    for (const v of Object.values(zhHant)) expect(v).not.toMatch(/[们这个说设设择户关们]/)
  })

  it('fills placeholders and switches language', () => {
    setLang('en')
    expect(t('nResponses', { n: 12 })).toBe('12 responses')
    setLang('zh-Hans')
    expect(t('nResponses', { n: 12 })).toBe('12 条回答')
    setLang('en')
  })

  it('pluralises counts in English ("1 response"); Chinese has one form', () => {
    setLang('en')
    expect(t('nResponses', { n: 1 })).toBe('1 response')
    expect(t('nResponses', { n: '1,234' })).toBe('1,234 responses')
    expect(t('npsCounts', { p: 1, n: 0, d: 2 })).toBe('1 promoter · 0 passives · 2 detractors')
    expect(t('fewNpsAnswers', { n: 1 })).toBe('Only 1 NPS answer mentions it: too few to be sure')
    setLang('zh-Hant')
    expect(t('nResponses', { n: 1 })).toBe('1 條回答')
    setLang('en')
  })

  it('reads browser languages, regions meaning Traditional', () => {
    expect(detectLang(['zh-TW'])).toBe('zh-Hant')
    expect(detectLang(['zh-HK', 'en'])).toBe('zh-Hant')
    expect(detectLang(['zh-CN'])).toBe('zh-Hans')
    expect(detectLang(['fr-FR', 'zh'])).toBe('zh-Hans')
    expect(detectLang(['fr-FR'])).toBe('en')
  })
})
