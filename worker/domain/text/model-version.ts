// Which feature set a workspace's text model counts were learned under. Counts learned under
// another set cannot be added to or taken back from consistently, so a workspace whose counts are
// of an older version is rebuilt from its comments (worker/services/text-model-rebuild.ts).

/**
 * Bump whenever learningFeatures' output changes (features.ts). History: 1 = English words and
 * pairs, Chinese bigrams, emoji; 2 = plus Chinese trigrams and the rules' verdict (`rule:*`);
 * 3 = the rules' verdict no longer counts a denied event as praise ("don't delay my flight") and
 * reads Spanish, Portuguese, French, German, Italian and Dutch word lists; 4 = French and Italian
 * elisions split ("l'app" is "le" + "app") and those languages' negation, intensifier and contrast
 * rules move the verdict feature; 5 = every common Traditional character maps to Simplified
 * (OpenCC's table), not only our word lists' ones; 6 to 11 = language detection reads more function
 * words, ignores links and handles and lets spelling break ties, and the other languages' rules read
 * "without" as a negation, "too many" and product complaint words ("stürzt", "trava", "demora") as
 * complaints, inflected forms of listed words ("tolle", "perfecta"), and give everyday words ("die",
 * "sito") no sentiment; 12 to 16 = emoticons (XD, ^_^, T_T), emoji codes ([赞], :thumbsup:) and ratings
 * ("10/10") read as emoji, emoji are never negated, Chinese app, slang, feeling, product-quality and
 * NPS words (闪退, 拉胯, 丝滑, 感人, 掉色, 涨价), English ones ("drains", "used to be good", "never had an
 * issue", "can't work without it", "no regrets", a weightier "too", a lukewarm "ok", "like" as a
 * preposition, "rough") and charging words in the other languages move the verdict; 17 = what an
 * order came without (没给, 没送), undercooked food, praise of a rival (比它强多了), 不是盖的, and words
 * that only hold a verdict character (奶油, 足足) move it, mediocre taste (味道一般) weighs more, and
 * a day and month ("on 2/5") or a fraction is no rating; 18 = saying one will not come back
 * (以后不会再点了, "won't be back") is the verdict, whatever praise surrounds it, goods' faults
 * and praise (痒, 坏点, 发热严重, 顺滑) move it, a hair is a complaint only when found (有头发), and
 * so do denied disappointment ("can't complain"), expectations exceeded, wishes ("I wish it worked",
 * 希望能便宜点), a rival that "does this better", lag said with how often (经常卡), and 不会再有 as a
 * denial (不会再有虫子了); 19 = praise that has turned ("good until the update", "no longer works",
 * 以前挺喜欢的), counterfactuals ("could have been better", 还可以更好), wanting to like it, buying
 * again, "can't recommend it enough" and "couldn't be better" move it, and words English spells like
 * another language's ("long battery life") no longer make a comment French; a non-answer ("no",
 * "n/a", 没有) teaches nothing from its score, and leaving for a rival ("switching to") moves the verdict, as do service beyond what was owed
 * ("went out of their way"), a doubled price, 越来越卡 and 退订; a request ("please add", "would love
 * a", 希望增加) carries no verdict in its clause, nor does a wish with nothing to deny ("Jira integration
 * would be great"), and a rival that "does this much better", a service that "was down", spam and
 * 宕机 move it; a clause that ends on "is not" denies the verdict before it ("support is great,
 * pricing is not"), and "no fuss", "couldn't put it down", 爱喝 and 纯正 are praise, leaks, a chemical
 * smell, "dead on arrival", 蓝屏 and 推来推去 complaints, and audiences' words for films and shows (神作, 无尿点, 烂尾, 狗尾续貂) count, as do app-store requests
 * ("I'd love to be able to", "add support for") and "all over the place"; praise alone opening a
 * sentence whose rest complains is sarcasm ("Oh great, another delay."), and so is praise beside a
 * word in scare quotes (thanks for the "help"). 20: a misgiving before a contrast counts for nothing
 * ("I was worried, but it went smoothly"), "stopped improving" denies its praise, "needs to be
 * faster" is a counterfactual, 本来 reads as 以前, work done or undone (fixed, 解决, 解决不了) counts, and so
 * do goods spoiled, near their date or used (坏果, 快过期, 像是二手); 不到 before a number is no negator,
 * and praise whose object is a complaint is sarcasm ("love waiting on hold", "nice job losing my bag").
 * 21: swearing before a verdict strengthens it ("fucking awesome", "damn good"), and chat slang counts
 * ("kicks ass", "badass", "what's not to love", bummed, nightmare, blech, woot); a fault fixed with its name
 * between ("fixed my export issue") is praise that "never" denies, and so are "on the first try", 毫不犹豫,
 * prices rising fast (涨得太快) and garbled output (乱的, 乱码); "nothing wrong", "everything we need", 该有的都有,
 * "too steep", "too basic", 功能太简单 and 换了别的 move it; praise that opens with 不 (不可多得, 不忍放下) is
 * praise, 声音太大, 费劲 and 太深 complaints, and 生的 is raw food only where no word holds its 生 (发生的, 学生的);
 * a comparative that favours a rival over us ("better than you", "cheaper than yours") is a complaint, and
 * so are 对牛弹琴 and 难上手; "couldn't have asked for", 准确 and 很准 are praise; 满意度 is a measure; long
 * answers' "rock solid", "sorted it", "hiccups", "shallow", "takes days", "moving back to" move it; the other
 * languages read "nothing to fault" as praise (rien à redire, nichts auszusetzen, nada a reclamar), "nada"
 * and "nichts" deny, and "da", "tutto", "tudo" and "nada" tell Italian and Portuguese apart; a feature not
 * tried yet ("haven't really explored it yet") is no verdict.
 * 22: depending on us ("can't imagine our team without it") is praise; a watched number moving (churn
 * dropped, fewer tickets, 投诉减少, 等待时间增加) says which way it went; "too" before a word with no verdict
 * is a complaint ("too frequent", "it's too much"), denied praise; 太高 is a mild complaint and 已经换成 one; replacing other tools and being "miles ahead" are praise;
 * 太多了 after praise means "far more" (好用太多了); 美 after a degree word is beauty (风景超美); 二刷 and 三刷
 * are praise; 还没开始用 and 再来评价 are no verdict; "wooden" and "paywalled" count at last; what "kept
 * resetting" is a fault; a fault "understood" is half fixed; canned responses, different answers and
 * "outgrew" are complaints, "walked me through" and "deserves a raise" praise; after leaving for a rival
 * ("switched to X", 已经换成), the sentence's praise is the rival's; films: "hooked", "instant classic" and
 * "stay with you" are praise, "tedium", "drags", "hard to care" and "never rises above" complaints; wishing
 * one had bought or switched sooner is praise no negator or question turns; goods smaller than described,
 * coming apart, "don't bother" and "better options" are complaints; chat: "can't stop listening", hyped and
 * cutest are praise, cracked, "nobody showed up" and "feeling down" complaints; a closing clause of bare
 * praise after a complaint is sarcasm ("screen cracked, great start to the week"); a fault named in Latin
 * letters moves as the Chinese after it says (bug少了很多); 丑 is ugly; "what used to take a quarter" denies nothing;
 * 没什么意见 beside a verdict is mild praise; 直觉, 很顺, 神速, 多谢 and 养成习惯 are praise; "hats off", "came
 * through for", "thank u" and "no worries" praise, "take a page from" (a rival) and "officially done" complaints;
 * "love how" before a complaint is sarcasm ("love how you can't get an agent"); a difference made, help that
 * helps and ease counted in taps are praise, "without warning" a complaint; 安心 is praise, 冻结, 一直缓冲 and
 * 就是个摆设 complaints, and 如何让…？ asks in complaint; a name written Capitalised mid-sentence and praised
 * with a comparative is a rival ("Honestly Qualtrics has much better reporting"); exit reasons that are no
 * fault of the product are no verdict ("company is shutting down", 预算冻结); "found something … better",
 * 换了更便宜的 and "unaffordable" are complaints; apps: "no ads" and "does what I need" are praise, "forces
 * you to", "rip off", paywall and uninstalled complaints; goods: 严实 and 磕碰都没有 praise, 使用痕迹, 绿线, 漏光 complaints;
 * a number the customer wants more of, rising, is praise (回收率明显提高了, "retention went up"); 没后悔 is praise; 一个月才 and 经常断 complaints;
 * giving zero stars is a complaint no wish turns ("wish I could give 0"); "no brainer" is praise; 什么时候支持
 * asks for something (no verdict), and 功能太单一 is a complaint; ", though" mid-sentence turns as "but" does;
 * "never fixes anything" denies a deed; Cantonese: 唔 and 冇 deny, 好正, 好靓, 好抵 and 唔错 are praise, 唔抵,
 * 好耐 and 冇人覆 complaints; things that "time out" are a fault.
 * 23: a denied counterfactual is a superlative ("couldn't have been better", "could not be worse"); a
 * wait of hours or more is a complaint ("waited 4 days for a reply"), getting set up in minutes praise;
 * a fault that keeps happening (就是经常闪退, 老是掉线) is no minor reservation; 会卡 is a mild complaint;
 * 半天就 says how soon; "wish I'd found you earlier" is praise as "sooner" was; "expected a lot more" a complaint;
 * verdicts against expectations ("fell short", "lives up to", "hard to beat", "more trouble than it's
 * worth"); Chinese survey slang (体验拉满, 闭眼入, 相见恨晚, 更卡, 低于预期, 便宜没好货); film and stay idioms
 * ("plot holes", "a chore", "in a heartbeat", "smelled of"); effort answers ("effortless", "in circles",
 * "out of date", "answered my question"); contacting someone many times is a complaint ("transferred four times");
 * "haven't enjoyed a film this much in years" is the most in a long while, as its verdict says; a
 * complaint "in a good way" is praise; trying too hard is a complaint; review adjectives AFINN lacks
 * (stellar, shoddy, cramped, knowledgeable; 推诿, 拖拉, 麻利, 货真价实) and "less than" before praise
 * ("less than stellar") count; "quality" alone weighs half; too much of a mild good ("way too big") is a
 * complaint; hedged praise ("fine I guess") is lukewarm; a routine, looking forward and renewing are praise;
 * Chinese B2B answers (必看, 留住了, 不吐槽, 最对的决定 praise; 多点好几下, 回了个模板, 排版全乱了 complaints; 还说不好 no verdict);
 * "alone" after a thing named with "the" is emphasis ("the soundtrack alone is worth it"); "lives in it" and
 * "couldn't ask for more" are praise, "half-baked", "feels like a beta" and "overpromised" complaints.
 * 24: everyday consumer apps: denied nuisances are praise ("no nonsense", "no guilt trips", "w/o hassle");
 * what took weeks is a complaint, a deed done within hours or in minutes praise ("replies within hours",
 * "opened an account in ten minutes"), weight lost a result; accuracy, "pay to win", "should be free",
 * prices that jump; "too soon to tell" and "no opinion" are no verdict, as are 不再需要 and 不需要了;
 * 开胶 and 耗电太快 complaints, 修复了卡顿 praise, 换了别家 leaving for a rival; any denied comparative is
 * a superlative ("couldn't be simpler", "could not be slower"); hidden fees, goods that scratch easily and
 * screens that take ten seconds to open are complaints; Douban verdicts (演技在线, 久久不能平静, 脚趾抠地, 全片精华);
 * "less" denies the verdict word after it ("less funny", "less buggy"), "nothing short of" denies nothing;
 * 香蕉, 香菇 and 装好 hold 香 and 好 without meaning them; "the highest compliment" is praise, and an
 * answer "in under an hour" prompt; what takes "over a minute" is slow; costs that "add up fast", 中断 and
 * 单独收费 are complaints; "nothing more, nothing less", "ten out of ten, no notes" praise, "not so much"
 * and a price the vendor doubled or raised complaints; not having used it since is no verdict; 挺好用 is
 * 挺 + 好用; 没什么可挑的 and 不为过 praise, 学习成本太高, 受气, 没别的优点 and 很笨 complaints; 特别卡 and
 * 非常卡 lag as 很卡 does; 永远排队, 空白页, 轰炸 and 太长 complaints; response and adoption rates are
 * measures to raise, any "time" one to cut; "after switching to" names a result, not a rival; 还准 praise, 分错 a
 * complaint; portions that shrink, fabric that pills complaints; a battery that "easily lasts", staff who remembered us praise;
 * 25 = a claim is no experience (说是正品，结果是假的); 绕路, 多收 and "what am I paying for" complaints, 不影响使用
 * praise; "flexible" praise and "more flexible than yours" a rival favoured; "my saved" lists are no rescue;
 * a watched number "from 71 to 84" moves the way its figures go; 回复率翻了一番 praise, 价格翻倍 a complaint;
 * features removed, machine translations complaints; "set it and forget it" praise; 学习成本 high or low;
 * "moving to" a named tool is leaving; "dead simple" praise; 没宕机过 praise; a crash or freeze denied is praise
 * ("never crashed"), 宕机 and 掉线 too; "unbeatable", "dead on", 一尘不染 and 全家都在用 praise; "a coin toss",
 * 问三句答一句 and 付费墙 complaints; an alarm app is no alarm; a migration from somewhere that took an
 * afternoon is quick; any time that moves is a measure to cut, and "from two weeks to two days" compares
 * units (上手时间从两周缩短到两天, 工单量直接减半); buffering, basic reports, 打爆, 搞坏, 已经过期, 掉登录, 过时
 * complaints; 一个小时内 and hours saved praise; a free trial is no praise; a Chinese measure moves across
 * the figures that split its run (回复率从10%提高到30%, 价格从99涨到199); hedged praise ("ok I guess") is no
 * verdict; 好撚 a Cantonese intensifier; fine print, dead links, demo plans, 噩梦, 毛病不少 complaints;
 * 扎实, 定价透明, time saved and the first thing read each week praise;
 * 26 = superlatives of speed praise ("quickest", "fastest"); the old version "was better" a complaint;
 * unfinished and manual work (只能手动) complaints; "hard to say", "nothing to do with you" and 还没什么感觉
 * no verdict; a set-up done in minutes praise; a rival named in Chinese (别家, 别的平台) takes its
 * clause's verdicts; "growth" no praise; phrases longer than four words are read; consolidating tools, a
 * pause and a project cancelled no verdict; a sign-off refused "without it", choosing a named rival ("going
 * with HubSpot"), repeating oneself, 踢来踢去 and 嘥时间 complaints; patience and a deed "the same day" praise;
 * "Cons:" turns as "but" does; 好用是好用 concedes once; a team that listens, a dread gone, 终于不用 and
 * "nothing to add" praise; "confidently wrong", "exhausting", 全部静音 and 其实就是 complaints; answers that
 * vanished, exports that "take forever", 还在收费 and 挂了 complaints; live "in an afternoon" and 半天就上线 praise; 抵用 and 推介 (Cantonese) praise;
 * 到不行 ("to the point of unbearable") intensifies, no denial; low use, an acquisition, a break, a
 * champion who left, 没有预算 and 离职 no verdict; 负责人 no praise; "never good enough" denies its praise;
 * "took an afternoon to set up" and "costs less than" praise; "unhappy customers" no verdict;
 * praise "at first" or "initially" has faded (a complaint), as "used to" does; a rival named as
 * a sentence opens ("Typeform does this for free", "SurveyMonkey is half the price") is a complaint; a task that takes an
 * hour is slow, a set-up in only an hour quick; "not a daily user" no verdict; "makes up numbers" a complaint.
 * 27: a remedy denied is a complaint and the fault after it stays one ("doesn't fix the crashing"); not
 * having bought yet, moving abroad and "no reason to keep it" no verdict; 🙏 after "pls" asks; "at the
 * start" after "the tutorial" is a place; "love paying" sarcasm; 选择很多 praise, 优惠券 and 好似 plain,
 * 什么道理 and 唔明 complaints; a Capitalised word after a comma may open a rival's offer ("no, Asana
 * does what we need"); a wait of twenty minutes or more, a guide that skips a step, a battery hog, 肉疼, 离线 and
 * 只会复制粘贴 complaints; "kept us updated", "will use again" and 功能很完整 praise; a letter held ("sloooow") and
 * common misspellings ("definately") read as meant; having used it twice, "on my end", "can't really say",
 * 暂时不需要 and 没什么想说的 no verdict, and thanks beside them manners. Written Cantonese read as Mandarin
 * (咗 了, 冇 没, 唔 不, 嘅 的…); a name before 同样的/同一 is a rival (携程同一间房便宜三十块); a price, premium or
 * rate that went up, "can't justify it", "good luck reaching", 迁走了 and 换回 complaints; "not going back",
 * "without a hitch", 秒开 and 最常用 praise; life events (a new baby, a pet passed away) no verdict;
 * capitals of two to four letters are a name ("NYT is cheaper"). Later the same session: 能不能 asking
 * whether it can is no complaint; 唔該 is "please"; a sentence of praise alone after a complaint is
 * sarcasm ("No refund. Great."); a long hold, 'highway robbery', 'when it works', 尴尬死, 离晒谱, 都要扣
 * complaints; 'night and day', 'no questions asked', 看得懂 praise; 硬要挑的话 turns as 就是 does; more
 * answers that give no verdict (low use, retiring, an injury, 找到工作了, 有没有计划 asks).
 * 28: a dash parts clauses; waits written onto their unit ("1hr", "45mins"), transfers counted and
 * messages by the day ("60 pings a day") are complaints, as are emails still coming after unsubscribing;
 * the survey question said back ("how easy?") is no praise; "as hell" and "af" strengthen the word before;
 * Hinglish (bekaar, accha, bahut), "sorted my", "only to be told", "cool cool cool", 交了个寂寞, 谁还敢用,
 * 是认真的吗, 搞咩, 商业化 and 少了一步 count; praise alone closing a Chinese complaint (绝了, 真棒👍) is
 * sarcasm; "cheaper than DocuSign" with no name before it is ours; a Latin name before 同一 is a rival;
 * a price fall only supposed ("if the price was lower") is a complaint; a decision above the writer
 * ("not my call", 公司统一买), falling ill, "nothing you did" and 有没有办法 questions are no verdict;
 * Cantonese 搵, 攞, 畀, 哋, 嚟, 諗 and 嗰 read as Mandarin (找, 拿, 给, 们, 来, 想, 那); 准备全换 and 已经换 are leaving.
 * Later the same session: single scare quotes, 🙃, "oh great another …", 好嘢 and 好棒 opening a complaint are
 * sarcasm; "top notch", "followed up", "never had it go down", 没出过岔子, 没啥毛病 and "wish i'd done it
 * sooner" praise; a price rise, mushy food, "nobody asked for", 蚌埠住了, 白等, 谁骑得起 and 成日坏
 * complaints; 可以…吗 asks; words holding 别 (识别, 区别) deny nothing; funding ended and a break are no verdict;
 * 刷不过 (a card declined) and 超尴尬 complaints, 便利商店 no convenience. Exit flows: "ill", "id", "im" and "ive"
 * typed for I'll, I'd, I'm and I've; save offers taken ("yes please", "you got me", 那我留下, 不走了, 换年付) praise;
 * questions whether it will charge (会自动扣费吗) and reasons of one's own use (最近比较少用, 没乜时间) no verdict;
 * thanks for a complaint (感谢自动续费) sarcasm; 白交, 越来越抠, 有啥意思, 谁等得了, 冇晒 and 心淡 complaints;
 * praise "when it works" mostly taken back; a polite question (请问, 有没有…？) turns nothing and asks, 多久 is
 * no wait, a gripe about the survey itself (问卷太长了, "this survey is") is no verdict, and 合理吗 complains;
 * a reason said to be no fault of ours ("not a reflection on you") is no verdict however it is told, and so is a
 * question with 吗 that holds no complaint; being hung up on, 开错, 写错, 水鱼 and "3 marketing emails a day"
 * complaints, money that "came through" and 很有诚意 praise; a Latin fault "挺多" is many. The other languages:
 * product words the generated lists lack (se corta, tarda, mola, inadmissible, plante, honte, leider, langsam,
 * basta, che palle, cancelei, confuso), why-questions (pourquoi, warum, xq) and moves or companies wound up
 * (déménagé, aufgelöst, mudé) as no verdict. Phone slang (goated, 🐐, the ick, mid, ghosted), a reply that took
 * days, "I'm staying", not wanting to throw one's phone (denied, praise) and "the little tutorial at the start" as a place.
 * Then: "no line", "would rent again", "hit my bank" praise; steps and logins counted, "been pending", "lol no",
 * 掉得飞快, 字变小, 两回事 complaints; "nothing against the product", "froze all", 换工作了 no verdict.
 * 29: leaving (cancelled, 退订, 卸载了, cancelo, kündigen) beside a reason that blames nobody, or a smile, is no
 * verdict; a bare "fine", "meh", 还好 or 普普通通 is lukewarm; requests in every language ("kindly add", 希望可以加,
 * wäre schön); a wish after praise in a short answer is a reservation; a rival called better with no "than";
 * sarcasm after "another" in each language, closing a complaint ("thanks a lot", 真是太棒了👏) and beside 🙃;
 * Chinese waits and taps counted (找了五分钟, 要点五次才); "never had a payroll go wrong" denied whole; two clicks
 * are few; the other languages read with accents dropped; 卡 in cards and check-ins and "withdrawal" carry nothing.
 * 30: regional and chat English (chuffed, legend, shambles, jialat) and Hong Kong and Taiwan chat words (好劲, 很扯,
 * 痴线); scare quotes of up to three words, in guillemets too, around a company's favours; a Chinese "they" (人家)
 * after leaving for a rival; a bare 一般 lukewarm; exits for the customer's own reasons (retired, sold already);
 * the other languages' phrases (charged twice, lascia a desiderare, para que pago, risolto il problema, eu fico).
 * 31: Latin-script languages without word lists (Polish, Swedish, Turkish…) are no longer read as English;
 * "top tier", "never leaving", "professional" and people who are "sound" are praise.
 * 32: a Chinese score given (给10分, 打1分) reads as a rating; a save offer declined (优惠就不用了) and
 * exits for one's own reasons (公司没了, 店面转让, 送养) give no verdict; never dropped (从来没断过) is praise;
 * "sorted first time" and "no back and forth" praise, "loses connection" complains; a rival that "covered
 * more for less" outdoes us.
 * 33: neutral answers read as neutral: not having looked yet (还没点开, "haven't touched the AI stuff"), the
 * writer's own doing ("that's on me", 是我自己…), retiring, a company shut down, a card or phone lost; a bait
 * and switch, slow to cancel, a lowball offer (压价), bought thin air (买了个寂寞) complain; peace of mind (心里踏实) praises; switching
 * to one of our own plans ("switched to the pro plan") is no leaving.
 * 34: a pain gone is praise ("no more missed deliveries", 再也不会白跑一趟); asking who thought it a good idea
 * complains; a closing "tho" turns as "though" does; 比加油省太多了 compares; a polite "nah im good", 还行, a
 * transfer (调职), no money left and "nothing to do with you" (跟你们没啥关系) give no verdict; a chatbot that "just loops" complains.
 * 35: a score opening the answer ("9 - …", "10/10 the…") is a rating; wishing one had started years ago, a chore not even
 * needed and "genius" praise; leave booked in an HR tool is time off; a question thanked is a question; 再也没/不会再 before a
 * pain (past 跳一堆) is relief; 是不是有点 asserts; money wasted (花得真冤), charged in full for nothing, prices raised at will
 * complain; a school's or employer's rule, 没什么特别感觉, 有需要再回来 give no verdict; 帮我续 and 好感度 praise.
 * 36: a score opening a Chinese answer (9分，…) is a rating; 修复了bug and 卡成PPT read as their Chinese phrases;
 * 有够 is a degree word; 挺容易的 praises; "yeah right" is sarcasm, "steal tbh" a bargain, "what's the point of you" a complaint.
 * 37: praise and complaint that cancel out are mixed, not neutral; leaving a bad state is praise ("went from hating
 * books to…"); a loyalty scheme is no praise; a bare 很容易 praises, 离谱 after a virtue is a degree (准得离谱), and
 * 好友, 说好, 选好, 差旅 and 明明白白 hold no verdict word; in Spanish, French, German, Portuguese and Italian a thing happening
 * again (3e fois, dos veces), many steps (6 étapes) and a long wait (25 minutos à espera) complain; claps after a sarcastic opening are sarcasm.
 * 38: disbelief ("my arse"), a crowd (rammed), a control buried, a loyalty penalty and effort spared ("didn't have to")
 * speak; a return only hoped for ("maybe come back") and 预算没了 give no verdict; 不考虑，谢谢 declines; 吃相, 被狗吃了,
 * 系统繁忙 and 什么鬼 complain; 值机 is no 值; "obrigado por nada", "dejen de mandar", "si interrompe" complain, "nulla
 * contro di voi" and "wäre cool wenn" give no verdict.
 * 39: praise and then a gripe in clauses side by side with no contrast word are mixed in Latin-script answers
 * ("booking was quick, cancelling was a nightmare"); "2/10." ending a sentence is a rating; a device dropping
 * offline, "no better off", a rival "they" cheaper, 花里胡哨, 一直计费, 每次都这样 and "nunca mais" complain; "fair play",
 * "go on then" and 不用我操心 praise; 锁好 holds no 好; "ya no lo necesito" and moving away give no verdict.
 * 40: a Chinese quotation of five characters or more is someone else's words (a notification, an agent's reply): its
 * praise, requests and rivals are not the writer's, a fault it quotes stands; 不用再 before a pain is relief; a Latin
 * name said to be cheaper is a rival; "3 - …" opens a detractor's answer; "who doesn't" denies no verdict; "not
 * interested" alone and "não, valeu", "no grazie", "nö, lasst mal" decline; bereavement gives no verdict.
 * 41: a fault the company put right, with only praise after it and no contrast word, is the story's start, not the verdict
 * ("one of the wheels broke, they sent a new one free, no questions asked"); thanks beside a declined offer declines (谢谢，
 * 打折也不用了, "Danke für das Angebot, aber nein"); "can't thank them enough", "wouldn't switch for anything", "not scary", "didn't
 * make me feel stupid", 稳 alone, 给个五星, "niente male" praise; 凭什么, 还没到账, "è normale che…?" complain; a child outgrowing it,
 * a doctor's orders, bereavement (décès) give no verdict; "friend" is no praise; Italian possessives name Italian.
 * 42: a business "down the road" compared is a rival, and a rival's praise before a turn a whole complaint (mixed);
 * "like" before a number means about; "my saved X" saves nothing; cutting waste or stress, speeds dropping and latency
 * falling (延迟从200降到40) are measures moving; negative concord keeps "non è niente male" praise; "Super Idee." closes
 * a complaint sarcastically; a technician calling back, "corrigiu" and "switched me to" put a fault right; single-word
 * no-verdict words of the other languages (murió) carry no valence; friends are no praise in any language; and words
 * and idioms (three-day drops 三天两头断, 管这叫, 算错, "ça sert à quoi", "potevate dirmelo", "kein Interesse", "wie neu").
 * 43: "got my broken feed fixed" puts a fault right; bare thanks after a sarcastic sentence is more of it, as are "Ottimo,"
 * and "Super gemacht 👏"; 倒是 concedes praise after a fault (both held); 😭 after 哭了 is the tears told of; 补寄了 and
 * 退回来了 are remedies; 三不五时 is "often", not a negation; a phrase ending in "nothing" before a verb denies it ("e nada
 * chegou quebrado"); a care home, the weather, a grown child, no snow and 没啥特别 give no verdict; and words of h100–h102.
 * 44: a sarcastic praise word alone is held for the next sentence ("TOLL. wieder ein Update…", "Brilliant. The app logged
 * me out again."), "again" (wieder, otra vez) after "oh good," is "another", but a praise word closing a fault put right
 * is meant ("refunded it in 5 minutes. super"); "but not at all" denies a misgiving; thanks for a loss is sarcasm in the
 * other languages (grazie per aver cancellato…); a rival "bei X" set against "bei euch"; a negated no-verdict phrase is no
 * complaint ("don't have any trips planned"); 便宜 and a sum beside 同款 is another seller's price; never dropped is praise;
 * and words of h103–h105 (worth every penny, 谁还用你们, 就卡, 是金子吗, kinderleicht, facinho, ninguém merece, senza storie).
 * 45: a remedy followed by a sentence of praise settles the fault even after "but" ("…but they sent a new one. cant
 * complain"); more remedies (had a replacement, 直接补发, 重新补印, reimprimieron, renvoyé, mandaram outra, ritrovato);
 * never missed/late/failed is praise; messages counted in words ("four newsletters a day"); reasons of one's own (a
 * landlord, a debt paid off, a doctor, 没人在家, 医生让, wenn ich kündige, não tenho tempo); a bare "cancelling" files no
 * billing; and words of h106–h108 (slimy, a slug, keeps me here, 满准, 完整, 很扯, 标题党, chapeau, da gusto).
 * 46: a rival that does it "for free and better", a name's own thing "miles ahead" ("Buzzsprout's stats"); tears beside a
 * reason that blames nobody are grief (mi perro murió… 😢); "was the opposite" denies; "Like the X." opening a sentence
 * likes; "like an hour" is about; value and service close sarcasm, and "Toll gemacht."; remedies (a fix sent, rang me,
 * 派人补上, me marcaron, tenía el reembolso, sostituito); and words of h109–h111 (神准, 退不掉, una pasada, nerven, gostam).
 * 47: a question opening with a modal asks what a thing can support, and 能支持 opens a request ("Can the calendar sync
 * support shared calendars?"); "second to none" praises; perte de temps, unverschämt complain; words of h112–h114 (a
 * status that still says, when it actually works, a class act, 是摆设, 还我旧版, 速度感人, 都比你便宜, 五粒星, eran bots,
 * merci infiniment) and their reasons of one's own (a move, a full-time job, 摆不落, schläft durch, relación de dependencia).
 */
export const TEXT_FEATURES_VERSION = 47

/**
 * `responses.learned_version` of a comment a rebuild left out of the counts (past its cap):
 * not in the counts, and not waiting to be counted either (NULL means waiting).
 */
export const LEARNED_SKIPPED = 0
