import { describe, expect, it } from 'vitest'
import { alignedHan, emergingThemes, type ThemeComment } from './themes.ts'
import { DEFAULT_TAXONOMY } from './taxonomy.ts'

const NONE: never[] = []
let seq = 0
const comment = (text: string): ThemeComment => ({ id: `c${seq++}`, text, topics: [] })
const many = (n: number, texts: string[]) => Array.from({ length: n }, (_, i) => comment(texts[i % texts.length]))

// Background a product team hears every period: filler, sentiment and steady subjects.
const BACKGROUND = [
  'I really like the new app, good product', 'great time using it every day', 'uses too much battery',
  'love it, still the best way to work', 'the order history is nice', 'thanks, works fine for me',
  'it is ok I guess', 'would like more things', 'product is really good overall', 'the order history takes ages',
]
const ZH_BACKGROUND = ['东西不错，感觉还行', '很好吃，味道不错', '送餐很快，好评', '还可以吧', '感觉一般般', '东西很好，下次再来']

describe('emerging themes', () => {
  it('ranks a phrase rising from nothing above a common phrase that is steady', () => {
    const previous = many(200, BACKGROUND)
    const recent = [...many(188, BACKGROUND), ...many(12, ['please add dark mode', 'dark mode at night would help my eyes', 'any news on dark mode?'])]
    const themes = emergingThemes({ recent, previous, taxonomy: NONE })
    expect(themes[0]).toMatchObject({ phrase: 'dark mode', count: 12, previous: 0 })
    expect(themes[0].trend).toBeCloseTo(6, 5) // 12 of 200 now, none before: +6 points
    // "order history" is in a fifth of both periods: common, not emerging.
    expect(themes.findIndex((t) => t.phrase.includes('order history'))).not.toBe(0)
  })

  it('never offers filler or sentiment words as themes', () => {
    const recent = many(300, [...BACKGROUND, 'new update is good', 'really love the product', 'make it great again'])
    const themes = emergingThemes({ recent, previous: many(50, ['hello']), taxonomy: NONE })
    const filler = ['uses', 'new', 'app', 'good', 'time', 'product', 'really', 'like', 'love', 'great', 'still', 'way', 'thanks', 'fine', 'best']
    for (const t of themes) expect(filler).not.toContain(t.phrase)
    for (const t of themes) expect(t.phrase.split(' ').every((w) => filler.includes(w))).toBe(false)
    expect(themes.map((t) => t.phrase)).toContain('order history')
    const zh = emergingThemes({ recent: many(300, [...ZH_BACKGROUND, '比之前用的工具好多了', '性价比很高，下次再来']), previous: NONE, taxonomy: NONE })
    for (const t of zh) expect(['好', '不错', '还行', '东西', '感觉', '好吃', '一般', '很好', '味道不错']).not.toContain(t.phrase)
    // "好多了" (much better) is a degree, not part of a subject: "工具", not "工具好多".
    expect(zh.some((t) => t.phrase.includes('好多') || t.phrase.includes('之前'))).toBe(false)
    // Nor a piece of one: "性价" and "价比" cut 性价比 (value for money).
    expect(zh.some((t) => t.phrase.includes('性价') || t.phrase.includes('价比'))).toBe(false)
  })

  it('groups spellings of one phrase', () => {
    const recent = [...many(40, BACKGROUND), ...many(8, ['Dark Mode please', 'the dark-mode toggle is gone', 'dark modes everywhere but here', 'DARK MODE!!!'])]
    const themes = emergingThemes({ recent, previous: many(40, BACKGROUND), taxonomy: NONE })
    const dark = themes.filter((t) => t.phrase.includes('dark') || t.phrase.includes('mode'))
    expect(dark).toHaveLength(1)
    expect(dark[0]).toMatchObject({ phrase: 'dark mode', count: 8 })
    expect(dark[0].variants).toContain('dark modes')
  })

  it('makes one theme of two wordings that share the word they are about', () => {
    const recent = [...many(60, BACKGROUND), ...many(8, ['please add dark mode', 'dark mode at night please']), ...many(6, ['a dark theme would be nice'])]
    const themes = emergingThemes({ recent, previous: many(60, BACKGROUND), taxonomy: NONE })
    const dark = themes.filter((t) => t.phrase.includes('dark'))
    expect(dark).toHaveLength(1)
    expect(dark[0]).toMatchObject({ phrase: 'dark mode', count: 14 })
    expect(dark[0].variants).toContain('dark theme')
    // A word used all over the comments does not tie its phrases together.
    const calendar = [
      ...many(12, ['calendar sync is slow', 'slow calendar sync today', 'calendar sync never finishes']),
      ...many(12, ['the calendar view is cramped', 'calendar view needs weeks', 'make the calendar view bigger']),
    ]
    // The calendar itself is talked about as much as before; two things about it are new.
    const everyday = () => many(24, ['I open the calendar daily', 'the calendar colours', 'my calendar looks tidy', 'calendar on my phone'])
    const split = emergingThemes({ recent: [...many(60, BACKGROUND), ...everyday(), ...calendar], previous: [...many(60, BACKGROUND), ...everyday()], taxonomy: NONE })
    const named = (p: string) => split.find((t) => t.phrase === p || t.variants.includes(p))
    expect(named('calendar sync')).toBeDefined()
    expect(named('calendar view')).toBeDefined()
    expect(named('calendar sync')).not.toBe(named('calendar view'))
  })

  it('counts a theme over the comments of every phrase grouped in it, in both periods', () => {
    const recent = [...many(60, BACKGROUND), ...many(10, ['calendar sync keeps failing', 'the calendar sync is broken']),
      ...many(4, ['calendar sync duplicates my events']), comment('the sync duplicates everything again')]
    const previous = [...many(60, BACKGROUND), comment('sync duplicates my week')]
    const theme = emergingThemes({ recent, previous, taxonomy: NONE }).find((t) => t.phrase === 'calendar sync')!
    expect(theme.variants).toContain('sync duplicates')
    expect(theme).toMatchObject({ count: 15, previous: 1 })
  })

  it('leaves out what the taxonomy already covers', () => {
    const recent = [...many(40, BACKGROUND), ...many(6, ['please add dark mode']), ...many(6, ['apple watch app please'])]
    const themes = emergingThemes({ recent, previous: many(40, BACKGROUND), taxonomy: DEFAULT_TAXONOMY })
    expect(themes.some((t) => t.phrase.includes('dark') || t.variants.some((v) => v.includes('dark')))).toBe(false)
    expect(themes[0].phrase).toBe('apple watch')
  })

  it('finds a planted Chinese theme as one phrase, not as its overlapping pieces', () => {
    const planted = ['能不能加个夜间模式', '夜间模式什么时候上线', '求夜间模式，晚上太亮', '没有夜间模式眼睛疼']
    const recent = [...many(100, ZH_BACKGROUND), ...many(12, planted)]
    const themes = emergingThemes({ recent, previous: many(100, ZH_BACKGROUND), taxonomy: DEFAULT_TAXONOMY })
    expect(themes[0]).toMatchObject({ phrase: '夜间模式', count: 12, previous: 0 })
    for (const piece of ['夜间', '间模', '模式', '夜间模', '间模式']) expect(themes.map((t) => t.phrase)).not.toContain(piece)
  })

  it('keeps two subjects that end on the same word apart in English too ("calendar sync", "salesforce sync")', () => {
    const calendar = many(28, ['calendar sync keeps failing', 'please fix calendar sync', 'calendar sync duplicates my events', 'is calendar sync down again'])
    const salesforce = many(15, ['salesforce sync is slow', 'the salesforce sync dropped contacts', 'salesforce sync needs field mapping'])
    const themes = emergingThemes({ recent: [...many(100, BACKGROUND), ...calendar, ...salesforce], previous: many(100, BACKGROUND), taxonomy: NONE })
    const named = (p: string) => themes.find((t) => t.phrase === p || t.variants.includes(p))
    expect(named('calendar sync')).toMatchObject({ phrase: 'calendar sync', count: 28 })
    expect(named('salesforce sync')).toMatchObject({ phrase: 'salesforce sync', count: 15 })
  })

  it('keeps two requests that end on the same word apart, never one theme of the word ("模式")', () => {
    const offline = ['希望增加离线模式', '离线模式什么时候上线', '求离线模式，地铁没信号', '没有离线模式很不方便']
    const dark = ['能不能加个深色模式', '深色模式什么时候有', '求深色模式，晚上太亮']
    const recent = [...many(100, ZH_BACKGROUND), ...many(16, offline), ...many(8, dark)]
    const phrases = emergingThemes({ recent, previous: many(100, ZH_BACKGROUND), taxonomy: NONE }).map((t) => t.phrase)
    expect(phrases).toContain('离线模式')
    expect(phrases).toContain('深色模式')
    for (const piece of ['模式', '色模式', '线模式']) expect(phrases).not.toContain(piece)
  })

  it('joins overlapping Chinese n-grams into the longer phrase they come from', () => {
    const recent = [...many(60, ZH_BACKGROUND), ...many(9, ['会员积分兑换失败', '哪里会员积分兑换', '会员积分兑换的入口呢'])]
    const themes = emergingThemes({ recent, previous: many(60, ZH_BACKGROUND), taxonomy: NONE })
    expect(themes[0].phrase).toBe('会员积分兑换')
    expect(themes.filter((t) => t.phrase.includes('积分'))).toHaveLength(1)
  })

  it('counts Traditional and Simplified spellings as one theme', () => {
    const recent = [...many(40, ZH_BACKGROUND), ...many(5, ['夜间模式在哪里', '能加夜间模式吗']), ...many(5, ['夜間模式在哪裡', '求出夜間模式'])]
    const themes = emergingThemes({ recent, previous: many(40, ZH_BACKGROUND), taxonomy: NONE })
    expect(themes[0]).toMatchObject({ phrase: '夜间模式', count: 10 })
  })

  it('does not report a phrase whose share rose by no more than chance', () => {
    // 10 mentions against 8, or 4 against 1, in 200 comments each is the luck of who answered; 12 against 0 is not.
    const previous = [...many(191, BACKGROUND), ...many(8, ['the reports page needs work']), comment('our seat count is off')]
    const recent = [...many(174, BACKGROUND), ...many(10, ['the reports page needs work']), ...many(4, ['our seat count is off']),
      ...many(12, ['please add dark mode', 'dark mode at night would help my eyes', 'any news on dark mode?'])]
    expect(emergingThemes({ recent, previous, taxonomy: NONE }).map((t) => t.phrase)).toEqual(['dark mode'])
  })

  it('counts everything as new when the previous period is too thin to compare with', () => {
    const recent = [...many(100, BACKGROUND), ...many(8, ['the salesforce sync keeps failing'])]
    const themes = emergingThemes({ recent, previous: many(4, ['the salesforce sync is great']), taxonomy: NONE })
    expect(themes.find((t) => t.phrase === 'salesforce sync')).toMatchObject({ count: 8, previous: 4 })
  })

  it('does not report a phrase whose share fell', () => {
    const previous = [...many(80, BACKGROUND), ...many(20, ['calendar sync broke'])]
    const recent = [...many(95, BACKGROUND), ...many(5, ['calendar sync broke'])]
    expect(emergingThemes({ recent, previous, taxonomy: NONE }).some((t) => t.phrase.includes('calendar'))).toBe(false)
  })

  it('picks short, varied examples that contain the phrase', () => {
    const essay = `apple watch ${'and a very long story about my trip '.repeat(12)}`
    const recent = [comment(essay), ...many(3, ['apple watch app crashed']), comment('apple watch support please'), comment('my Apple Watch lost the pass'), ...many(30, BACKGROUND)]
    const [theme] = emergingThemes({ recent, previous: many(30, BACKGROUND), taxonomy: NONE })
    const texts = theme.examples.map((id) => recent.find((c) => c.id === id)!.text)
    expect(theme.phrase).toBe('apple watch')
    expect(texts).toEqual(['apple watch app crashed', 'apple watch support please', 'my Apple Watch lost the pass', essay])
  })

  it('handles empty periods', () => {
    expect(emergingThemes({ recent: [], previous: [], taxonomy: DEFAULT_TAXONOMY })).toEqual([])
    expect(emergingThemes({ recent: [], previous: many(10, BACKGROUND), taxonomy: DEFAULT_TAXONOMY })).toEqual([])
    // Without a previous period everything is new: ranked by how often it recurs.
    const themes = emergingThemes({ recent: [...many(6, ['apple watch please']), ...many(3, ['login code never arrives'])], previous: [], taxonomy: NONE })
    expect(themes.map((t) => t.phrase).slice(0, 2)).toEqual(['apple watch', 'login code'])
    expect(themes[0].trend).toBeCloseTo(66.7, 5) // 6 of 9 now, none before
  })
})

describe('emerging themes: one theme per set of comments', () => {
  it('phrases of the same comments join one theme, whatever their words', () => {
    const recent = [
      ...Array.from({ length: 6 }, (_, i) => ({ id: `m${i}`, text: `No mobile app, so I cannot check numbers on the go (${i})`, topics: [] })),
      ...Array.from({ length: 5 }, (_, i) => ({ id: `r${i}`, text: `The new reports page saves me an hour every Monday, ${['great', 'thanks', 'nice', 'cool', 'yay'][i]}`, topics: [] })),
    ]
    const themes = emergingThemes({ recent, previous: [], taxonomy: [], minCount: 3 })
    expect(themes).toHaveLength(2)
    expect(themes.map((t) => t.count).sort()).toEqual([5, 6])
    expect(themes.flatMap((t) => [t.phrase, ...t.variants]).join(' ')).toMatch(/reports page/)
  })

  it('offers no verdicts, reply verbs or durations as themes, in English or German', () => {
    const recent = many(60, ['Onboarding was rough', 'Support took four days to answer', 'The new pricing is hard to justify for a team our size', 'Der Support hat alles in Minuten gelöst'])
      .map((c) => ({ ...c, language: c.text.startsWith('Der') ? 'de' : 'en' }))
    const phrases = emergingThemes({ recent, previous: many(60, ['hello there']), taxonomy: NONE }).map((t) => t.phrase)
    for (const word of ['rough', 'answer', 'justify', 'size', 'alles', 'minuten', 'minuten gelöst', 'gelöst']) expect(phrases).not.toContain(word)
  })

  it('a phrase found almost only in a bigger theme\'s comments is an aspect of that theme, not a theme of its own', () => {
    const sync = ['Still no Salesforce sync, we export CSVs by hand', 'Salesforce sync keeps failing', 'when will Salesforce sync work', 'the Salesforce sync is broken again']
    const recent = [
      ...Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, text: `${sync[i % 4]} (${i})`, topics: [] })),
      ...Array.from({ length: 6 }, (_, i) => ({ id: `b${i}`, text: `Billing page is confusing ${i}`, topics: [] })),
    ]
    const themes = emergingThemes({ recent, previous: [], taxonomy: [], minCount: 3 })
    const lead = themes.find((t) => t.phrase.includes('salesforce'))!
    expect(lead.variants.join(' ')).toMatch(/csvs by hand|by hand/)
    expect(themes.some((t) => t.phrase.includes('by hand'))).toBe(false)
    expect(themes.some((t) => t.phrase.includes('billing page'))).toBe(true)
  })
})

describe('emerging themes: Chinese phrases are words', () => {
  it('a phrase that cuts a word in half does not read as words; one that keeps words whole does', () => {
    const text = () => '新的报表页面很好用，节省很多时间。'
    expect(alignedHan('多时间', [0], text)).toBe(false)
    expect(alignedHan('很多时间', [0], text)).toBe(true)
    expect(alignedHan('报表页面', [0], text)).toBe(true)
    // A majority of the comments decides.
    const texts = ['节省很多时间', '多时间段可选', '多时间段可选']
    expect(alignedHan('多时间', [0, 1, 2], (i) => texts[i])).toBe(true)
  })
})
