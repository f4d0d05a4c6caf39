// More Chinese review and feedback vocabulary, written for this project from general knowledge
// of how people praise and complain about service, quality, speed, price, cleanliness, taste,
// rooms and apps. Same valence scale as lexicon-zh.ts; entries here override it.
/**
 * Gripes hedged by 有点, 偏 or 略 ("a bit pricey"): they weigh little on the score, but after a turn
 * from praise (功能挺强大的，就是有点贵) the comment still holds both (sentiment-mixed.ts).
 */
export const ZH_MILD_GRIPES: readonly string[] = ['有点小', '有点贵', '运费有点高', '配送费有点高', '有点肉疼', '有点烦', '手续费有点高', '价格有点高', '费用有点高', '有点太频繁', '有点慢', '有点咸', '有点淡', '有点油', '有点硬', '有点少', '偏贵', '略贵', '稍贵', '偏小', '较小']

export const ZH_REVIEW_GROUPS: [number, string][] = [
  [3, '非常棒 很棒 太棒了 太棒 特别棒 超棒 超级棒 一级棒 好棒 很喜欢 非常喜欢 特别喜欢 超喜欢 最喜欢 性价比高 性价比很高 性价比超高 ' +
    '值得推荐 值得一去 值得入住 值得购买 物美价廉 宾至如归 五星好评 十分满意 相当满意 相当不错 非常不错 很不错 特别不错 超级不错 真不错 ' +
    '很好吃 非常好吃 特别好吃 太好吃 好好吃 超级好吃 没得说 没话说 无可挑剔 必点 还会再来 会再来 下次还来 下次还会 还会光顾 再次光顾 ' +
    '推荐大家 赞一个 点个赞 好样的 服务周到 服务一流 态度很好 服务很好 非常干净 很干净 很舒服 非常舒服 很舒适 非常方便 很方便 很满意 ' +
    '超快 特别快 非常快 很及时 非常及时 很准时 非常准时 提前送到 提前到 感动 暖心 贴心 一如既往的好 百吃不厌 回头客 常客 好评'],
  [2, '对得起 物有所值 挺快 蛮快 送得快 速度快 送餐快 配送快 效率高 服务好 态度好 态度不错 服务不错 热心 客气 有礼貌 礼貌 细致 认真 负责 积极 ' +
    '味道好 口感好 口味好 分量足 份量足 量足 量多 料足 足 香喷喷 鲜美 嫩滑 爽口 清爽 香脆 酥 脆 软 甜 干净卫生 卫生 明亮 宽大 ' +
    '景色 风景好 视野好 安静 齐全 到位 完善 合适 适合 称心 如意 愉快 享受 温暖 很新 较新 新装修 豪华 高档 大气 气派 优美 便利 交通方便 ' +
    '棒棒 nice 好评 守时 准点 准时送达 热乎乎 热腾腾 很热 还热 新鲜 很新鲜 性价比不错 不贵 便宜 实惠 满意 喜欢 推荐 好 快 耐心 专业 周到'],
  [1, '还好 还算 算是 基本满意 比较满意 挺满意 不算差 可以的 还凑合 能接受 可接受 正常 准时 按时 及时 ok 挺好的 还不错的 蛮好 可以吧'],
  [-1, '一般 普通 偏小 较小 有点小 小了 稍慢 有点慢 略贵 偏贵 有点贵 稍贵 偏甜 偏辣 偏油 有点咸 有点淡 有点油 有点硬 不多 老 旧 ' +
    '呵呵 一般般 凑合 将就 勉强 没想象中 不如 不及 比不上 还需 有待提高 有待改进 欠佳'],
  [-2, '慢 太慢 很慢 超慢 好慢 真慢 慢吞吞 贵 太贵 很贵 好贵 价格高 价格偏高 不值 不值这个价 不划算 少 太少 很少 量少 量太少 份量少 分量少 ' +
    '吃不饱 不够吃 凉 凉了 冷了 凉透 冰凉 冷冰冰 不热 不够热 没味道 没味 无味 寡淡 太淡 太甜 太咸 齁 齁咸 太油 太辣 太硬 夹生 焦 糊 ' +
    '变味 怪味 异味 有味道 霉味 烟味 臭味 难以下咽 难吃 难喝 不好吃 不好喝 不新鲜 不卫生 不干净 脏 很脏 太脏 污渍 有头发 根头发 头发丝 出头发 虫子 蚊子 蟑螂 小强 ' +
    '潮 潮湿 发潮 发霉 隔音差 隔音不好 吵 很吵 太吵 嘈杂 噪音大 噪音 老旧 陈旧 破旧 设施旧 老化 简陋 狭小 太小 很小 拥挤 窄 偏僻 难找 不好找 ' +
    '漏送 没送 少送 送错 忘了 忘记 洒了 撒了 洒 撒 漏了 破损 包装差 太晚 晚点 迟迟 等太久 等了很久 等了半天 等了一个小时 超时 催单 催了 ' +
    '不守时 不准时 拒接 不接电话 态度恶劣 态度不好 态度差 服务差 服务不好 爱理不理 不理 不理人 冷淡 傲慢 凶 骂 不礼貌 不负责 推卸 推脱 扯皮 ' +
    '不咋地 不怎么样 不咋样 不理想 不满 失望 后悔 心塞 郁闷 无语 醉了 服了 差劲 太次 退步 下降 缩水 偷工减料 缺斤少两 敷衍 不靠谱 ' +
    '取消 被取消 退单 退钱 赔偿 差评 投诉 难受 麻烦 不方便 不行 不好 差 一塌糊涂 乱七八糟 糟糕 不值得 坑 宰客 可惜 遗憾'],
  [-3, '再也不会来 再也不来 再也不点 再也不订 再也不住 再也不买 不会再来 不会再点 不会再订 不会再住 拉黑 恶心 令人作呕 变质 馊了 拉肚子 ' +
    '吐了 食物中毒 骗子 黑店 太差劲 非常差劲 差到极点 极差 最差 太差 很差 非常差 特别差 超差 差评 垃圾 太失望 非常失望 很失望 特别失望 ' +
    '一星都不想给 零星 坑人 骗人 欺骗 忽悠人 千万别 千万不要 别去 别住 别点 不推荐'],
  // Suggestions and neutral words that only look like complaints, or contain a listed character.
  [-0.5, '希望 建议 改进 改善 提高 注意 有待 问题'],
  [0, '卡 信用卡 房卡 会员卡 银行卡 收费 收费站 冲凉 凉面 凉皮 凉菜 凉拌 冷面 冷饮 冷盘 老板 老公 老婆 老师 老家 老地方 老顾客 老客户 好像 好几 好多 好久 好些 不少 少许'],
  [-2, '卡顿 很卡 太卡 好卡 卡死 卡住 乱收费 收费高 问题很多 有问题 好久才 等好久'],
  // Hedged or mild criticism: a reviewer who lists 缺点 or wishes 就更好了 is usually satisfied
  // overall (such lists fill happy reviews), so it weighs little.
  [-0.15, '缺点 不足 稍 略 ' + ZH_MILD_GRIPES.join(' ') + ' 小了 欠缺 有待 有待提高 有待改进 改进 不多 ' +
    '就更好了 就好了 会更好 更好了 要是能'],
  [-0.5, '冷 腻 遗憾 可惜 美中不足'],
  [0, '呵呵 差不多'],
  [-1, '太少 太贵 很贵 价格偏高 还凑合 太高'],
  // Surprise at a failure, waiting "until only then", things broken or refused, and the
  // quiet praise of a stay or meal people would repeat (read from misses on dev rows).
  [-1, '居然 竟然 明明 一股 怀疑 交涉 解释 无法 不给 招待所 换房 换房间 才到 才来 死了'],
  [-1.5, '没人 没人管 没法 才送 才送到 才送来 才拿到 道歉'],
  [-2, '坏的 坏了 是坏的 恐怖 要命 拒绝 可怜 小得可怜 扔了 没法吃 没人接 没人理 不要住 不要去'],
  [-3, '气愤 决不 再也 以后再也 是我住过最差 住过最差 再也不会'],
  [1, '哈哈 特色 有特色 花园 阳台'],
  [2, '幽静 惬意 丰盛 闹中取静 优雅 环境优雅 环境优美 还住 再次入住 二次入住 多次入住 还会入住 会再入住 有机会还 下次去还 下次还住 还来'],
  [1, '性价比 基本满意 挑刺 上选'],
  [-2, '性价比不高 性价比低 性价比差 性价比太低 不应该 小的可怜'],
  [2, '再住 一定再 还会住 性价比较高 性价比比较高 性价比算高 性价比还可以'],
  [-1, '冷清 贵了 奇怪'],
  // "A bit X" (贵了点, 小了一点) is a hedge, the way satisfied reviewers mention a flaw.
  [-0.3, '贵了点 小了点 旧了点 少了点 慢了点 差了点 远了点 吵了点 硬了点 软了点 淡了点 咸了点 油了点 辣了点 甜了点 暗了点 窄了点 挤了点 偏了点 老了点 简单了点 一般了点 贵了一点 小了一点 旧了一点 少了一点 慢了一点 差了一点 远了一点 吵了一点 硬了一点 软了一点 淡了一点 咸了一点 油了一点 辣了一点 甜了一点 暗了一点 窄了一点 挤了一点 偏了一点 老了一点 简单了一点 一般了一点 贵了些 小了些 旧了些 少了些 慢了些 差了些 远了些 吵了些 硬了些 软了些 淡了些 咸了些 油了些 辣了些 甜了些 暗了些 窄了些 挤了些 偏了些 老了些 简单了些 一般了些 贵点 小点 旧点 少点 慢点 远点 吵点 硬点'],
  // Regret words mostly introduce the one flaw of a good stay (唯一遗憾的是...).
  [-0.2, '遗憾 可惜 价格偏高'],
  [-1, '不方便 一般'],
  [-0.5, '老 旧 普通 偏'],
  // Hours of waiting are a complaint wherever they are counted (两个多小时, 一个半小时才送到).
  [-1.5, '个小时 个多小时 个半小时 小时才 分钟才 多小时 半小时才'],
  // Stays and facilities: location, upgrades, rooms that work and rooms that do not.
  [1, '很近 不远 离地铁近 出行方便 赠送 免费升级 海景 江景 湖景 视野开阔 床很舒服 床舒服 设施齐全 干净整洁'],
  [-1.5, '网速慢 网速很慢 断网 上不了网 不能上网 不制冷 不供暖 没热水 没有热水 热水不热 漏水 掉漆 脱落 单调 品种少 品种单一 等电梯 不隔音 隔音效果差 设施差 设备旧 设备陈旧'],
  [0.5, '还行 可以 能接受 可接受 还算'],
  // 'Pretty good' is praise, not a hedge.
  [1.5, '还不错 挺不错 还算不错 也不错'],
  [2.5, '不错 是不错 都不错'],
  [1, '软 鲜 简单 辛苦 辛苦了'],
  // Degree words, nouns and names that contain a sentiment character but carry none themselves.
  [0, '实在 第一次 卫生间 快捷酒店 正常 负责人 行 行李 热的 苦瓜 值班 值得一提'],
  // Words built on a negator or a sentiment character that are neither (出差 is a business trip,
  // 别的 is "other", 没想到 usually opens a pleasant surprise).
  [0, '出差 差距 差异 相差 别的 别人 别家 不同 不断 不仅 不管 不用 不久 不一定 没想到 无论 无需 不论 除了 之外'],
  [0, '至少 多少 少数 少量 慢慢 冷气 冷水 冷藏 贵宾 宝贵 贵州 富贵 永久 持久 依旧 仍旧 照旧 怀旧 淡季 咸菜 酱油 油条 香港 香菜 朝鲜 快递 快餐 方便面 ' +
    '只好 热水 价值 时差 偏差 难免 硬件 硬件设施 突破 争吵 别墅 少有'],
  // 快 before an amount means "almost" (快一小时了), not "fast"; wishes imply the lack (快点就更好了).
  [0, '快一 快两 快三 快半 快十 快到 吃出'],
  [-1, '快点 快一点 说好的'],
  // So do wishes for a simpler, steadier app (能不能简单点): what is wished for is lacking.
  [-1, '简单点 简单一点 简单些 方便点 方便一点 稳定点 稳定一点 流畅点 流畅一点 清楚点 清楚一点 人性化点 人性化一点'],
  // Cards: 卡 is lag only when said so (经常卡, 卡顿), not in 银行卡 or 刷卡 (topics read this list too).
  [0, '银行卡 信用卡 会员卡 储值卡 礼品卡 购物卡 房卡 饭卡 卡片 卡号 刷卡 卡包 卡券 绑卡 储蓄卡 次卡 张卡 卡丢 补卡 办卡 月卡 年卡 季卡 健身卡 公交卡 门禁卡 学生卡 交通卡 打卡 退卡 骑行卡 卡通 电话卡 流量卡 手机卡 卡套 卡位 八达通卡 插卡 周卡 体验卡 季度卡 畅游卡 加油卡 医保卡 社保卡 抽卡 卡池 卡罗拉 金卡 银卡 卡数 字卡 卡点 卡壳 停卡'],
  // A wish for a lower price is no praise of the price (希望能便宜点).
  [0, '便宜点 便宜一点 便宜些'],
  // So 挺好吃 is not read as 挺好 + 吃, nor 差点 ("almost") as 差.
  [2.5, '挺好吃 挺好喝 蛮好吃 真好吃 特好吃 还挺好吃 很实在 很过瘾 过瘾'],
  [0, '差点 差别 高贵 好象 五星级 五星酒店 四星 四星级 三星 三星级'],
  [1, '五星'],
  [-2, '一蹋糊涂 老掉牙'],
  [-1, '差点意思'],
  [1, '加油 凉快 清淡 正好 刚好 难得'],
  [2, '灿烂 最好 首选 别致 留恋 回味'],
  [3, '无与伦比 无微不至 流连忘返 流恋忘返 赞不绝口'],
  // Words holding a verdict character that is not one: 奶油 (cream) is not 油 (greasy), 足足 ("a
  // whole" 20 minutes) is not 足 (plenty), 色香味 (looks, smell and taste) is not 香 (tasty), nor are
  // 香蕉 and 香肠 (a banana, a sausage); 装好 is "installed", not 好 (good).
  [0, '奶油 黄油 足足 色香味 香蕉 香肠 香皂 香菇 装好 安装好 调好'],
  [2, '色香味俱全'],
  [-2, '堪忧 一坨'],
  // What an order came without, or undercooked: a delivery's commonest complaints (dev rows: 没给 109 of 119 negative).
  [-1.5, '没给 没送 没放 没带 少给 少送 漏送 漏了 没熟 不熟 没煮熟'],
  [0, '没送错 没给差评'],
  [-1.5, '油腻'],
  // Idioms and perfectives: 不是盖的 ("no joke", high praise), 改善了 (has improved), 不油腻.
  [1.5, '不油腻 改善了 进步了 健康'],
  [2, '不是盖的'],
  [-1.5, '移步 讽刺'],
  // Mediocre taste is the verdict of a food review, not a gripe beside it (dev rows: 味道一般 in 127
  // of 135 delivery reviews is negative), so it outweighs fast delivery.
  [-2.5, '味道一般 口味一般 菜品一般 饭菜一般 菜一般 口感一般 味道很一般 口味很一般 味道太一般'],
]
