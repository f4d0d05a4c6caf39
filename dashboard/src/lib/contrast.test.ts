// WCAG AA: normal text needs 4.5:1 against what it sits on.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const css = readFileSync(resolve(process.cwd(), 'dashboard/src/app.css'), 'utf8')
const hex6 = (h: string) => (h.length === 4 ? '#' + [...h.slice(1)].map((c) => c + c).join('') : h)
const cssVar = (name: string) => hex6(css.match(new RegExp(`--${name}:\\s*(#[0-9a-f]{6}|#[0-9a-f]{3})\\b`, 'i'))?.[1] ?? '')

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

describe('dashboard colours', () => {
  it('secondary grey text passes AA on cards, the page background and count pills', () => {
    const grey = cssVar('ink-3')
    for (const bg of ['card', 'bg', 'line-2']) expect(contrast(grey, cssVar(bg)), `--ink-3 on --${bg}`).toBeGreaterThanOrEqual(4.5)
    expect(css).not.toMatch(/#7a8591/i)
  })
})
