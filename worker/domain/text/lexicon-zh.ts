import { ZH_APP_GROUPS } from './lexicon-zh-app.ts'
import { ZH_GENERAL_GROUPS } from './lexicon-zh-general.ts'
import { ZH_REVIEW_GROUPS } from './lexicon-zh-reviews.ts'

// Chinese (Simplified; Traditional is mapped first) sentiment words for reviews and product
// feedback, written for this project. Valence on the same scale as the English list.
// Space-separated groups keep the list readable and cheap to load.
const GROUPS: [number, string][] = [
  [3, '非常好 很好 太好了 完美 超赞 好评 五星 满分 惊艳 棒极了 一流 强烈推荐 超级好 特别好 好极了 很满意 非常满意 物超所值 超值 无可挑剔 赞不绝口 爱了 绝了 点赞 给力 神器 良心 好吃 好喝 美味 超好吃'],
  [2, '好 不错 满意 喜欢 推荐 赞 棒 优秀 出色 精彩 漂亮 方便 快捷 便捷 实惠 划算 便宜 干净 整洁 舒适 舒服 安静 热情 周到 耐心 贴心 细心 专业 及时 准时 迅速 快速 很快 好用 易用 简单 清晰 稳定 流畅 顺畅 靠谱 可靠 高效 好看 新鲜 香 入味 可口 丰富 够味 足量 分量足 量大 实在 温馨 宽敞 亲切 礼貌 友好 感谢 谢谢 辛苦了 开心 高兴 愉快 惊喜 值得 值 优惠 人性化 直观 好玩 有用 省心 放心 信赖 支持 期待 厉害 地道 正宗 热乎 热的 酥脆 嫩 鲜 精致 大方 体贴 周全 快 第一次 回购 还会 会再来 下次还 一如既往'],
  [1, '还行 还可以 可以 行 凑合 过得去 挺好 较好 满足 合理 正常 ok 还不错 中规中矩 够用 及格 尚可'],
  [-1, '一般 一般般 普通 凑活 有待 改进 希望 建议 略 偏 稍 问题 麻烦 少 贵 慢 咸 淡 油 腻 硬 烂 凉 冷 旧 吵 久 偏贵 偏咸 偏淡 偏少 欠缺 缺少 不了 难'],
  [-2, '差 很差 不好 不行 难吃 难喝 难用 难看 难受 失望 不满 不满意 糟糕 垃圾 坑 坑人 骗 骗人 欺骗 忽悠 敷衍 态度差 冷漠 粗鲁 不耐烦 脏 脏乱 异味 臭 霉 发霉 潮湿 破 破旧 陈旧 简陋 噪音 吵闹 拥挤 昂贵 太贵 不值 不值得 浪费 后悔 退款 投诉 差评 退货 延迟 迟到 超时 晚了 等了 半天 慢死 太慢 很慢 冰凉 凉了 冷了 生的 不熟 变质 不新鲜 馊 苦 腥 太咸 太油 太辣 分量少 量少 太少 少了 漏 漏送 送错 洒了 撒了 错了 错误 出错 故障 崩溃 闪退 卡顿 卡 死机 bug 掉线 丢失 丢了 打不开 登不上 用不了 不能用 失败 报错 复杂 繁琐 麻烦死 看不懂 搞不懂 不会用 混乱 不方便 不清楚 不准 不稳定 不专业 不合理 不及时 不热情 不干净 不舒服 无语 郁闷 生气 气人 恶心 讨厌 烦 烦人 头疼 崩溃了 坑爹 不靠谱 骚扰 乱扣 扣费 乱收费 收费 太坑 失误 缺点 不足 遗憾 可惜 无奈 抱歉 不爽 吐槽 一塌糊涂'],
  [-3, '太差 太差了 极差 非常差 特别差 最差 很烂 太烂 烂透 恶劣 极其 垃圾店 黑店 再也不 再也不会 不会再 永远不 千万别 千万不要 别买 不要买 别点 别来 不推荐 强烈不推荐 上当 受骗 骗子 恶心死 难吃死 差劲 很差劲 最后一次 拉黑 一星 零分 太失望 非常失望 很失望 坑死 气死'],
]

export const ZH_LEXICON: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>()
  for (const [score, words] of [...GROUPS, ...ZH_GENERAL_GROUPS, ...ZH_APP_GROUPS, ...ZH_REVIEW_GROUPS]) for (const w of words.split(' ')) if (w) map.set(w, score)
  return map
})()

/** Negators flip the sentiment word that follows within the clause. */
export const ZH_NEGATORS: ReadonlyMap<string, number> = new Map([
  ['不', -1], ['没', -1], ['没有', -1], ['不是', -1], ['无', -1], ['未', -1], ['别', -1], ['非', -1], ['不够', -0.8],
  // Cantonese, as Hong Kong writes it: 唔 and 冇 are read as 不 and 没 (t2s-map.ts).
  ['不太', -0.6], ['不怎么', -0.7], ['并不', -1], ['并没有', -1], ['毫不', -1], ['绝不', -1], ['从不', -1], ['从来不', -1],
  ['一点都不', -1.2], ['一点也不', -1.2], ['不算', -0.7], ['不会', -1], ['谈不上', -0.8], ['算不上', -0.8],
  // Praise of a rival is a verdict on this one: 汉庭就比它强多了 ("the Hanting beats it by far").
  ['比它', -1], ['比这家', -1], ['比这里', -1], ['比这儿', -1], ['比这个', -1], ['比你们', -1], ['比你家', -1], ['比贵司', -1],
  // "There will be no more X" denies X (不会再有虫子了); 不会再 + coming back is a refusal (refusal.ts).
  ['不会再有', -1],
  // "Can't say it's hard to use": a concession before the gripe (CONCEDING_DENIALS in sentiment-rules.ts).
  ['不能说', -1], ['不是说', -1],
])

/** Requests (希望增加, 能不能加, 求出): what the customer wants, not how they feel (see EN_REQUEST_PHRASES). */
export const ZH_REQUEST: readonly string[] = ['能支持', '希望尽快推出', '希望尽快上线', '希望尽快支持', '希望尽快增加', '尽快推出', '尽快上线', '希望增加', '希望能增加', '希望添加', '希望能添加', '希望加入', '希望能加入', '希望支持', '希望能支持', '希望出',
  '希望推出', '希望能出', '希望加个', '希望能加个', '希望加上', '希望提供', '希望能提供', '建议增加', '建议添加', '建议加入', '建议支持', '建议出',
  '能不能加', '能不能增加', '能不能添加', '能不能支持', '能不能出', '能否增加', '能否添加', '能否支持', '可否增加', '求出', '求加', '求增加', '求支持', '求添加',
  '可以增加', '可以加个', '可以添加', '请增加', '请添加', '请加入', '请支持', '建议加', '希望加', '希望出个', '能不能出个',
  // "When will it support…".
  '什么时候支持', '什么时候能支持', '什么时候出', '什么时候上线',
  // Asking whether it can (想问下能不能倍速播放？), no rhetorical 能不能快点.
  '想问下能不能', '想问一下能不能', '请问能不能', '请问能否', '请问可以', '请问可不可以', '想问下可以', '想问一下可以',
  // What is needed (需要支持按小时筛选), and how to do something (请问要怎么取消自动续订？).
  '需要支持', '需要增加', '需要加', '请问怎么', '请问要怎么', '请问如何', '有没有计划', '请问有没有计划',
  // Asked for with 可以 (希望可以加分类统计: not 加分, a bonus), whether it supports (请问支持导出markdown吗), Cantonese 有冇得 (有没得用八达通).
  '希望可以支援', '希望能支援', '想问下', '想问一下', '希望以后可以', '希望以后能', '可不可以加', '希望下个版本', '希望可以加', '希望可以增加', '希望可以添加', '希望可以支持', '希望能加', '请问支持', '可不可以支持', '可不可以支援', '能不能支援', '支不支持', '有没得']

/** Degree adverbs multiply the next sentiment word. */
export const ZH_DEGREE: ReadonlyMap<string, number> = new Map([
  ['很', 1.4], ['非常', 1.7], ['太', 1.6], ['特别', 1.6], ['超', 1.6], ['超级', 1.7], ['十分', 1.6], ['极', 1.8], ['极其', 1.8],
  ['相当', 1.5], ['挺', 1.2], ['蛮', 1.2], ['真', 1.4], ['真的', 1.4], ['真是', 1.4], ['好', 1.3], ['好撚', 1.8], ['最', 1.6], ['更', 1.3], ['越来越', 1.4],
  ['比较', 0.7], ['较', 0.7], ['还', 0.9], ['有点', 0.5], ['有些', 0.5], ['有点儿', 0.5], ['稍微', 0.4], ['略', 0.4], ['略微', 0.4], ['稍', 0.4], ['稍稍', 0.4],
  ['实在', 1.5], ['有够', 1.6], ['简直', 1.7], ['完全', 1.5], ['根本', 1.5], ['巨', 1.7], ['贼', 1.6], ['无敌', 1.8], ['超级无敌', 2],
  // "Not the ordinary kind of slow", "never eaten anything this bad": degree, not negation.
  ['不是一般的', 2], ['不是一般', 2], ['没吃过这么', 2], ['没吃过那么', 2], ['没见过这么', 2], ['没见过那么', 2], ['没遇到过这么', 2], ['从没吃过这么', 2],
])

/** Contrast markers: the clause they open outweighs what came before (但是/不过/就是...). */
export const ZH_CONTRAST: readonly string[] = ['但是', '但', '可是', '不过', '然而', '却',
  // Summing up works the same way: the verdict after 总的来说 outweighs the details before it.
  // ...and the outcome that follows an expectation is the experience (本以为..., 没想到...).
  '没想到', '谁知', '谁知道', '哪知', '结果',
  '总的来说', '总体来说', '总体而言', '总的说来', '总之', '总体', '整体', '总而言之', '综合来看', '总的来讲', '整体来说', '整体而言', '总体上']

/** Concessive markers: their clause counts less (虽然...但是). */
export const ZH_CONCESSIVE: readonly string[] = ['虽然', '尽管', '虽说', '即使',
  // An expectation is not the experience: 本以为很好 says little of the stay. Nor is a claim (说是正品，结果是假的).
  '本以为', '原以为', '原本以为', '本来以为', '以为', '还以为', '说是', '号称', '声称', '宣称']

/**
 * Reservation markers: 就是/只是/可惜 ("only, it's just that") add a minor gripe to a verdict already
 * given ("总体不错，就是早餐一般"); unlike 但是 they do not overturn what came before.
 */
// "…连上之后倒是挺好用": praise conceded after a fault (h101) holds both, as a gripe after 就是 does.
export const ZH_RESERVATION: readonly string[] = ['倒是', '就是', '只是', '可惜', '美中不足', '只不过', '唯一', '缺点是', '不足的是', '不足之处', '遗憾的是', '可惜的是', '硬要挑的话', '非要挑的话', '硬要说的话', '要说缺点']

/**
 * How often: a fault that keeps happening (就是系统经常卡, 就是老是掉线) is no minor reservation, so
 * a reservation's clause with one counts in full.
 */
export const ZH_RECURRING: readonly string[] = ['经常', '总是', '老是', '常常', '一直', '动不动', '时不时', '三不五时', '三天两头', '每次都', '频繁', '屡次', '天天', '成日']

/** Words that make a question a complaint (为什么没有勺子？ 就不能提前打个电话么？). */
export const ZH_QUESTION: readonly string[] = ['为什么', '为啥', '难道', '能不能', '可不可以', '就不能', '凭什么', '干嘛', '咋', '如何让', '点解', '凭啥', '有没有办法', '有没有什么办法', '有没有可能', '请问', '有没有', '几时']

/** Everything the clause scanner matches, longest first wins at each position. */
export const ZH_MAX_WORD = 7

/** Sentence-final particles (好棒喔, 绝了呢), kept as units of their own so the sarcasm rules can pass over them. */
export const ZH_PARTICLES: ReadonlySet<string> = new Set('喔哦呢啊呀吧啦嘛耶哈'.split(''))
