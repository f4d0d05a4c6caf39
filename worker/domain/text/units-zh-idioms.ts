// Chinese idioms of change and effort, read as one unit before the word lists: a number the customer
// watches moving (流失率明显下降, bug少了很多), and time or taps spent getting something done (找了五分钟, 要点五次才).
import type { Unit } from './units.ts'

/**
 * Things a customer wants less of, moving: their fall is praise (流失率明显下降, 投诉减少了), their
 * rise a complaint (等待时间增加). 下降 and 少了 alone are complaints (服务质量下降).
 */
const HOW_MUCH = '(?:明显|大大|大幅|显著|逐渐|已经|也|都|就|直接|有所)?'
/** From what figure: 上手时间从两周缩短到两天. */
const FROM_WHAT = '(?:从[^，。！？,.!?]{1,6}?)?'
const ZH_MEASURE_MOVED = new RegExp(`(?:客户|用户)?(?:流失|退订|投诉|差评|成本|费用|开支|价格|收费|上手时间|上线时间|处理时间|响应时间|对账时间|故障|错误|崩溃|闪退|卡顿|工单|等待时间|加载时间|退款|电费|话费|油费|延迟|延时|时延|掉线|丢包)[率量数]?${HOW_MUCH}${FROM_WHAT}(?:(下降|减少|降低|少了|变少|减轻|降了|减半|缩短|降到)|上升|增加|增多|变多|多了|涨了|涨到|提高|翻倍)`, 'y')
/** Things a customer wants more of: their rise is praise (问卷回收率明显提高了, 用户满意度提升了不少), their fall a complaint. */
const ZH_GOOD_MEASURE_MOVED = new RegExp(`(?:回收率|回复率|参与率|完成率|活跃度|活跃率|满意度|效率|转化率|留存率|续费率|打开率|响应率|复购率|好评率|营收|销量)${HOW_MUCH}${FROM_WHAT}(?:(提高|提升|上升|增加|增长|变高|高了|翻了一番|翻了一倍|翻倍)|下降|降低|减少|变低|低了)`, 'y')
/**
 * Time spent waiting, looking or struggling (找了五分钟, 开发票要等半个月, 导入商品花了我一下午): a complaint
 * the words alone do not say. Not "only took" (只花了十分钟: praise, in the word lists).
 */
const ZH_SPENT = /(?<![只才就仅])(?:等了|找了|花了|折腾了|弄了|搞了|排了|拣了|选了|要等|得等)(?:我|了)?(?:整整|足足|将近|差不多|快|成)?[一二两三四五六七八九十几半]+个?多?(?:分钟|小时|钟头|天|个月|星期|礼拜|下午|上午|晚上|整天|秒)/y
/** So do taps counted before something shows (要点五次才叫得出载具, 要点七步), and calls before anyone answered (打了六通才); not "only two taps" (只要点两下). */
const ZH_TAPPED = /(?<![只])要[点按撳戳][一二两三四五六七八九十几好多]+[次下步层]|[点试]了?[一二两三四五六七八九十几好]+[次下步]才|打了[一二两三四五六七八九十几好]+[通次个]才/y
const ZH_SPENT_FIRST = new Set('等找花折弄搞排拣选要得点打试')
const ZH_SPENT_VALENCE = -2
const ZH_MEASURE_FIRST = new Set('客用流退投差成费开价收上处对故错崩闪卡工等加回满效转留续打响复好参完活营销延时掉丢电话油')
const ZH_MEASURE_VALENCE = 2

/** The idiom of change or effort starting at `i` of a Han run, if one does. */
export function zhIdiomAt(run: string, i: number): Unit | undefined {
  if (ZH_MEASURE_FIRST.has(run[i])) {
    ZH_MEASURE_MOVED.lastIndex = i
    ZH_GOOD_MEASURE_MOVED.lastIndex = i
    const moved = ZH_MEASURE_MOVED.exec(run) ?? ZH_GOOD_MEASURE_MOVED.exec(run)
    if (moved) return { text: moved[0], valence: moved[1] ? ZH_MEASURE_VALENCE : -ZH_MEASURE_VALENCE, cost: moved[0].length * 0.7 }
  }
  if (ZH_SPENT_FIRST.has(run[i])) {
    ZH_SPENT.lastIndex = i
    ZH_TAPPED.lastIndex = i
    const spent = ZH_SPENT.exec(run) ?? ZH_TAPPED.exec(run)
    if (spent) return { text: spent[0], valence: ZH_SPENT_VALENCE, cost: spent[0].length * 0.7 }
  }
  return undefined
}

const LATIN_FAULTS = new Set(['bug', 'bugs', 'crash', 'crashes', 'error', 'errors', 'lag'])
const LATIN_FAULT_MOVED = /^(?:明显|大大|也|都|已经)?(?:(少了|减少|变少|少多了|少)|多了|增多|变多|越来越多|挺多|很多|太多|好多|超多|特别多|非常多)/
/** "bug少了很多": a fault named in Latin letters, moving as the Han run after it says; the unit covers both. */
export function latinFaultMoved(fault: string, run: string): Unit | undefined {
  const moved = LATIN_FAULTS.has(fault) ? LATIN_FAULT_MOVED.exec(run) : null
  return moved ? { text: fault + moved[0], valence: moved[1] ? ZH_MEASURE_VALENCE : -ZH_MEASURE_VALENCE, cost: 1 + moved[0].length * 0.7 } : undefined
}
