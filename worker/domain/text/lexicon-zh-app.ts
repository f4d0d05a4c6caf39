// Chinese words of app and software feedback, and the internet slang people write it in, written
// for this project (the review list, lexicon-zh-reviews.ts, was read from hotels and food delivery).
// Same valence scale as lexicon-zh.ts. Merged before the review list, so a word both lists hold
// keeps the valence the review list set on its dev rows.
/** Leaving for a rival, as lexicon-en.ts's EN_LEAVING_PHRASES (已经换成问卷星了，便宜很多). */
export const ZH_LEAVING_WORDS = ['携号转网', '转了去', '换了别的', '换成别的', '换了其他', '考虑换', '准备换', '换别的', '已经换成', '已经换到', '已经改用', '已经转用', '已经换了',
  '换了更便宜', '换了个更便宜', '换成更便宜', '找到更便宜', '找了更便宜', '找到更好', '找到了更好', '换了别家', '换别家', '换成别家', '去别家', '已经换回', '换回了', '换过去', '就换过去了', '迁走了', '全面转', '全面换成', '全面切换', '已经迁走', '决定换', '公司决定换', '准备全换', '打算全换', '打算换', '已经换']

/** A rival named in a clause: what the clause praises is the rival's, so a complaint about us (别家同样的功能便宜一半). */
export const ZH_RIVAL_WORDS = ['别家', '其他家', '别的平台', '其他平台', '隔壁家', '别人家', '另一家', '竞品', '别的软件', '别的工具', '人家', '人们']

export const ZH_APP_GROUPS: [number, string][] = [
  // Intuitive and smooth, as Taiwan writes them (介面很直覺，操作起來很順); 顺 alone is also 顺便, 顺序, 顺丰.
  [2, '直觉 很直觉 很顺 超顺 挺顺 蛮顺 好顺 安心'],
  // Accounts frozen, video buffering, a support bot that is only for show.
  // (摆设 alone is a room's furnishings.)
  [-2, '冻结 被冻结 一直缓冲 老是缓冲 总是缓冲 缓冲半天 就是个摆设 成了摆设 只是摆设 纯属摆设 形同虚设'],
  [-1, '缓冲 翻来覆去 会卡 偶尔卡 偶尔会卡 有时候卡 卡一下'],
  // Crashes, freezes, loading and connection failures.
  [-2, '闪退 老闪退 一直闪退 崩溃 崩了 老崩 又崩 死机 黑屏 白屏 闪屏 花屏 无响应 没反应 没有反应 失灵 报错 出错 故障 ' +
    '打不开 登不上 登录不上 登不进去 进不去 连不上 掉线 断线 转圈 转圈圈 加载不出来 加载失败 加载不了 刷不出来 同步失败 ' +
    '耗电 费电 耗电快 发烫 不稳定 不流畅 不灵敏 迟钝 反应慢 延迟高 丢数据 数据丢失 丢失 不兼容 漏洞 ' +
    // 卡 alone is a card; lagging is said with how often or how much (经常卡, 卡死).
    '好几秒 十几秒 几十秒 都要等 经常卡 总是卡 老是卡 很卡 太卡 好卡 特别卡 非常卡 超卡 真卡 巨卡 贼卡 挺卡 卡爆 卡死 卡得 一直卡 越来越卡 有点卡'],
  // Clutter, confusion and nagging.
  [-2, '广告多 广告太多 弹窗 弹广告 开屏广告 很乱 太乱 杂乱 混乱 繁琐 太复杂 反人类 不人性化 不友好 不直观 找不到 找半天 找了半天 找了好久 ' +
    '鸡肋 臃肿 骚扰 推送太多 消息太多 短信太多 诱导 套路 强制 捆绑 难以使用 上手难 学不会 看不懂'],
  // Money: renewals and charges the customer did not expect, a charge without notice (没提醒就扣费了),
  // an outrageous price (离谱).
  [-2, '没提醒 没有提醒 不提醒 没通知 没有通知 离谱 太离谱'],
  [-2, '自动续费 乱扣费 乱扣 多扣 扣了两次 重复扣费 吃相难看 割韭菜 圈钱 智商税 太坑 坑钱 退款难 无法退款 无法注销 注销不了 取消不了'],
  // Support that does not answer, or cannot solve anything (解决不了).
  [-2, '对牛弹琴 鸡同鸭讲 解决不了 搞不定 不回复 没回复 没人回复 不回消息 石沉大海 不处理 踢皮球 机器人客服 转人工 找不到人工'],
  // Slang verdicts.
  [-2, '无力吐槽 拉胯 拉垮 踩雷 避雷 翻车 坑爹 糟心 心累 烦人 烦死了 很烦 膈应 辣鸡 垃圾软件 劝退 弃了 宕机 当机 藏得太深 营销短信 营销邮件 垃圾短信 垃圾邮件 卸载 卸了 已卸载 删了 不再用 再也不用 越改越差 越改越烂 越更新越差 越来越差 越来越烂 一点也不准 一点都不准 越来越难用 退步了 退订 退订了 取消订阅 不续费 不想续费'],
  [-1, '有待提升 烦 吐槽 难以 影响使用 影响体验 影响工作 尽快修复 赶紧修复 早点修复 频繁 太频繁 多余 乱了 乱的 乱码 犹豫 太深'],
  // Price rises, waits for a reply, interruptions, weak features, looking elsewhere.
  [-2, '难上手 不好上手 费劲 很费劲 功能太简单 功能太少 涨价 又涨价 涨价了 涨得太快 涨太快 涨得快 涨得太多 涨了不少 打扰 太弱 很弱 太少了 太多了 ' + ZH_LEAVING_WORDS.join(' ')],
  [-1.5, '才回复 好几天才 几天才 一个月才 两个月才 半个月才 一周才 两周才 一个星期才 要等好久'],
  // Too narrow a feature set.
  [-1.5, '太单一 功能单一'],
  // A connection that keeps dropping.
  [-2, '经常断 老是断 总是断 动不动就断 限流 被限流'],
  // Urgency asks for a fix ('希望能尽快修复'), it does not praise speed.
  [-0.5, '尽快 赶紧 抓紧'],
  [3, '用了就回不去 用过就回不去 绝绝子 太牛了 神级 吹爆 强推 墙裂推荐 必备 装机必备 离不开 不能没有 没什么可挑剔 挑不出毛病 大大提高'],
  // "Much better" holds 太多了 ("too many"): 好太多了 is praise.
  [3, '好太多 好太多了 强太多 强太多了'],
  [2, '好多了 好很多 强多了 提高效率 提升效率 提高了效率 提高了工作效率 效率提高 效率提升 全面 没毛病'],
  [2, '挺容易的 蛮容易的 一次就过了 丝滑 很丝滑 实用 很实用 太实用 好使 顺手 上手快 容易上手 一目了然 简洁 美观 精美 人性化 省心 省事 省时 省时间 强大 功能强大 ' +
    '良心软件 秒回 回复快 回复及时 响应快 响应及时 解决了 无广告 没有广告 不卡 流畅多了 进步 越来越好 越做越好'],
  // Work that got done (问题解决了, 一键搞定, 很顺利); denied, it is a complaint (不解决问题, 没搞定).
  [2, '准确 精准 很准 挺准 超准 该有的都有 该有的功能都有 毫不犹豫 解决 搞定 一键 顺利 很顺利 清楚 节省 节约 提升 明显提升 很稳 挺稳 超稳 小而美'],
  // Worth what it costs, and staying on: 回本, 价格公道, 没有隐藏收费, 正是我们需要, 明年继续用.
  [2, '回本 公道 价格公道 没有隐藏收费 没有隐形收费 无隐藏收费 正是我们需要 正是我需要 正合我意 继续用 继续使用 明年继续'],
  // Survey slang: praise (体验拉满, 闭眼入, 稳如老狗, 有问必答, 不踩雷) and complaint (更卡, 花钱买罪受, 低于预期).
  [3, '再也离不开 闭眼入 闭眼买 稳如老狗 相见恨晚 早知道早点买 早知道早点用 早就该买 早就该用 早该买 早该用'],
  [2, '拉满 体验拉满 有问必答 价格透明 收费透明 不踩雷 没踩雷 没有踩雷 省了不少 省了很多 省了好多 省太多 省太多了 省很多 省多了 省好多 节省了 退款很快 很快退款 退款及时 及时退款 秒退款'],
  [-2, '更卡 变卡 低于预期 不如预期 花钱买罪受'],
  // 挺好用 is 挺 + 好用, not 挺好 + 用; nothing to pick at and 不为过 ("no overstatement") are praise;
  // a learning cost too high, being treated badly for one's money, a single merit, a "smart" thing that is dumb complaints.
  [2, '挺好用 蛮好用 还挺好用 没什么可挑的 没什么可挑剔的 没啥可挑的 不为过'],
  [-2, '学习成本高 学习成本太高 学习成本很高 门槛太高 门槛高 受气 没别的优点 没有别的优点 没什么优点 很笨 太笨 真笨 好笨 笨死了'],
  // Queues that never end, blank pages, messages by the dozen (轰炸: bombarded), a video or wait too long.
  [-2, '永远排队 一直排队 排队很久 排了很久 空白页 一片空白 轰炸 好几封 太长 太长了'],
  // More accurate than people (比人工还准); sorted into the wrong class.
  [2, '还准 更准'],
  [-2, '分错 识别错 分类错 归错'],
  // A release that fixed a fault is praise (这个版本修复了卡顿), like English "fixed the crash"; a battery that drains fast is no speed.
  [2, ['修复了', '修好了', '解决了', '优化了'].flatMap((fix) => ['卡顿', '闪退', '故障', '崩溃', '掉线', '耗电'].map((fault) => fix + fault)).join(' ')],
  [-2, '耗电太快 耗电很快 耗电特别快 掉电快 掉电太快 掉电很快 中断 单独收费 另外收费 额外收费'],
  // B2B answers: a must-read report, a customer kept, a decision that was right; clicks upon clicks, a template reply, a layout in pieces.
  // Words that hold 准了 and 说不好 without meaning them (标准了 "standard", 说不好意思 "says sorry").
  [0, '标准 水准 说不好意思'],
  [2, '必看 留住了 挽回了 没人吐槽 不吐槽 准了 终于准了 能看懂 也能看懂 对的决定 最对的 正确的决定 明智的决定 最正确'],
  [-2, '多点好几下 点好几下 点好多下 要点很多下 回了个模板 模板回复 复制粘贴的 根本没看 看都没看 全乱了 排版乱 排版错乱 乱掉了'],
  // Features named after praise words: a recommendation feed is no recommendation (智能推荐不准), the Pro edition no praise.
  [0, '专业版 智能推荐 推荐算法 推荐内容 推荐的内容 首页推荐 为你推荐 猜你喜欢'],
  // Hearing the neighbours clearly is thin walls, not clarity.
  [-1, '听得很清楚 听得清楚 听的很清楚 听的清楚 听得一清二楚 听得清清楚楚'],
  // Plenty to choose from is praise (选择很多, 红包挺多); a coupon pushed is a thing, no bargain; Cantonese 好似 is "like".
  [2, '选择很多 选择多 选择挺多 选择也多 种类多 种类很多 种类齐全 品种多 品种齐全 红包多 红包挺多 红包很多 挺全 都挺全 很齐全'],
  [0, '优惠券 好似 设好 设置好 设好的 好歹 快些退 快点退 加载好 等它加载好 等加载好'],
  // Charged twice (扣了我两次钱), a fee too high, a rhetorical "who can stand it", docs like a book of riddles, bots, throttling, a phone hot enough to fry an egg.
  [-2, '扣了我两次 扣我两次 扣了两次钱 运费太高 配送费太高 谁顶得住 谁受得了 天书 都是机器人 全是机器人 一半是机器人 限速 这都什么年代了 烫得能煎蛋 烫得 太绕了 太绕 很绕 是死的 死了一半 化成水 广告短信 骚扰短信'],
  [-1, '运费高'],
  [2, '吊打 挺智能 很智能 真的顶 就给退款了 就退款了 看得懂 循序渐进 种类挺多'],
  // Out of sync, charged the old plan's price, a face not recognised, a bot that cannot follow, lessons too fast, charging for everything, "where is the advantage?".
  [-2, '尴尬死 全是优惠 又自动打开 一弹好几页 每次登录都弹 都要扣 都什么年代了 拖了一周 差点放弃 离晒谱 加价 等得起吗 都不用了 跟诈骗一样 像诈骗'],
  [-1.5, '还是原价 推荐我开会员 老给我推荐 才到 你们只能'],
  [-2, '只会说 惊喜感为零 真是谢谢你们了 默认勾上 操作不了 照样推 还照样推'],
  [2, '再也不用一个个 再也不用手动 再也不用熬夜 再也不用排队 再也不用担心 心里有数 终于能用了 超有心 好有心 很有心'],
  [0, '不好意思'],
  [2, '直接帮我重新 一直用着 很灵 没得顶 真用心了 真的很用心'],
  [-2, '越更越好呢 真是越更越好'],
  [-2, '不同步 一直被收 识别不了 听不懂 进度太快 跟不上 都要收费 优势在哪 到底在哪'],
  // 已经换了 is leaving, 已经换了三杯 points redeemed.
  [0, '已经换了一 已经换了两 已经换了三 已经换了几 已经换了好几'],
  // A fee that rose or bit (年费涨了有点肉疼), value falling, rules hidden, a reply pasted, a device offline, a fix demanded first.
  [-2, '性价比越来越低 值越来越低 越来越不值 藏得那么深 藏得这么深 藏得很深 藏得太深 谁看得到 扣了一半 只会复制粘贴 复制粘贴 回答都一样 回复都一样 老是离线 总是离线 突然离线 自动离线 离线了 就离线 常常离线 经常离线 不会动 修好再说 先修好 这也叫 也配叫'],
  [2, '功能很完整 功能完整 很完整 功能够用'],
  // Asked what sense it makes, a complaint; 讲极都唔明 "doesn't get it however often told" (Cantonese, read as 不明); 又双叒叕 "yet again and again".
  [-2, '什么道理 哪门子道理 讲极都不明 又双叒叕'],
  // A rival left for (迁走了, 决定换), bots and throttles; opening instantly, the app used most, daily use, a replacement sent at once praise.
  [-2, '叫我升级 让我升级 催我升级 全没了 隔几天就掉 掉一次 卡到不行'],
  [2, '秒开 从来没这么快过 最常用 每天都在用 直接补发 一句废话都没有 质量很高 质量高'],
  // Paid for nothing (交了个寂寞), "who would dare use it", "are you serious?", Cantonese 搞咩 ("what are you playing at");
  // ads everywhere, a product grown commercial, a fob-off, a screen gone black, a crash on the dot.
  // Notifications turned off in protest, an order gone, canned replies, a price raised again; generous (佛心), good value (抵玩), quick hands.
  [-2, '谁受的了 通知已关 关了通知 熄晒通知 消失了 不见了 做错 常常做错 弄错 罐头讯息 罐头回复 罐头回覆 罐头信 像天书 抢钱 转好久 转很久 要转好久 又加价'],
  [2, '佛心 很佛心 好快手 抵玩 终于修好 温柔 很温柔 新净 未试过甩辘 没试过甩辘 没那么怕'],
  [-2, '成日弹出 谁设计的 平过你 有啥用 有什么用 有乜用 还好意思 有病吧 甩线 好嬲 嬲死 等于没用'],
  [-1.5, '快赶上 都赶上 肉疼 到一半断 由头来过 重新来过'],
  [-2, '没理由留下 没理由再来 没理由续 卡在 白剪了 白弄了 白忙 步骤多 步骤太多 步骤繁琐'],
  [-2, '秒开屏广告 秒开屏 复读机 转了三个人 转了好几个人 转了几个人 开屏广告 跳不过去 谁负责 一直飘 根本没东西 接不到单 没理由不转 闪腿'],
  [-1.5, '绕了三圈 绕了好几圈'],
  [2, '老人也会用 算抵 没嫌烦 不嫌烦'],
  [1.5, '一分钟不到 不到一分钟 就弄好了'],
  // A rival quicker or better than us, in Cantonese (快过你哋), as 平过你; "where were you earlier" (早干嘛去了), "on purpose?".
  [-2, '快过你 好过你 抵过你 方便过你 好用过你 稳定过你 早干嘛去了 早干什么去了 早做什么去了 是故意的吗 是故意的吧 故意的吧 乱跳'],
  // A charge cut off (自己断掉), struck dumb (傻眼), forced to upgrade (都要升级), a rival free (免费都能), tacky (老土), a report too thin,
  // sales calls, a double charge, a refund still not come (还没下来); the map more accurate, paying without stopping.
  [-2, '断掉 自己断掉 傻眼 都要升级 免费都能 老土 写得太简单 销售电话 推销电话 推销短信 短信推销 简讯推销 推销简讯 重复扣款 还没下来 在也不用'],
  [2, '准多了 准确多了 准了很多 无感支付'],
  // Stored value (储值) is no worth; 也不用了 is no "no need any more" (an offer turned down, 五折也不用了, is
  // no verdict: ZH_NO_VERDICT_WORDS in lexicon-zh-general.ts).
  [0, '储值 无感 也不用了'],
  // Harmed by it (害我被扣薪), a punch not recorded, asked to wait again, reminded how many times; a member's ad popping up.
  [-2, '害我 没记录到 没有记录到 扣薪 提醒我几次 会员广告 弹个广告'],
  [-1.5, '让我再等 叫我再等'],
  // Done in seconds (十几秒就帮我), a bot that understood after all.
  [2, '十几秒就 几秒就 居然听懂'],
  // Confusing (有点迷), two more taps each time, "is that really necessary?" (至于吗).
  [-1.5, '有点迷 多点两下 多点一下'],
  [-2, '至于吗 学会耐心 练出耐心'],
  // Leaving a game (不玩了): the act of leaving, a verdict only beside a reason that blames us.
  [-1, '不玩了'],
  // Simpler than before, the text big enough to read.
  [2, '简单多了 看得清 字也大 效率真高 推推 正呀'],
  // Renewing again (再续一年).
  [2, '再续一年 续多一年 再续一个月'],
  [-2, '套娃 另外付钱 都没你们贵 没你们贵 有必要吗'],
  [-1.5, '被转接 转接了 要打三次'],
  [2, '没甩过 稳阵'],
  [1.5, '平过'],
  [-1.5, '还要自己 还得自己'],
  // Cups redeemed, not a switch (已经换了五杯).
  [0, '已经换了五 已经换了两 已经换了三 已经换了几 很小白 小白'],
  // Who would use it, why use yours (手续费比虾皮还高，谁要用啊); a connection that keeps dropping (投屏老断); "worth this price?"
  [2, '很强 挺强 蛮强 超强 功能强'],
  [-2, '谁要用 谁会用 为啥要用你们 为什么要用你们 凭什么要用 老断 总断 老是断 经常断 一直断 断断续续 对得起这价格吗 对得起这个价吗 对得起这价吗 值这个价吗 值这个价钱吗'],
  [-2, '个寂寞 谁还敢用 谁敢用 还敢用吗 是认真的吗 认真的吗 搞咩 搞乜 搞什么 全是广告 都是广告 越来越商业化 太商业化 商业化 一句话打发 打发我 敷衍我 黑掉 准时崩 一到点就崩'],
  // A step fewer (下单少了一步), nothing to pick at at this price, Cantonese 正 said whole (好正, 正到爆).
  // Words that hold 别 ("don't") without denying anything (语音识别, 区别, 级别), and a refund not asked back (没让我寄回).
  [0, '识别 区别 告别 分别 级别 类别 性别 辨别 鉴别 个别 没让我 开好了'],
  // The elderly (老人家) are no "old" complaint, a fast charger (快叉, 快充) no speed.
  [0, '老人家 老人 快叉 快充'],
  // Short-video, charging, bike-share and job-app answers: "can't hold it" (蚌埠住了), a wait for nothing (白等), a job board
  // toying with you (耍人玩), "like hell" (你个头), "bye" (拜拜了您, 掰), who can afford it (谁骑得起), charging for everything (都要付费).
  [-2, '蚌埠住了 绷不住了 白等 耍人 耍人玩 你个头 拜拜了您 告辞 涨成这样 谁骑得起 谁用得起 谁买得起 谁付得起 太夸张 太夸张了 直接崩 就崩 崩 登入不到 登入不了 登录不到 成日坏 经常坏 老是坏 总是坏'],
  [-1.5, '掰 掰掰 都要付费 一天推送 一天推播 麻麻'],
  // A card that would not swipe (刷不过 holds 不过, "but"), an awkward moment; a convenience store is no convenience.
  [-2, '刷不过 刷不了 超尴尬'],
  [0, '便利商店 便利店'],
  // Save offers taken (那我留下了, 不走了, 可以可以, 换年付); asking whether it will charge (会自动扣费吗, 會唔會自動再扣錢).
  [2, '那我留下 我就留下 我先留下 不走了 可以可以 换年付 改年付'],
  // 有没有 asks; these ask nothing ("are you kidding me?", "is anyone in charge?", "is this reasonable?").
  [-3, '有没有搞错'],
  [-2, '有没有人管 有没有人理 有没有人回 合理吗 公平吗 像话吗'],
  [0, '多久 一般多久 会自动扣费吗 会不会自动 会不会扣 会不会再扣 还会扣费吗 会扣费吗 会扣钱吗'],
  // Paid for nothing (白交了), stingier rewards, "what's the point" (有啥意思), "who can wait that long", charging the one thing
  // done on time, everything else slow, records all gone (冇晒), disheartened (心淡), "don't … again" (唔好再), none solved.
  [-2, '白交 白交了 越来越抠 有啥意思 有什么意思 谁等得了 谁等得起 什么都慢 其他都慢 没晒 心淡 没办法恢复 无法恢复 一个都没解决 都没解决'],
  [0, '抠图 抠得 抠出 抠像'],
  // B2B answers: invoices written wrong, finance going mad, treated as a sucker (水鱼), a bug fix wanted while memory runs out,
  // transferred and retelling; a sincere renewal offer, nothing major wrong praise.
  [-2, '开错 写错 快疯了 水鱼 当我们水鱼 很吃内存 很吃记忆体 吃记忆体 被系统杀掉 重讲 都要重讲 被转了 偶尔会当 会当掉'],
  // Phone, rental and delivery answers: a battery that drains fast, text shrunk, photos unlike the flat.
  [-2, '掉得飞快 电掉得飞快 字变好小 字变小 根本看不到 两回事 完全两回事'],
  [-1.5, '不适用'],
  [2, '下次再用 下次还用'],
  [2, '很有诚意 有诚意 没啥大毛病 没什么大毛病 主动帮我们'],
  [-1.5, '抠 扣款很准时 扣钱很准时 扣费很准时 扣款倒是很准时 不好再 要改善'],
  // Nothing went wrong (没出过岔子, 没啥毛病), easy to pick up, Cantonese 冇得彈 ("beyond reproach") and 好嘢 ("great!"), five stars owed.
  [2, '没出过岔子 没出岔子 没啥毛病 没什么毛病 好上手 没得弹 好嘢 必须五星 必须给五星'],
  // Waits said with "over" (等超过15分钟), a queue for half a day; watching offline is a feature, no fault.
  [-1.5, '等超过 等了超过 要等超过 排半天 排了半天'],
  [0, '离线看 离线下载 离线播放 离线使用 离线观看 离线缓存 离线模式 离线功能 离线版 离线听'],
  [2, '少了一步 少一步 少了几步 步骤少了 没啥好挑 没什么好挑 挑不出什么 好正 正到爆 正到不得了'],
  // Read from h75 once scored: peace of mind, a lowball offer, switched to a rival, "bought thin air" (买了个寂寞),
  // "does whoever changed this use it?", Cantonese "why change it" (改咩); whenever there is a problem (有问题都秒回) is no fault.
  [2, '踏实多了 心里踏实'],
  [-2, '压价 太狠了 转投 续个啥 自己有在用吗 自己有用过吗 改咩'],
  [-3, '买了个寂寞'],
  [0, '有问题都 有问题就'],
  // Read from h79 once scored: renewing when asked (帮我续), goodwill up (好感度), a price difference (差价, not 差), staff who
  // called first; money wasted (花得真冤), charged in full for nothing (扣得一分不少), calls dropping again and again,
  // prices raised at will (说涨就涨, 从10块涨到15), "how would the elderly use it" (Cantonese 点识用), irrelevant results.
  [2, '帮我续 那就续 续半年 续一年 效率可以 效率挺高 效率很高 主动打电话帮 主动帮我'],
  [1.5, '好感度 还补了 补了张券 补了一张券'],
  [-2, '好感度下降 好感度降 好感全无 好感度全无'],
  [0, '差价 有人取消 病好了 是不是有点 是不是太'],
  [-2.5, '花得冤 花得真冤 花得好冤 花得太冤 冤枉钱'],
  [-2, '扣得一分不少 收得一分不少 倒是扣得 断三次 断两次 断了三次 断了两次 断好几次 断了好几次 又断 就断 块涨到 元涨到 说涨就涨 说改就改 说变就变 说停就停 说删就删 说扣就扣 点识用 不相关的 不相干的'],
  [-1.5, '再也没 再也没有 以后再也没 错过'],
  // Read from h92 once scored: scheduling that bends (排课灵活), "what do we need you for" (要你们干嘛), reviews one dare not trust.
  [1.5, '灵活 很灵活 挺灵活 蛮灵活'],
  [-2, '要你们干嘛 要你们何用 要你何用 要你们有什么用 要你们干什么 要你干嘛'],
  [-1.5, '不太敢信 不敢信 不太信 信不过'],
  // Read from h95: 凭什么 ending a comparison with a rival, money not arrived, a wrong order put right at once, five stars given,
  // Cantonese much better (好好多), the child finally willing.
  [-2, '凭什么 还没到账 没到账 还没到帐'],
  [2, '重新安排 马上重新安排 补发了 送了张券 送了一张券 好好多 终于肯'],
  [3, '给个五星 给五星 五星好评'],
  // Read from h98: drops every few days, "you call this X?", a wrong payroll sum, quitting a hobby, a pet sick (no fault of ours),
  // fewer business trips, the first time this smooth, a sensor's false alarm (其实人家好好的).
  [-1.5, '还是直接'],
  [-2, '三天两头断 老是断 经常断 总是断 一直断 动不动就断 全程卡 管这叫 算错 算错了'],
  [-2.5, '真是谢谢你们 真是谢谢你们喔 真是谢谢你们啊'],
  [0, '退坑 退坑了 少了出差 出差少了 推荐菜 人家好好的 猫吐 狗吐'],
  [2, '这么顺 这么顺利'],
  // Read from h101: drops and re-pairing, a download that will not play, cheaper by a lot, hard to follow, less queueing,
  // a price gone from one figure to another, a voice warped at speed, a fault re-sent (补送了), chores and old estates.
  [-2, '断线 三不五时就断 要重新配对 播不了 贵了不少 贵不少 难懂 很难懂 从几涨到 涨到几 变调 会变调 漏发'],
  [-1.5, '哪会弄 还得单独'],
  [2, '少排了 少排 少等了 少跑 都能用'],
  // Remedies as units of their own, so the remedy check (sentiment-remedy.ts) reads them; their praise is what follows.
  [0, '补送了 补寄了 退回来了'],
  [0, '下载好的 下载好 安装好 装好的 设置好 设好 准备好 存好 有没 倒垃圾 扔垃圾 丢垃圾 老小区 三不五时'],
  // Read from h104: accurate, new, easy on the eye, found at once; a gap plain to see, who still uses you, gold to eat,
  // stuck as soon as, can't see, can't afford, a messy page, a dozen tries; sugar-free and old estates say nothing.
  [2, '蛮准 超准 很新 挺新 顺眼多了 一下就找到 一下就能找到 服气 这点服气'],
  [1.5, '顺眼'],
  [-2, '差距太明显 差距太大 就卡 就卡了 看不清 负担不起 负担不了 好乱 很乱 太乱 是金子吗 金子做的 再也不来了 在也不来了 好几次才 了十几次'],
  [-2.5, '谁还用你们 谁还用'],
  [-1.5, '你们才'],
  [-1, '懂的都懂'],
  [0, '无糖 无糖的 免费返修 安排免费返修'],
  // Read from h107: minutes to load, ironed flat, a saviour, accurate, complete, ridiculous (扯), hidden deep, clickbait,
  // must be praised, it is 2024 already, typed in one by one; 好高 only measures; re-sent and reprinted (remedies).
  [-2, '成分钟 加载半分钟 加载一分钟 加载好久 藏那么深 藏这么深 藏得那么深 藏得很深 藏太深 谁找得到 标题党 很扯 有点扯 太扯 超扯'],
  [-1.5, '一笔笔 手输'],
  [2, '平整 很平整 救星 满准 挺准 很准 很完整 满完整 蛮完整 挺完整 功能完整 二话不说'],
  [2.5, '必须夸 这点必须夸'],
  [0, '烫得 好高 直接补发 补发 重新补印 补印 主动打电话'],
  // Read from h110: dozens a day, where to turn it off, two rises in half a year, never said before, only one device, no
  // password asked, can't unsubscribe, mistranslated; taught in detail, learned within a week, spot on, all thanks to it, lively.
  [-2, '一天几十条 一天几十个 涨两次价 涨了两次价 涨两次 之前都没讲过 事先没说 之前没说 只好退了 连密码都不用 退不掉 翻错 老翻错 你们要收钱'],
  [-1.5, '在哪关 只能一台'],
  [2, '讲得很细 就学会 全靠它 挺活跃 很活跃'],
  [3, '神准'],
  [0, '专业词 半价也 基本不听 派人补上 补上了'],
  // Read from h113: free ones better, filters for show, give me the old version back, touching (slow) speed, still
  // under review, cheaper than you, broken bottles, did you even look; diverse, clever, not afraid, likes to eat, five stars.
  [-2, '要在你们这买 都比这强 是摆设 还我旧版 速度感人 还在审核 都比你便宜 都比你们便宜 碎了 到底有没有 很机车'],
  [-1.5, '有什么差别 还要拍 明明选了 好不容易'],
  [2, '很多元 聪明 很聪明 钟意食'],
  [1.5, '也不怕'],
  [2.5, '五粒星 给五粒星'],
  [0, '软体 过敏原 花生过敏 不要太苦 远程给开了 给开了'],
]
