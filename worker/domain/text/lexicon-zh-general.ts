// Chinese words of feeling and of goods' quality that any feedback may use, beyond hotels, food
// delivery and apps: how people say they were moved, bored, cheated or delighted, and how they
// judge what they bought. Written for this project. Same valence scale as lexicon-zh.ts; merged
// first, so the review and app lists, read from their own rows, keep their valences.
import { EXONERATING } from './sentiment-words.ts'

/** "Hard to say", "no use for it": a comment that says there is no verdict to give (see Unit.noVerdict). */
export const ZH_NO_VERDICT_WORDS = [
  // Out of money, transferred by an employer.
  '没钱了', '调职', '调岗', '工作调动', '调回老家',
  '老细话', '老板话', '老板说不续', '公司不续', '可以考虑', '统一走', '公司差旅', '全面居家', '只是好奇', '老板定的', '手头紧', '做了手术', '医生不让', '回去上班', '分手了', '没必要了', '等你们覆盖',
  // Gone abroad or away, the shop shut, rarely used, a pause taken as offered (先这样吧): the customer's own reasons.
  '出国了', '移民', '门店关了', '店关了', '搬去外地', '搬去', '很少在用', '很少用', '用不着', '没必要续', '不使再续', '先这样',
  // A decision made above the writer (公司统一买了企业版), nothing to add in Cantonese (冇嘢补充, read as 没嘢).
  '没时间玩', '没时间', '没时间上', '以后有空', '还没买', '先看看', '暂时未有需要', '暂时没有需要', '未有需要', '换城市', '出国念书', '出国读书', '没空玩', '公司统一买', '已入职', '换工作了', '先不续了', '先暂停', '最近比较忙', '预算还没批', '老板拍板', '等老板', '母公司', '统一采用', '结业', '迟些先算',
  // A gripe about the survey itself (问卷太长了) is no verdict on the product.
  '问卷太长', '问卷也太长', '这份问卷', '这个问卷', '第几题了', '题目太多',
  // Exit answers: using it less, no time, someone at home already pays, not our fault (不是你们的问题), moved back.
  '最近不怎么', '比较少用', '最近比较少用', '没什么时间', '没乜时间', '没时间看', '而家不使用', '现在不使用', '现在不用了', '已经有人订', '共用就好', '搬回', '公司统一采购', '统一采购', '统一买了', '公司要求', '公司安排', '没嘢补充', '没嘢讲', '没嘢要讲', '没乜嘢', '不好说', '说不好', '还说不好', '不好评价', '不好判断', '用不上', '用不到', '还没开始用', '还没用', '还没试', '还没来得及用', '再来评价', '再评价', '再来追评', '再追评', '用了再说', '还没什么感觉', '暂时没什么感觉', '没什么感觉', '还没感觉', '还看不出',
  // Sold already, nothing else to sell for now, exam taken, no particular reason (二手回收, 题库 exits).
  '已经卖掉了', '已经卖了', '暂时没别的', '暂时没有别的', '暂时没嘢', '考完试', '不使再用', '没有特别原因', '没有特别的原因', '没什么特别原因',
  // Exit reasons that are no fault of the product.
  '预算冻结', '没有预算', '没预算', '预算削减', '离职了', '离职', '业务调整', '项目结束', '公司倒闭', '公司关闭', '不再需要', '不需要了', '用不着了',
  // Nothing to say, not needed for now, moved abroad (Cantonese too): no verdict.
  '没什么想说的', '没什么要说的', '没啥想说的', '暂时不需要', '暂时用不上', '暂时不用', '搬了', '公司裁员', '所以不续了', '所以不续约', '暂时想不到', '说不上好坏', '说不上', '先不玩了', '行情不好', '怀孕了', '生完再说', '先不买了', '没有了', '搬回去', '没咩意见', '未用过', '就是拿来', '拿来看看', '找到工作了', '找到全职', '暂时不接单', '没去旅行', '所以没续', '还没怎么用', '没什么特别意见', '没什么意见', '被收购了', '公司被收购', '本身没关系', '居家办公', '在家办公', '公司收掉', '还在观望', '观望中', '主要拿来', '主要用来', '孩子刚出生', '根本没时间', '搬家了', '不在配送范围', '超出配送范围', '最近太忙', '没时间用', '毕业了', '搬去国外', '去外国', '不用了',
  // The firm or shop gone, a pet rehomed, costs cut, "no particular opinion", one's own memory (猫的三联老记不住).
  '公司没了', '不需要工位', '店面转让', '转让了', '送养', '缩减开支', '削减开支', '没乜意见', '没有什么意见', '没意见', '记不住',
  // The boss would not sign off (老細唔批), "no way" in Cantonese (冇計), the child no longer wants to learn.
  '老细不批', '老板不批', '没计', '不想学了',
  // Read from h107: nobody home, an elder in hospital, a doctor's advice, a pause taken, more tea than one drinks, back to excel.
  '没人在家', '没人在屋企', '也用不上', '摆不落', '暂时不会再买', '住院了', '医生让', '医生说', '那就暂停', '暂停一个月', '饮不切', '喝不完', '喝不完了', '用返', '直接退吧', '少喝茶', '少喝',
  // Read from h104: bought for someone else, the shop closed, no need any more, no exam this year, eating meat again.
  '自己没戴', '铺收了', '间铺收了', '不使再', '今年不考', '不考了', '开始吃肉了', '一年去不到',
  // Read from h101: a child grown out of it, no snow this year, nothing special said of an even match.
  '个仔大了', '个女大了', '孩子长大了', '仔大了', '没乜雪', '没什么雪', '没雪', '没乜特别', '没什么特别', '没啥特别',
  // Read from h95: no income to declare, the child stopping lessons.
  '没有收入', '不用报', '不学了', '不学琴了',
  // Not looked at yet, no view yet, how often it is used, an offer declined, the child boarding (bench/data/neutral).
  '还没看', '还没细看', '还没仔细看', '还没点开', '没点开过', '还没打开', '没打开过', '还没碰', '未试过', '还没试过', '没试过', '没在戴', '没在用', '还没接', '先不评价', '不评价', '没啥想法', '没什么想法',
  '未有什么意见', '未有意见', '没有想买的', '住校了', '人都不住', '不住那边', '专案结束', '其他时间不会', '平常不会', '平时不怎么', '基本不开', '基本不点', '很少登', '很少开', '比较少开', '暂时不练', '不练了', '不使了', '不使补', '暂时不使', '就不要了', '不要了', '没想好', '没感觉', '没什么特别感觉', '没特别感觉', '暂时没有要', '暂时木有要', '有需要再回来', '有需要再来', '有需要再用', '学校不给', '学校不让', '学校不准', '学校禁止', '公司不让', '公司不给', '公司不准', '公司禁止', '单位不让', '老板不让', '家里不让', '老师不让', '没所谓', '没再开过', '是我没', '手机丢了', '手机不见了',
  // Reasons said outright to be no fault of ours (sentiment-words.ts reads them as exonerating).
  ...[...EXONERATING].filter((w) => /\p{Script=Han}/u.test(w)),
]

/** 挂了 followed by a measure word of what was hung (挂了幅画): no crash, for sentiment or topics (挂了两次 is one). */
export const ZH_HUNG_UP = ['挂了幅', '挂了个', '挂了张', '挂了些', '挂了块', '挂了件']

export const ZH_GENERAL_GROUPS: [number, string][] = [
  [3, '百看不厌 爱不释手 值回票价 大爱 超爱 太爱了 名不虚传 超出预期 超乎想象 惊喜连连 好到爆 好看到爆 五体投地 完胜'],
  // Praise that opens with 不 (不可多得的好书: the 不 denies nothing after it).
  [3, '不可多得 不容错过 不忍放下 舍不得放下 欲罢不能 不虚此行 不同凡响 回味无穷 美不胜收'],
  [2, '不可或缺 不可替代 不负众望 不愧是 不能自拔'],
  // Half the price is cheap; doing by hand what a tool should is a gripe (现在只能手动导出).
  [1.5, '半价 一半价格 一半的价格 便宜一半 只要一半 一半的钱'],
  // Passed from one to another, nobody in charge; Cantonese waste (嘥).
  [-2, '踢来踢去 推来推去 踢皮球 互相推诿 推诿 没人负责 没有人负责 嘥时间 嘥钱 嘥气'],
  // Muting it all; no more doing it by hand; a claim that is "really just" something less.
  [-1.5, '全部静音 都静音了 全静音了 静音了 全关了 其实就是 其实只是 无非就是'],
  [2, '终于不用 不用手动 不用再手动'],
  // Live or done in no time (半天就上线了); charging for what was removed; a component that died.
  [1.5, '就上线了 就搞定了 就跑通了 就接好了 就接入了 就用起来了 就上线 就搞定 半天就上线 半天就搞定 一天就上线 一天就搞定 当天就上线 当天就搞定'],
  [-2, '还在收费 还在扣费 还在扣钱 照样收费 继续收费 照样扣费 挂了 挂掉了 崩了'],
  // Something hung up (挂了幅画) did not crash.
  [0, ZH_HUNG_UP.join(' ')],
  [-1.5, '只能手动 全靠手动 都得手动 还得手动 都要手动 全是手动 纯手动'],
  // Too loud is a complaint in any domain.
  [-2, '声音太大 便宜没好货'],
  [2, '感人 动人 惊喜 震撼 治愈 开心 高兴 快乐 幸福 可爱 美好 美丽 帅气 细腻 用心 走心 ' +
    '放心 信赖 正品 精致 精细 耐用 合身 显瘦 柔软 质量好 质量不错 做工好 做工不错 做工精细 难忘 舒心 回购 会回购 继续支持 ' +
    '期待 值得 物流快 发货快 包装好 包装完好 保鲜好 没让我失望 不失望 顺滑 柔顺 结实 好用 耐穿'],
  [-2, '无聊 乏味 枯燥 狗血 拖沓 冗长 失败 讨厌 生气 伤心 难过 痛苦 悲剧 杯具 闹心 心烦 失落 气人 受不了 忍不了 真是够了 ' +
    '假货 山寨 劣质 次品 质量差 质量不好 做工差 做工粗糙 掉色 褪色 起球 开线 开胶 脱胶 掉漆 不合身 划痕 不能用 没法用 ' +
    '痒 过敏 坏点 发烫 过热 失灵 异响 缺页 错别字 盗版 漏电 耗电快 续航差 ' +
    '是假的 绕路 多收 多扣 虚假 夸大 莫名其妙 糊弄 不负责任 毁了 看不下去 想睡觉 睡着了 妈的 他妈 华而不实 不伦不类'],
  [-3, '烂片 负分 浪费时间 浪费钱 名不副实 徒有虚名 忍无可忍 愤怒 智障 弱智 脑残 傻逼 骗钱 再也不买 以后不买了 不会再买'],
  // Words a reviewer also uses in passing: amusement can be sarcastic (最搞笑的是...), a flaw minor.
  // (Not 假的, "fake": it stands inside 度假的, "on holiday".)
  // Thanks fill apologies too (感谢您的反馈); 尴尬 and 真诚 are left out for the same reason.
  [1, '搞笑 好笑 有趣 有意思 经典 感谢 多谢 养成习惯 养成了习惯'],
  // A gripe waved away: 加载慢一点，不过不影响使用.
  [1, '不影响使用 无伤大雅'],
  // How hard it is to learn; everything there (功能很全); asking for a discount is no praise of one.
  [-2, '学习成本高 学习成本较高 上手成本高'],
  [-1, '学习成本有点高 学习成本偏高'],
  [2, '学习成本低 功能全 功能很全 功能齐全 很全'],
  [0, '有优惠吗 有折扣吗 有没有优惠 有没有折扣'],
  // Never went down (用了两年没宕机过).
  [2, '没宕机过 没宕过机 从没宕机 没崩过 没掉过线 没出过错'],
  // Spotless; the whole family on it; asked three times, answered once; a paywall.
  [3, '一尘不染'],
  [2, '全家都在用 全家都用'],
  [-2, '问三句答一句 问十句答一句 问几句答一句'],
  [-1.5, '付费墙'],
  // Dev tools and back offices: servers knocked over, forms filled again, things broken by an update,
  // codes expired, sessions dropped; answers within the hour and hours saved.
  [-2, '打爆 打挂 搞坏 弄坏 已经过期 掉登录 太简陋 过时 报表太简单 毛病不少 问题不少 就是个演示'],
  [-3, '噩梦 恶梦'],
  [-1.5, '不存在了 还没做完'],
  [-1, '一分钱一分货'],
  [-1.5, '重复填 重复输入 重复提交 太基础'],
  [0, '原来好好的'],
  [2, '一个小时内 一小时内 小时内就 分钟内就 省了好几个小时 省了很多时间 省了不少时间 省了好多时间 省了一下午 只用了十分钟 只用了几分钟 只花了十分钟 只花了几分钟 定价透明 扎实'],
  [2, '神速'],
  // Service and quality words any review uses: slack, blame-shifting and cheapness; deftness, kindness and ease.
  [-2, '业余 奇葩 黑心 粗制滥造 短斤缺两 平庸 绝望 揪心 寒心 惊吓 抓狂 暴躁 火大 恼火 憋屈 委屈 迟缓 滞后 拖延 拖拉 磨蹭 低效 马虎 推诿 甩锅 粗暴'],
  [-1, '廉价 疲惫 低端'],
  [0, '拖拉机'],
  [2, '崭新 货真价实 庆幸 顺心 麻利 利索 友善 和蔼 轻松'],
  [1, '有序 规范 高端'],
  // Posts: laughing till it hurts is delight (笑死我了), luck overflowing praise; a heavy heart and shattered values complaints.
  [2, '笑死我了 笑死了 有才 太有才 爆棚 运气爆棚 美美哒 美滋滋 乐开花 中奖 出去浪'],
  [-2, '沉重 三观尽毁 毁三观 我想静静 心塞'],
  [-1, '色差 偏大 毫无 凑数 瑕疵 粗糙 累 头发'],
  // A fault that is severe (发热严重, 掉色严重): 严重 follows what it grades.
  [-1.5, '严重'],
  [-2, '好累 很累 太累 累死 呜呜 呜呜呜 晕死'],
  // Interjections typed as sounds: sobbing, giggling, wow.
  [-1, '嘤嘤嘤'],
  [1, '嘿嘿'],
  [2, '哇塞'],
  [0, '累计 积累 累积 连累'],
  // "Could be better" is a complaint; "couldn't be better" the highest praise.
  [-1, '还能更好 可以做得更好 还可以更好'],
  [3, '再好不过 没有比这更好 好得不能再好'],
  [2, '名副其实 爱上'],
  [-2, '虚高 蓝屏 推来推去'],
  // Films and shows, as their audiences rate them (尿点: a dull stretch, time for the toilet).
  [3, '神作 封神 年度最佳 无尿点 全程无尿点 佳作 杰作 演技炸裂 笑到肚子疼'],
  [2, '加分 唯美 泪目 催泪 热血 演技在线 节奏紧凑 剧情紧凑 久久不能平静 重新相信'],
  // 久久 is "for a long while", no wait (久久不能平静: moved long after); the trailer was the best of it.
  [0, '久久'],
  // Seeing a film again (二刷, 三刷); beauty (美 after a degree word is read in units.ts).
  [2, '二刷 三刷 四刷 五刷 多刷 绝美 美极了 美美的'],
  [-2, '空洞 生硬 硬伤 出戏 尿点 全程尿点 雷人 尴尬癌 脚趾抠地 毁原着 毁经典 强行煽情 五毛特效 全片精华 全部精华'],
  [-3, '烂尾 狗尾续貂 烂到家'],
  // Everyday posts: tears, breakage, being stood up. (Not 成功, "交易成功", nor 挂了, "挂了幅画".)
  [-2, '哭唧唧 摔碎 头都大了 放鸽子 被放鸽子 过分 太过分 白费 想走'],
  [2, '解放了 解放啦 激动 越看越上头 很上头 太上头 帮了大忙 帮大忙 没有白费 没白费'],
  [-1.5, '心疼 头大'],
  // No objections: mild praise beside a verdict (挺好的，没什么意见); alone it is a non-answer (non-answer.ts).
  [1, '没什么意见 没意见 没有意见 没啥意见'],
  // Cantonese: 好正 and 好靓 are praise, 好抵 worth the money (抵 alone is also 抵达); a long wait, no one answering.
  [2, '好正 好靓 靓 好抵 几抵 抵买 不错 几好 抵用 抵食 推介 值得推介'],
  // "Good to the point of unbearable" (好用到不行) is extreme: the 不行 there denies nothing.
  [0, '到不行'],
  // Who is in charge (负责人, 负责这个的) is no praise of being responsible.
  [0, '负责人 负责这个 负责这块 负责的同事'],
  [-2, '不抵'],
  [-1.5, '好耐 等了好耐 没人覆 没人理 没人回'],
  // Ugly (小丑 is a clown).
  [-2, '丑 丑陋 丑死了'],
  [0, '小丑'],
  // Goods a family keeps coming back to (孩子很爱喝), and milk or tea that tastes as it should.
  [2, '爱喝 爱吃 爱用 爱看 纯正'],
  // Goods that arrive spoiled, near their date or used; a bad one denied (没有一个坏果) is praise.
  [-1.5, '坏'],
  [-2, '坏果 烂果 快过期 快到期 临期 像是二手 像二手 折痕 散架 使用痕迹 绿线 漏光'],
  // Packed tight, not a knock on it.
  [2, '严实 磕碰都没有 没有磕碰 没磕碰 无磕碰'],
  // Goods as pictured or described.
  [2, '和图片一样 图片一模一样 跟图片一样 与图片一致 和描述一样 与描述一致 和描述一致'],
  // Family, not a curse (送给爸妈的: 妈的 stands inside it); "less than" a number is no negator
  // (不到一个月就坏了), where a verb before 不到 still is one (达不到, 吃不到).
  [0, '爸妈 老妈 我妈 姑妈 舅妈 姨妈 大妈 宝妈 不到一 不到两 不到半 不到十 不到二 不到三 不到几'],
  // "Not long" measures time (用了没多久就坏了: the breakage still counts); "hard to say" is no verdict.
  [0, '没几天 没多久 没几次 没两天 没几个月 没用多久 ' + ZH_NO_VERDICT_WORDS.join(' ')],
  // "Within half a day" (半天就全员用起来了) says how soon, not how long a wait was (等了半天).
  [0, '半天就'],
  // Words that end in 生 before 的 without meaning "raw" (生的, of food): 发生的, 学生的.
  // A satisfaction survey or score names the measure, not a verdict (做客户满意度调查).
  [0, '满意度'],
  [0, '发生 产生 学生 先生 医生 出生 人生 花生 一生 天生 女生 男生 考生 新生'],
  // Hong Kong, Taiwan and mainland chat verdicts the lists lacked (好劲, 搞掂, 大推; 很扯, 靠北, 痴线, 白跑一趟);
  // a class or slot booked (约好的课) is no praise.
  [3, '好劲 超劲 大推 顶呱呱 屈机'],
  [2, '搞掂 秒到'],
  [-1.5, '折腾 磨叽'],
  [-2, '不掂 好渣 渣渣 好废 废柴 龟速 很扯 太扯 好扯 超扯 靠北 痴线 黐线 扑街 激气 谷气 嬲 白跑 白跑一趟'],
  [0, '约好 约好的 预约好'],
  // Ads in an app (付了年费还是一堆广告), denied as praise (没有广告); a lone 正 is Cantonese praise; "usually how many days"
  // asks (赎回一般几天到账？); a budget frozen by the boss is no verdict.
  [-1, '广告'],
  // A flooded or crashed car sold as clean, after-sales refused, "so good at business" said of a lowball.
  [-3, '泡水车 事故车'],
  [-2, '不管售后 真会做生意'],
  [-2, '一堆广告'],
  [0, '一般几天 一般几点 一般什么时候 一般要多久 一般要几天 一般多久 一般几个工作日 一般几个工作天 一般多少天 预算被冻结 被老板冻结'],
  // Lag "like a slideshow", a frozen picture, a till down again (又當了), a battery eaten (好食電).
  [-2, '卡成幻灯片 画面定住 画面就定住 又当了 系统当了 当掉了 食电 好食电'],
  // "Very loud" (好大声) is no praise: 好 there is a degree.
  [0, '好大声'],
  // Never dropped (the failure denied), picked up by the next day, no worry about it.
  [2, '从来没断过 从没断过 从来没掉过线 从来没坏过 从来没崩过 从来没出过错 从来没出过问题 就上手了 都不怕'],
  // Fresh produce (生鲜) is a kind of goods, not a verdict on freshness.
  [0, '生鲜'],
  // A save offer turned down (优惠就不用了, 八折就算了) is no praise of the offer; what follows says why (a rival, a
  // price, a move), as with 也不用了 in lexicon-zh-app.ts.
  [0, ['优惠', '折扣', '打折', '挽留券', '五折', '六折', '七折', '八折', '九折'].map((offer) => `${offer}就`).join(' ')],
  // Words holding a verdict word that are none: a friend (你的好友), a time promised or choices made (说好下午四点, 选好的筛选),
  // business travel (差旅), lossless audio (无损), clear to the last item (明明白白: 明明 alone is "plainly, yet").
  [0, '好友 说好 说好的 选好 选好的 差旅 无损 无损音质'],
  [2, '明明白白 清清楚楚 给推 推爆 超爽 很爽 好爽 真爽 也顺 都顺 很详细 挺详细 蛮详细 超详细 太懂 懂我 隔天就收到 隔天就到 第二天就到 第二天就收到 很齐 蛮齐 挺齐 超齐 不累 不费劲 不费力 不用找'],
  // Overcharging denied (没有乱加钱) turns through the negator; money saved (省了小两万); "so accurate it's absurd":
  // 离谱 after a virtue is a degree (准得离谱), after a fault it stays one (贵得离谱).
  [-2, '乱加钱 乱加价 乱收钱 心态崩了 急死人 急死 头都晕 头晕'],
  [1.5, '省了'],
  [3, ['准', '好用', '便宜', '快', '划算', '好吃', '稳', '好听', '清楚'].flatMap((virtue) => [`${virtue}得离谱`, `${virtue}到离谱`]).join(' ')],
  // "Then why wouldn't I use X", "then who do I go to", "they only handle the booking": complaints asked back.
  [-2, '那我为什么不用 那我为何不用 那我找谁 那我该找谁 只负责 送晚 送晚了'],
  // "Tell me first, then I'll think" and "haven't taken it yet" hold no verdict (清楚, 没带).
  [0, '先说清楚 还没带'],
  // Read from h85 once scored: greed shown, a fee in words, a promise eaten, a system too busy, a budget gone, things hidden, a switch.
  [-2, '吃相 玩文字游戏 被狗吃了 系统繁忙 什么鬼 被藏起来 多到癫'],
  [-1.5, '请稍后再试'],
  [0, '值机 预算没了 没预算 功能全被 全面改用'],
  // Read from h89 once scored: gimmicky, a fee that appeared, a manual silent, the third time, calls that go on, a blank
  // screen, a bike billed though locked (锁好 is no 好); worry spared and days saved praise; 有啲烦 (有些烦) complains.
  [-2, '花里胡哨 是哪来的 从哪来的 多出来 一个字都没 第三次了 第四次了 又第三次 一直计费 还在计费 白画面 白屏 每次都这样 每次都这样子 是在哈啰 换个号码 说了好几次 推销'],
  [-1.5, '有些烦 有些慢 只支持'],
  [2, '不用我操心 不用操心'],
  [1.5, '至少省'],
  [0, '锁好 都无所谓'],
]
