// Idioms of change and time, read as one unit: a number the customer watches moving, too much of
// something, other tools replaced, things that keep happening or time out, asking again and again.
import { describe, expect, it } from 'vitest'
import { analyzeText } from './index.ts'

const label = (t: string) => analyzeText(t).sentiment.label

describe('a number the customer watches, moving', () => {
  it('reads the fall of what customers want less of as praise', () => {
    for (const t of ['Our churn dropped noticeably since we started using the exit survey', 'Support tickets went down by half', 'Complaints have dropped since the redesign',
      'It cut our churn by 20%', 'Reduced our costs a lot', 'Much less downtime since the migration', 'Fewer bugs than last year', '客户流失率明显下降了', '投诉减少了很多', '成本降低了不少', 'bug少了很多，体验好多了', '问卷回收率明显提高了', '上线一个月，用户满意度提升了不少',
      'Our retention went up since we added the exit survey', 'NPS jumped 12 points this quarter', 'Our response rate doubled after switching to in-app surveys'])
      expect(label(t), t).toBe('positive')
  })
  it('reads their rise, and the fall of anything else, as complaints', () => {
    for (const t of ['Churn went up after the price change', 'Our error rate doubled this week', 'Response time doubled', 'They raised the price again', '等待时间增加了', '服务质量下降了', 'bug越来越多', '好评率下降了', 'Sales dropped after the redesign', 'Conversion rate fell by half'])
      expect(label(t), t).toBe('negative')
  })
})

describe('a number the customer watches, from one figure to another', () => {
  it('reads the way the figures went', () => {
    for (const t of ['Our CSAT went from 71 to 84 in a quarter', 'Churn went from 8% to 3%', 'Our response rate went from 12.5% to 31% after switching']) expect(label(t), t).toBe('positive')
    for (const t of ['Response time went from 2 hours to 6 hours', 'Our NPS went from 40 to 22', 'Prices went from 10 to 15 dollars']) expect(label(t), t).toBe('negative')
  })
  it('reads a Chinese measure moving across its figures', () => {
    for (const t of ['回复率从10%提高到30%', '流失率从8%降到3%', '新人上手时间从两周缩短到两天']) expect(label(t), t).toBe('positive')
    expect(label('价格从99涨到199')).toBe('negative')
    expect(label('我从2019年开始用，很好用')).toBe('positive')
  })
  it('reads nothing into figures that did not move or are not figures', () => {
    for (const t of ['NPS went from 40 to 40', 'Retention went from good to great']) expect(label(t), t).not.toBe('negative')
  })
})

describe('a number the customer watches, moved by a verb', () => {
  it('reads raising what customers want and cutting what they do not as praise, and the reverse as complaints', () => {
    for (const t of ['It increased our conversions', 'It reduced our response time by half', 'Cut our churn by 20%']) expect(label(t), t).toBe('positive')
    for (const t of ['Fewer signups since the redesign', 'They doubled the price', 'It increased our response times']) expect(label(t), t).toBe('negative')
  })
  it('does not take the customer\'s own use of the product for a verdict on it', () => {
    expect(label('Switched teams recently, so less usage.')).toBe('neutral')
  })
})

describe('too much of something', () => {
  it('reads too much of a mild good as a complaint, and of strong praise as none', () => {
    for (const t of ['The jump from Starter to Pro is way too big', 'Too simple for our needs']) expect(label(t), t).toBe('negative')
    expect(label('This is too cute')).toBe('positive')
  })
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

describe('timeouts', () => {
  it('reads things that time out as a fault, and time taken out to help as none', () => {
    expect(label('Exports time out on big accounts')).toBe('negative')
    expect(label('Thanks for taking the time out to help me')).toBe('positive')
  })
})

describe('what happens again and again', () => {
  it('reads a thing that keeps happening as a fault, but not what keeps getting better or an intention', () => {
    for (const t of ['The form kept resetting when I switched tabs', 'I keep losing my drafts']) expect(label(t), t).toBe('negative')
    for (const t of ['It keeps getting better', "Thanks, I'll keep checking", 'We keep coming back']) expect(label(t), t).not.toBe('negative')
  })
})


describe('asking again and again', () => {
  it('reads having to contact someone many times as a complaint, and once as nothing of the kind', () => {
    for (const t of ['Transferred four times', 'I emailed them three times', 'Called support 5 times this week', 'Asked the same question multiple times']) expect(label(t), t).toBe('negative')
    expect(label('I called once and it was fixed')).toBe('positive')
  })
})

describe('moving away from a state', () => {
  it('reads leaving a bad state as praise, and where it went when that says more', () => {
    expect(label("My 6yo went from hating books to asking for 'one more story' every night")).toBe('positive')
    for (const t of ['Support went from great to meh after the buyout', 'It went from bad to worse']) expect(label(t), t).toBe('negative')
    expect(label('Checkout went from slow to instant')).toBe('positive')
  })
})
