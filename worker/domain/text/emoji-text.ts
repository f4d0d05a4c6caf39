// Emoji written as text: emoticons (:) XD ^_^ T_T), Chinese apps' bracket codes ([哈哈], [泪], [赞],
// as Weibo, WeChat and Douyin insert them), the :shortcodes: of Slack, GitHub and Discord
// (:thumbsup:) and ratings ("10/10"). Each becomes the emoji it stands for, so sentiment, learning
// and themes read it as they read the emoji. Codes that carry no clear feeling ([围观], [吃瓜],
// [doge], :eyes:) stay text.

// Groups of codes that share an emoji, written 'emoji:code code …'.
const BRACKET_GROUPS = [
  '🙂:微笑 ok OK 好的', '😄:嘻嘻 憨笑 haha', '😆:哈哈 笑cry 笑哈哈', '😊:可爱 害羞 愉快 偷笑 调皮 挤眼 太开心 开心',
  '😁:呲牙 嘿哈', '😍:色 花心 爱慕 心动', '🥰:爱你 抱一抱', '😘:亲亲 飞吻 献吻', '😎:酷 得意 机智', '😋:馋嘴',
  '🤗:抱抱 拥抱', '🤩:哇 憧憬 星星眼', '👍:赞 good 强 666 点赞 棒', '👌:OK手势', '👏:鼓掌', '🙌:耶 胜利',
  '💪:加油 奋斗 威武 给力 拳头 强壮', '🎉:庆祝 礼物 撒花', '🙏:抱拳 作揖 合十 谢谢', '❤:心 爱心 爱情', '💕:玫瑰 鲜花',
  '😢:泪 流泪 伤心 悲伤 快哭了', '😭:大哭 哭 泪奔', '😞:难过 失望 叹气', '😣:委屈 苦涩', '😔:可怜', '😩:衰',
  '😠:怒 发怒 生气 怄火', '🤬:怒骂 咒骂 草泥马', '😫:抓狂 裂开 疯了', '🤢:生病 感冒', '🤮:吐', '😒:鄙视 撇嘴 傲慢 哼 左哼哼 右哼哼',
  '🙄:白眼 翻白眼', '😓:汗 冷汗 流汗 擦汗 黑线', '😵:晕', '😕:囧 疑问 费解 傻眼 皱眉', '😬:尴尬', '😱:惊恐 吓',
  '🤦:捂脸 打脸', '💔:心碎 凋谢 伤心的心', '👎:弱 差劲 NO 踩', '💩:便便',
]

const SHORTCODE_GROUPS = [
  '👍:thumbsup +1 thumbs_up', '👎:thumbsdown -1 thumbs_down', '❤:heart hearts red_heart', '😍:heart_eyes',
  '🙂:slightly_smiling_face smiley smile', '😊:blush relaxed', '😀:grinning', '😆:laughing satisfied', '🤩:star_struck',
  '🎉:tada', '🔥:fire', '💯:100', '👏:clap', '🙏:pray', '🙌:raised_hands', '💪:muscle', '👌:ok_hand', '⭐:star',
  '✅:white_check_mark heavy_check_mark', '🚀:rocket', '😠:angry', '😡:rage', '😞:disappointed', '😢:cry', '😭:sob',
  '🙁:slightly_frowning_face frowning', '😕:confused', '💩:poop hankey', '🤦:facepalm face_palm', '🙄:rolling_eyes',
  '❌:x', '💔:broken_heart', '😤:triumph', '🤬:face_with_symbols_on_mouth', '🐢:turtle snail',
]

function table(groups: string[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>()
  for (const g of groups) {
    const colon = g.indexOf(':')
    for (const code of g.slice(colon + 1).split(' ')) map.set(code, g.slice(0, colon))
  }
  return map
}

const BRACKET = table(BRACKET_GROUPS)
const SHORTCODE = table(SHORTCODE_GROUPS)

const BRACKET_CODE = /\[([^[\]\s]{1,6})\]/g
const SHORTCODE_CODE = /:([a-z0-9_+-]{1,32}):/gi

/** Text with its emoji codes turned into the emoji they stand for (spaced, so they stand alone). */
export function replaceEmojiCodes(text: string): string {
  let s = text
  if (s.includes('[')) s = s.replace(BRACKET_CODE, (m, code: string) => { const e = BRACKET.get(code); return e ? ` ${e} ` : m })
  if (s.includes(':')) s = s.replace(SHORTCODE_CODE, (m, code: string) => { const e = SHORTCODE.get(code.toLowerCase()); return e ? ` ${e} ` : m })
  return s
}

const EMOTICONS: [RegExp, string][] = [
  [/(?:^|\s)>:-?[(\[](?=\s|$)/g, ' 😠 '],
  [/(?:^|\s)[:;=]-?[)\]DpP](?=\s|$)/g, ' 🙂 '],
  [/(?:^|\s)[:;=]'?-?[(\[](?=\s|$)/g, ' 🙁 '],
  [/(?:^|\s)[:=]-?[/\\](?=\s|$)/g, ' 😕 '],
  [/(?:^|\s)<3+(?=\s|$)/g, ' ❤ '],
  [/(?:^|\s)[xX]D+(?=\s|$)/g, ' 😆 '],
  // Eastern emoticons, in Chinese comments too: ^_^ smiles, T_T and ;_; cry.
  [/(?:^|\s|(?<=\p{Script=Han}))\^[_.]?\^(?=\s|$|\p{Script=Han})/gu, ' 😊 '],
  [/(?:^|\s|(?<=\p{Script=Han}))(?:T[_.]T|;_;|QAQ)(?=\s|$|\p{Script=Han})/gu, ' 😭 '],
]

const EMOTICON_HINT = /[:;=<[^>]|[xX]D|T[_.]T|QAQ/

// A rating out of 5 or 10 ("10/10", "1/5", "2/10." ending a sentence) is a verdict: high ones read as
// ⭐, low ones as 👎; the middle and anything that could be a date or a fraction of something else stay as written.
const RATING = /(?<![\d/.])(\d{1,2}(?:\.\d)?) ?\/ ?(5|10)(?![\d/]|\.\d)/g
// A day and month ("on 2/5", "expires 4/10", "4/30-5/5") or a fraction ("1/10 the price") is no rating.
const DATE_BEFORE = /\b(?:on|by|until|till|til|from|since|before|after|due|expires?|expiring|thru|through|dated|flight|flights|flt)\s*$/i
const RANGE_OR_FRACTION_AFTER = /^\s*(?:[-–]\s*\d|of\b|the\b)/i
// Another day/month in the comment (2/19, 13/10, 29/9) makes every slash number in it a date.
const OTHER_DATE = /(?<![\d/.])(?:\d{1,2}\/(?:[12]\d|3[01]|[1-9])|(?:1[3-9]|[23]\d)\/\d{1,2})(?![\d/.])/
function replaceRatings(s: string): string {
  const dated = [...s.matchAll(new RegExp(OTHER_DATE, 'g'))].some((m) => !/^\d{1,2}\/(?:5|10)$/.test(m[0]))
  if (dated) return s
  return s.replace(RATING, (m, got: string, of: string, at: number) => {
    const share = Number(got) / Number(of)
    // Full marks are never a fraction of something ("10/10 the new calendar view…").
    if (DATE_BEFORE.test(s.slice(Math.max(0, at - 12), at)) || (share < 1 && RANGE_OR_FRACTION_AFTER.test(s.slice(at + m.length, at + m.length + 6)))) return m
    return share > 1 ? m : share >= 0.8 ? ' ⭐ ' : share <= 0.4 ? ' 👎 ' : m
  })
}

// A score given in Chinese (给10分, 打九分; 打1分) out of ten, as an NPS answer gives it: the top two read as ⭐,
// the bottom two as 👎. Not a minute or a cent (一分钟, 一分钱), nor the middle, whose scale is unsaid.
const ZH_SCORE = /(?<=[给打給])\s?(10|9|十|九|0|1|零|一)\s?分(?![钟鐘钱錢])/g
const ZH_TOP = new Set(['10', '9', '十', '九'])
// The same, opening the answer ("9分，……"); digits only, and followed by a pause: 十分 is "very".
const ZH_LEADING_SCORE = /^\s*(10|9|0|1)\s?分(?=\s*[，,。.！!：:\s])/

// An NPS answer that opens with its score ("9 - does what it says", "10: love it", "0 - never again").
// Only the ends of the scale: "1 -" opens a list, and a middle score says little; 2 and 3 with a dash are detractors' ("3 - everyone on here is a bot").
const LEADING_SCORE = /^\s*(?:(10|9|0)\s*[-–:]|([23])\s*[-–])\s+(?=\D)/

/** Text with its emoticons, emoji codes and ratings turned into emoji. */
export function emojiFromText(text: string): string {
  let s = text.includes('/') ? replaceRatings(text) : text
  s = s.replace(LEADING_SCORE, (_, score: string | undefined) => (score === undefined || score === '0' ? ' 👎 ' : ' ⭐ '))
  if (s.includes('分')) s = s.replace(ZH_SCORE, (_, score: string) => (ZH_TOP.has(score) ? ' ⭐ ' : ' 👎 ')).replace(ZH_LEADING_SCORE, (_, score: string) => (ZH_TOP.has(score) ? ' ⭐ ' : ' 👎 '))
  if (!EMOTICON_HINT.test(s)) return s
  s = replaceEmojiCodes(s)
  for (const [re, rep] of EMOTICONS) s = s.replace(re, rep)
  return s
}
