// Neutral answers as bench/data/neutral wrote them: not tried yet, the writer's own doing, exits that
// blame nobody. Each read as a complaint before (a bare negation or a fault word carried it).
import { describe, expect, it } from 'vitest'
import { analyzeText } from './index.ts'

const label = (t: string) => analyzeText(t).sentiment.label

describe('not having looked yet', () => {
  it('gives no verdict', () => {
    for (const t of ['Mainly use the crop tool and the exposure slider. Haven\'t touched the AI stuff.', '新的滤镜面板我还没点开过', '新版課表頁還沒仔細看，先不評價', '新的睡眠报告页面还没细看'])
      expect(label(t), t).toBe('neutral')
  })
  it('still reads a fault the writer never caused as a complaint', () => {
    for (const t of ['收费了我5块占位费，我连枪都没碰过好吗', '送来的时候没仔细看，结果米饭没有给我，餐具也少给了', 'haven\'t touched it since the update broke everything'])
      expect(label(t), t).toBe('negative')
  })
})

describe('the writer\'s own doing, or a third party\'s', () => {
  it('blames nobody here', () => {
    for (const t of ['forgot my password twice this week, that\'s on me lol', 'the restaurant forgot the drinks, not an app thing, support refunded them', '是我自己把单元号填错了，客服帮我联系骑手改过来了', '断网是小区施工把光缆挖断了，不赖你们，师傅第二天来接上了', 'Watch strap broke, that\'s the manufacturer not you, so I haven\'t synced in a few weeks.'])
      expect(label(t), t).toBe('neutral')
  })
  it('still hears a complaint about us beside it', () => {
    for (const t of ['that\'s on me, but the app then charged me twice and nobody answers', 'not your fault the courier was late, but your app crashed twice at checkout'])
      expect(label(t), t).toBe('negative')
  })
})

describe('exits that blame nobody', () => {
  it('gives no verdict', () => {
    for (const t of ['Retiring at the end of the month, so I won\'t be running the team dashboards anymore.', 'Whole org is standardising on Microsoft Planner from January so I\'m cancelling our team plan.', 'Company shut down last Friday. Please close the account and delete our data.', 'Thanks for the offer but we\'ve already moved everything over.', '折扣就不要了，在减脂自己带饭', '最近在砍订阅支出，能停的都停了，不针对谁哈'])
      expect(label(t), t).toBe('neutral')
  })
})
