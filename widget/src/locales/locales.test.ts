import { describe, expect, it } from 'vitest'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname } from 'node:path'
import en from './en.ts'
import { LOCALES, pickLocale } from './index.ts'
import { languageFor } from '../../../worker/domain/alerts/i18n.ts'
import { DEFAULT_SURVEYS } from '../../../db/seed/surveys.ts'
import { WIDGET_STRINGS } from '../../../worker/domain/surveys/widget-strings.ts'

describe('locale choice', () => {
  it('takes the first preference that is built in', () => {
    expect(pickLocale(['fr-FR', 'zh-Hant', 'en']).locale).toBe('zh-Hant')
    expect(pickLocale([undefined, 'en-GB']).locale).toBe('en')
  })
  it('maps Chinese regions to scripts', () => {
    expect(pickLocale(['zh-CN']).locale).toBe('zh-Hans')
    expect(pickLocale(['zh']).locale).toBe('zh-Hans')
    expect(pickLocale(['zh-TW']).locale).toBe('zh-Hant')
    expect(pickLocale(['zh-HK']).locale).toBe('zh-Hant')
    expect(pickLocale(['zh-Hant-TW']).locale).toBe('zh-Hant')
  })
  it('a script subtag wins over the region; zh-SG and zh-MO as the server reads them', () => {
    expect(pickLocale(['zh-Hant-HK']).locale).toBe('zh-Hant')
    expect(pickLocale(['zh-Hans-HK']).locale).toBe('zh-Hans')
    expect(pickLocale(['zh-Hans-TW']).locale).toBe('zh-Hans')
    expect(pickLocale(['zh-SG']).locale).toBe('zh-Hans')
    expect(pickLocale(['zh-MO']).locale).toBe('zh-Hant')
  })
  it('picks the same script as the server for every Chinese tag', () => {
    const tags = ['zh', 'zh-CN', 'zh-SG', 'zh-TW', 'zh-HK', 'zh-MO', 'zh-Hans', 'zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK', 'zh-Hans-HK', 'zh-Hans-CN', 'zh-hant-mo', 'zh-Hant-CN', 'zh-yue-HK']
    for (const tag of tags) expect(pickLocale([tag]).locale, tag).toBe(languageFor(tag))
  })
  it('falls back to English', () => {
    expect(pickLocale(['de', 'ja']).locale).toBe('en')
    expect(pickLocale([]).locale).toBe('en')
  })
  it('an init() override beats the survey locale, which beats the browser', () => {
    expect(pickLocale(['zh-Hant', 'en', 'zh-CN']).locale).toBe('zh-Hant')
    expect(pickLocale([undefined, 'zh-Hans', 'en-US']).locale).toBe('zh-Hans')
  })
})

describe('locale files', () => {
  it('every file in the folder is registered', () => {
    const dir = dirname(fileURLToPath(import.meta.url))
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('.test.') && f != 'index.ts')
    expect(files.map((f) => f.replace('.ts', '')).sort()).toEqual(LOCALES.map((l) => l.locale).sort())
  })
  it('every locale has every string, non-empty, including all exit reasons', () => {
    for (const l of LOCALES) {
      expect(Object.keys(l).sort()).toEqual(Object.keys(en).sort())
      expect(Object.keys(l.reasons).sort()).toEqual(Object.keys(en.reasons).sort())
      for (const v of Object.values(l)) expect(v).toBeTruthy()
    }
  })
  it('the words the server sends for other languages have every string, with the same placeholders', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort()
    for (const [lang, l] of Object.entries(WIDGET_STRINGS)) {
      expect(l.locale, lang).toBe(lang)
      expect(Object.keys(l).sort(), lang).toEqual(Object.keys(en).sort())
      expect(Object.keys(l.reasons).sort(), lang).toEqual(Object.keys(en.reasons).sort())
      for (const [key, v] of Object.entries(l)) if (typeof v === 'string') expect(placeholders(v), `${lang}.${key}`).toEqual(placeholders((en as Record<string, unknown>)[key] as string))
      // None that the widget ships itself.
      expect(LOCALES.some((b) => b.locale.split('-')[0] === lang), lang).toBe(false)
    }
  })
  it('the submit button says Send in English', () => expect(en.send).toBe('Send'))
  it('CES labels agree with the seed survey (and the API, dashboard and alerts): 1 = very easy', () => {
    const ces = DEFAULT_SURVEYS.find((s) => s.kind === 'ces')!.content.locales
    for (const l of LOCALES) expect([l.cesLow, l.cesHigh], l.locale).toEqual([ces[l.locale].lowLabel, ces[l.locale].highLabel])
    expect(en.cesLow).toBe('Very easy')
  })
})
