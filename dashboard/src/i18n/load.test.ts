import { describe, expect, it } from 'vitest'
import en from './en.ts'
import zhHant from './zh-Hant.ts'
import { loadLang, setLang, t } from './index.ts'

describe('loading a language', () => {
  it('reads a Chinese table only once loaded: before, its texts fall back to English', async () => {
    setLang('zh-Hant')
    expect(t('navThemes')).toBe(en.navThemes)
    await loadLang('zh-Hant')
    expect(t('navThemes')).toBe(zhHant.navThemes)
    setLang('en')
  })
})
