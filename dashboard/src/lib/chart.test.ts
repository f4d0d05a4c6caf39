import { describe, expect, it } from 'vitest'
import { axisLabels, extent, heatColor, heatText, labelWidth, linear, linePath, niceTicks, slotCenter, ticksWithin } from './chart.ts'

describe('chart helpers', () => {
  it('nice ticks are round and cover the range', () => {
    expect(niceTicks(0, 100, 4)).toEqual([0, 50, 100])
    expect(niceTicks(-37, 62, 4)).toEqual([-50, 0, 50, 100])
    const t = niceTicks(3.2, 4.1, 4)
    expect(t[0]).toBeLessThanOrEqual(3.2)
    expect(t[t.length - 1]).toBeGreaterThanOrEqual(4.1)
  })

  it('an axis gets at least three ticks inside its range', () => {
    // A daily NPS from -73 to 100, padded: not just 0 and 100.
    expect(ticksWithin(-90.3, 117.3)).toEqual([-50, 0, 50, 100])
    expect(ticksWithin(0, 100)).toEqual([0, 50, 100])
  })

  it('buckets sit mid-slot, the same for lines and columns', () => {
    expect(slotCenter(0, 4, 40, 440)).toBe(90)
    expect(slotCenter(3, 4, 40, 440)).toBe(390)
  })

  it('labels every k-th bucket counted back from the last, evenly', () => {
    const shown = (n: number, w: number) => axisLabels(Array.from({ length: n }, () => 'Nov 30'), 40, w - 8, w).map((l) => l.i)
    expect(shown(5, 1000)).toEqual([0, 1, 2, 3, 4])
    expect(shown(30, 400)).toEqual([4, 9, 14, 19, 24, 29])
    expect(shown(1, 400)).toEqual([0])
  })

  it('month labels never overlap or leave the chart, a long "so far" label included', () => {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map((m) => `${m} 2026`)
    months[11] += ' (so far)'
    for (const width of [540, 320]) {
      const shown = axisLabels(months, 40, width - 8, width)
      expect(shown[shown.length - 1].i).toBe(11)
      shown.forEach(({ i, x }, k) => {
        const w = labelWidth(months[i])
        expect(x - w / 2).toBeGreaterThanOrEqual(0)
        expect(x + w / 2).toBeLessThanOrEqual(width)
        if (k > 0) {
          const prev = shown[k - 1]
          expect(x - w / 2).toBeGreaterThan(prev.x + labelWidth(months[prev.i]) / 2)
        }
      })
    }
    // Chinese labels are wider per character, and get thinned more.
    expect(labelWidth('2026年12月')).toBeGreaterThan(labelWidth('Dec 2026'))
  })

  it('counts with no activity get a 0 to 1 axis: no negative or repeated ticks', () => {
    const [lo, hi] = extent([[0, 0, 0], [0, 0, 0]])
    expect(lo).toBe(0)
    const ticks = ticksWithin(lo, hi, { whole: true })
    expect(ticks).toEqual([0, 1])
    expect(ticksWithin(...extent([[0, 2, 3]]), { whole: true })).toEqual([0, 1, 2, 3])
    // Values that may be negative keep their padding below.
    expect(extent([[-5, 5]])[0]).toBeLessThan(-5)
  })

  it('a null breaks the line instead of dropping to zero', () => {
    const x = (i: number) => i * 10
    const y = (v: number) => v
    expect(linePath([1, 2, null, 4, 5], x, y)).toBe('M0.0,1.0L10.0,2.0M30.0,4.0L40.0,5.0')
    expect(linePath([null, null], x, y)).toBe('')
    // A sparkline runs across the gaps, so a lone day between empty ones still shows.
    expect(linePath([1, null, 3, null, 5], x, y, { spanGaps: true })).toBe('M0.0,1.0L20.0,3.0L40.0,5.0')
  })

  it('maps a domain onto a range, inverted for SVG y', () => {
    const y = linear([0, 100], [200, 0])
    expect(y(0)).toBe(200)
    expect(y(50)).toBe(100)
  })

  it('pads the extent and survives flat or empty data', () => {
    expect(extent([[null]])).toEqual([0, 1])
    const [lo, hi] = extent([[5, 5]])
    expect(lo).toBeLessThan(5)
    expect(hi).toBeGreaterThan(5)
    expect(extent([[1]], [0, 100])).toEqual([0, 100])
  })

  it('heatmap cells darken with retention and switch text colour', () => {
    expect(heatColor(null)).toBe('transparent')
    const light = Number(/(\d+)%\)$/.exec(heatColor(0.1))![1])
    const dark = Number(/(\d+)%\)$/.exec(heatColor(0.9))![1])
    expect(dark).toBeLessThan(light)
    expect(heatText(0.9)).toBe('#fff')
    expect(heatText(0.2)).not.toBe('#fff')
  })
})
