// Idioms read as one unit, with words between their parts: what customers write when a product
// has become part of their work, when a number they watch moves, when there is too much of something.
import { describe, expect, it } from 'vitest'
import { analyzeText } from './index.ts'
import { EN_PHRASES } from './lexicon-en.ts'
import { sentimentUnits } from './units.ts'

const label = (t: string) => analyzeText(t).sentiment.label

describe('depending on us', () => {
  it('reads not managing without it as praise, whatever negators it holds', () => {
    for (const t of ["Can't imagine running our CS team without it", "Don't know what we'd do without you", "We'd be lost without it", "Couldn't do my job without it now"])
      expect(label(t), t).toBe('positive')
  })
  it('leaves a fault that needs something else alone', () => {
    expect(label("Can't log in without it crashing")).toBe('negative')
    expect(label("It doesn't work without an internet connection")).not.toBe('positive')
  })
})

describe('a number the customer watches, moving', () => {
  it('reads the fall of what customers want less of as praise', () => {
    for (const t of ['Our churn dropped noticeably since we started using the exit survey', 'Support tickets went down by half', 'Complaints have dropped since the redesign',
      'It cut our churn by 20%', 'Reduced our costs a lot', 'Much less downtime since the migration', 'Fewer bugs than last year', '客户流失率明显下降了', '投诉减少了很多', '成本降低了不少', 'bug少了很多，体验好多了', '问卷回收率明显提高了', '上线一个月，用户满意度提升了不少',
      'Our retention went up since we added the exit survey', 'NPS jumped 12 points this quarter'])
      expect(label(t), t).toBe('positive')
  })
  it('reads their rise, and the fall of anything else, as complaints', () => {
    for (const t of ['Churn went up after the price change', 'Our error rate doubled this week', '等待时间增加了', '服务质量下降了', 'bug越来越多', '好评率下降了', 'Sales dropped after the redesign', 'Conversion rate fell by half'])
      expect(label(t), t).toBe('negative')
  })
})

describe('too much of something', () => {
  it('reads "too" before a word with no verdict of its own as a complaint, and its denial as praise', () => {
    for (const t of ['Notifications are too frequent', 'Reports take too long', 'Font is too small on mobile', 'Emails from you guys are way too frequent']) expect(label(t), t).toBe('negative')
    expect(label('The onboarding was not too long')).toBe('positive')
    expect(label("I get a notification for every single response, it's too much")).toBe('negative')
    expect(label('Too much fun')).toBe('positive')
  })
  it('keeps "too" that means "also"', () => {
    for (const t of ['I love it too', 'Works great on my phone too']) expect(label(t), t).toBe('positive')
  })
})

describe('taking the place of other tools', () => {
  it('reads replacing several tools as praise, and being replaced as none', () => {
    for (const t of ['It has replaced three other tools for us', 'Replaced our old spreadsheets completely']) expect(label(t), t).toBe('positive')
    expect(label('We replaced it with Notion')).not.toBe('positive')
  })
  it('reads being ahead of the rest as praise', () => {
    for (const t of ['Miles ahead of what we used before', 'Streets ahead of the competition', 'A cut above the rest']) expect(label(t), t).toBe('positive')
  })
})

describe('coming to us late', () => {
  it('reads wishing one had bought or switched sooner as praise, asked or not', () => {
    for (const t of ['Wish I had bought it sooner', "Why didn't we switch to you sooner?", 'Love it. My only regret is not buying it sooner', 'I should have started using this sooner'])
      expect(label(t), t).toBe('positive')
  })
  it('leaves "sooner" about anything else alone', () => {
    expect(label('It broke sooner than I expected')).toBe('negative')
    expect(label('Would there have been a different procedure if I had discovered the theft sooner?')).not.toBe('positive')
  })
})

describe('timeouts', () => {
  it('reads things that time out as a fault, and time taken out to help as none', () => {
    expect(label('Exports time out on big accounts')).toBe('negative')
    expect(label('Thanks for taking the time out to help me')).toBe('positive')
  })
})

describe('the lowest rating', () => {
  it('reads giving zero stars as a complaint a wish does not turn', () => {
    for (const t of ['wish i could give 0', 'I would give zero stars if I could', 'If I could give it no stars I would']) expect(label(t), t).toBe('negative')
    expect(label('no brainer for any SaaS')).toBe('positive')
  })
})

describe('goods against their listing', () => {
  it('reads goods smaller than described, coming apart, and a warning to look elsewhere as complaints', () => {
    for (const t of ['Way smaller than described and the color is off', 'In person the fabric is thin and the stitching is already coming apart.', "Don't bother. There are much better options for the price."])
      expect(label(t), t).toBe('negative')
  })
})

describe('what happens again and again', () => {
  it('reads a thing that keeps happening as a fault, but not what keeps getting better or an intention', () => {
    for (const t of ['The form kept resetting when I switched tabs', 'I keep losing my drafts']) expect(label(t), t).toBe('negative')
    for (const t of ['It keeps getting better', "Thanks, I'll keep checking", 'We keep coming back']) expect(label(t), t).not.toBe('negative')
  })
})

describe('support answers', () => {
  it('reads a fault understood and a customer walked through it as praise; scripts and runarounds as complaints', () => {
    for (const t of ['Agent understood my problem right away and walked me through the fix', 'Whoever designed the new inbox deserves a raise']) expect(label(t), t).toBe('positive')
    for (const t of ['Got a canned response and the ticket was closed', 'Every time I contact support I get a different answer', 'We outgrew it, need something with proper permissions'])
      expect(label(t), t).toBe('negative')
    expect(label('They never understood my problem')).toBe('negative')
  })
})

describe('phrases', () => {
  it('are of two words or more: the matcher tries whole phrases before words, so a one-word entry would never match', () => {
    expect([...EN_PHRASES.keys()].filter((p) => !p.includes(' '))).toEqual([])
    expect(sentimentUnits('the acting was wooden').some((u) => (u.valence ?? 0) < 0)).toBe(true)
  })
})
