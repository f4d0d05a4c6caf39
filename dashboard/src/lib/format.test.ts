import { describe, expect, it } from 'vitest'
import { reasonText } from './format.ts'

describe('reasonText', () => {
  const reason = { text: 'logins down 72% vs. the 60 days before', i18n: { 'zh-Hans': '登录次数比前 60 天下降 72%', 'zh-Hant': '登入次數比前 60 天下降 72%' } }
  it("speaks the reader's language, else the engine's English", () => {
    expect(reasonText(reason, 'zh-Hant')).toBe('登入次數比前 60 天下降 72%')
    expect(reasonText(reason, 'zh-Hans')).toBe('登录次数比前 60 天下降 72%')
    expect(reasonText(reason, 'en')).toBe(reason.text)
    // Scores computed before reasons carried Chinese.
    expect(reasonText({ text: 'renewal in 12 days' }, 'zh-Hans')).toBe('renewal in 12 days')
  })
})
