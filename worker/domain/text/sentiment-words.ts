// The words the sentiment rules treat apart: verdicts whose denial is praise, misgivings, wishes,
// thanks, remedies, and what makes "never" a measure rather than a denial.

/** Word-list phrases that are litotes themselves: "not bad", "no problem", "can't wait". */
export const LEXICAL_LITOTES = /^(?:can |could )?(not|no|never|nothing) /
/**
 * Verdict words whose denial is praise ("not bad", "no complaints", 不难吃). Denying an event or a
 * thing is not ("don't delay my flight", "not even an apology", 不退款, 没迟到: in the dev rows of
 * en_airline, en_amazon and zh_waimai, 93 of 105 comments whose only rule hit was such a denial
 * were negative); such a denial counts for nothing (dev, out of the box: zh_waimai +0.7 points,
 * en_airline +0.4, the rest within a row).
 */
export const LITOTES_WORDS = new Set(['want to throw my phone', 'dropped', 'missed', 'late', 'failed', 'disconnected', 'lagged', 'bad', 'terrible', 'awful', 'horrible', 'poor', 'disappointing', 'disappointed', 'disappoint', 'complain', 'regret', 'worse', 'too bad', 'complaint', 'complaints', 'problem', 'problems', 'issue', 'issues', 'bug', 'bugs', 'crash', 'crashes', 'crashed', 'crashing', 'froze', 'freezes', 'glitched', 'glitch', 'glitches', 'downtime', 'outage', 'outages', 'errors', 'nonsense', 'hassle', 'hassles', 'fuss', 'drama', 'guilt', 'stress', 'spam', 'regrets', 'lag', 'delays', 'lost', 'suck', 'sucks', 'hitch', 'hitches', 'hiccup', 'hiccups', 'drop', 'drops', 'dropout', 'dropouts', 'friction', 'dread', 'dreaded', 'scary', 'make me feel stupid', 'made me feel stupid', 'go wrong', 'goes wrong', 'went wrong', 'gone wrong', 'go out wrong', 'look like it is from', 'look like it \'s from', 'looks like it is from', 'looks like it \'s from', '故障', '闪退', '卡顿', '死机', '崩溃', '宕机', '掉线', '差', '难吃', '难用', '难喝', '难看', '糟糕', '坏', '坏果', '坏的', '坏点', '不好', '不好用', '不好吃', '不好喝', '不行', '不满意', '问题', '毛病', '后悔'])

/**
 * Misgivings a customer had before trying ("I was worried about migrating, but it went smoothly",
 * "I was afraid it would be too spicy, but..."): a contrast after one says how it turned out, so
 * the misgiving's clause, the misgiving and what was feared, counts for nothing once one follows.
 */
export const MISGIVINGS = new Set(['worried', 'worry', 'skeptical', 'sceptical', 'hesitant', 'nervous', 'afraid', 'scared', 'doubtful', 'apprehensive', 'wary', 'reluctant', 'dubious', 'unsure', 'concerned'])

/** 希望 and 建议 lean negative in reviews (希望改进), but a comment that only wishes gives no verdict. */
export const WISHES = new Set(['希望', '建议'])

/** Question words that ask whether it can (能不能倍速？), not why it does not (为什么没有勺子？). */
export const INQUIRING = new Set(['能不能', '可不可以', '能否', '可否', '有没有办法', '有没有什么办法', '有没有可能'])
/**
 * Saying outright that it is not our fault ("nothing to do with the service", 不是你们的问题): the reason
 * beside it, however it is told ("switching to QuickBooks because head office uses it"), is no verdict on us.
 */
export const EXONERATING = new Set(['nothing to do with you', 'nothing to do with the product', 'nothing to do with your product', 'nothing to do with the service', 'nothing to do with the app',
  'not your fault', 'no fault of yours', 'nothing against the product', 'nothing against you', 'nothing against the app', 'not a reflection on', 'no reflection on', 'nothing wrong with the', 'nothing wrong with yours', 'nothing wrong w the', 'nothing wrong w the app', 'nothing wrong with it', "not the app 's fault", "not the apps fault", '不是你们的问题', '不是你们的错', '跟你们没关系', '跟你们没啥关系', '跟你们没什么关', '和你们没啥关系', '和你们没什么关', '和你们没关系', '和你们无关', '跟你们无关', '跟你们产品没', '跟产品没关系', '和产品无关', '不是我决定的', '不关你们事', '不关你们的事',
  // The writer's own doing or a third party's, said as such (bench/data/neutral): "that's on me", "my bank said it was their error", 是我自己…
  'nothing to do with yours', 'that is on me', 'was on me', 'on my side', 'my own error', 'my own mistake', 'my bad', 'not an app thing', 'not the platform', 'not on your end', 'not your end', 'their error', 'their mistake', 'manufacturer not you',
  '不赖你们', '不怪你们', '是我自己', '我自己的问题', '是我的问题', '怪我自己', '不针对谁', '不针对你们', '不系你们问题', '不系你们的问题', '是我太懒', '我太懒了'])

/**
 * The customer's own act of leaving ("cancelled bc", "switched to", "moving back to"): beside a reason that
 * is no fault of ours ("only needed it for the wedding", "wasn't my call"), it tells the exit, not a verdict.
 */
export const DEPARTURES = new Set(['cancelled', 'canceled', 'cancelling', 'canceling', 'cancel', 'unsubscribed', 'unsubscribing', 'leaving', '退订', '退订了', '取消订阅', '不续了', '不续费', '先取消了', '取消', '不租了', '不玩了', '只能退了', '卸载了', '卸了', '不再用', '不想再用', '先卸了', 'uninstalled', 'uninstalling',
  // The other languages' own (cancelo porque me mudo, disdiciamo, kündigen wir).
  'cancelo', 'cancelamos', 'cancelei', 'disdico', 'disdiciamo', 'kündigen', 'kündige', 'résilie', 'résilié'])

/** Polite questions (请问, 有没有…？): they ask, and turn no praise in their clause into complaint. */
export const POLITE_ASKS = new Set(['请问', '有没有', '几时'])

/** Thanks that close an answer declining something ("不用了，谢谢", "no longer need it, thanks") are manners, no verdict. */
export const THANKS = new Set(['谢谢', '感谢', '多谢', '谢啦', 'thanks', 'thank you', 'thx', 'ty', 'cheers', 'gracias', 'merci', 'danke', 'obrigado', 'obrigada', 'grazie', 'bedankt'])

/** Remedies with no verdict of their own, whose denial is ("didn't fix the crashes", "won't cure the lag"). */
export const REMEDIES = new Set(['fix', 'fixes', 'fixed', 'cure', 'cures', 'cured', 'address', 'addresses', 'addressed', 'change', 'changes', 'remove', 'removes', 'undo', 'undoes', 'offset', 'outweigh', 'outweighs'])

/** Words after "never" that make it a measure of how bad this time is, or a warning, not a denial. */
export const NOT_A_DENIAL = new Set(['such', 'so', 'this', 'that', 'these', 'those', 'many', 'much', 'more', 'before', 'until', 'till', 'again', 'now', 'since'])

/** An offer turned down in so many words (打折也不用了): beside thanks alone, the answer declines, with no verdict. */
export const DECLINES: ReadonlySet<string> = new Set(['也不用了', '就不用了', '不用暂停', '不使打折', 'no gracias', 'no me interesa', 'non merci', 'aber nein', 'nein danke', 'grazie ma no', 'não obrigado', 'nao obrigado', 'não obrigada', 'nao obrigada', 'já decidi', 'ja decidi', 'não quero pausar', 'nao quero pausar', 'ho già deciso'])
