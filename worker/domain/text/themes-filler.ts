// Words that never make a theme on their own: function words, generic verbs, adjectives and
// nouns every product hears ("uses", "new", "app", "time"), and sentiment words (a verdict, not
// a subject). English from our own list plus the sentiment lexicon; Chinese as characters that
// break a character n-gram and words it must not contain.
import { EN_INTENSIFIERS, EN_LEXICON } from './lexicon-en.ts'
import { ZH_LEXICON } from './lexicon-zh.ts'

/** Function words: a phrase may hold them inside ("export to excel") but not start or end on one. */
export const EN_STOP: ReadonlySet<string> = new Set(('a an the and or but if so to of in on at for with from by is are was were be been being am '
  + 'i me my mine we us our you your it its this that these those they them their he him his she her there here have has had do does did '
  + 'not no can could would should will shall may might must just than then as about into out up down over off more most some any all each '
  + "what which who whom whose when where why how 's s t d ll m re ve via per vs etc http https www com co amp rt im cannot during").split(' '))

/**
 * The function words a phrase may hold inside: articles, prepositions, conjunctions ("export to
 * excel", "lack of filters"). Pronouns, auxiliaries and the rest end it: "team our size" and
 * "app is slow" are fragments of a sentence, not subjects.
 */
export const EN_JOINERS: ReadonlySet<string> = new Set('a an the and or of to in on at for with from by into about over via per vs during'.split(' '))

/** Generic nouns that may close a phrase after a word that is not generic: "mobile app", "desktop apps". */
export const EN_CLOSERS: ReadonlySet<string> = new Set(['app', 'apps'])

// Generic in any product's feedback: verbs, adjectives, adverbs and nouns that name no subject.
const EN_GENERIC = ('use uses used using user users new old good great bad nice fine ok okay like likes liked love loved loves want wants '
  + 'wanted need needs needed make makes made making get gets got getting go goes going gone went come comes came coming take takes took '
  + 'give gives gave see saw seen look looks looking know knew think thought say said tell told try tried trying keep keeps kept let put '
  + 'find found work works worked working call called feel felt seem seems able also always never ever even still really very much many '
  + 'lot lots bit little big small long short high low best better worse worst first last next other another same different every '
  + 'thing things stuff something anything everything nothing way ways time times day days today yesterday tomorrow week weeks month '
  + 'months year years hour hours minute minutes now back again ago soon yet already well pretty quite totally actually literally '
  + 'app apps product products service company people person guy guys everyone someone anyone customer customers experience '
  + 'thanks thank please sure yes yeah hi hello hey lol omg pls plz thx u ur tmrw tmr tonight one two three four five ten hundred dont im ive youre thats '
  + 'wait waiting since though although because while until without within again enough else instead maybe probably definitely '
  + 'overall whole part kind sort lot number place point problem problems issue issues question questions reason idea ideas help helps '
  + 'fix fixed show shows start started end ended change changed run runs ran set sets put puts '
  + 'answer answers answered justify explain explained respond responded reply replied solve solved size sizes '
  + 'anymore once twice rarely forever honestly seriously simply basically check checks checked checking before after otherwise team teams tool tools'
).split(' ')

export const EN_FILLER: ReadonlySet<string> = (() => {
  const out = new Set(EN_GENERIC)
  for (const [w, v] of EN_LEXICON) if (v !== 0) out.add(w)
  for (const w of EN_INTENSIFIERS.keys()) out.add(w)
  return out
})()

/** An English word that cannot start or end a theme phrase, nor be a theme by itself. */
export function isEnFiller(word: string): boolean {
  return word.length < 2 || EN_STOP.has(word) || EN_FILLER.has(word) || /^\d/.test(word)
}

// Particles, pronouns, negation and degree: a character n-gram holding one reads as a sentence
// fragment ("送得很快"), not a subject.
const ZH_BREAK = '的了吗呢吧啊呀哦哈嘛啦很太也都就还又才再更最挺我你他她它们是不没和与及或把被让给这那么啥哪得着'
// Allowed inside a longer phrase but not at its edge: "有夜间" and "夜间模式要" are fragments.
const ZH_EDGE = '个一在有说要能过对但而从为以于如些已经真好非常特别比较自己什怎到去来吃看想觉时'

// Generic words a phrase must not contain (the Chinese counterpart of EN_GENERIC).
const ZH_GENERIC = ('东西 感觉 觉得 时候 知道 一般 还行 不错 真的 就是 而且 但是 因为 所以 然后 已经 一直 每次 以后 以前 之前 之后 下次 其实 确实 '
  + '虽然 不过 可能 应该 需要 大家 朋友 自己 一下 一点 有点 比较 特别 非常 实在 简直 总是 还是 或者 如果 这个 那个 这样 那样 怎么 什么 '
  + '为什么 今天 昨天 明天 第一 第二 一次 两次 几次 谢谢 辛苦 希望 建议 问题 地方 方面 情况 事情 样子 次数 好多 '
  // Clock times and durations ("11点半点的餐": ordered at half past eleven) are when, not what.
  + '点半 点钟 分钟 小时 半天 系统 团队').split(' ')

/** Longest generic word that matters: n-grams are at most 4 characters. */
const ZH_AVOID_MAX = 4
const ZH_AVOID: ReadonlySet<string> = (() => {
  const out = new Set(ZH_GENERIC)
  for (const [w, v] of ZH_LEXICON) if (v !== 0 && w.length > 1 && w.length <= ZH_AVOID_MAX) out.add(w)
  return out
})()

// Per UTF-16 code: a table, since every character of every comment is looked up.
export const ZH_BREAK_FLAG = 1
export const ZH_EDGE_FLAG = 2
const AVOID_START_FLAG = 4
const ZH_FLAGS = (() => {
  const flags = new Uint8Array(0x10000)
  for (const ch of ZH_BREAK) flags[ch.charCodeAt(0)] |= ZH_BREAK_FLAG
  for (const ch of ZH_EDGE) flags[ch.charCodeAt(0)] |= ZH_EDGE_FLAG
  for (const w of ZH_AVOID) flags[w.charCodeAt(0)] |= AVOID_START_FLAG
  return flags
})()

export function zhFlags(code: number): number {
  return ZH_FLAGS[code]
}

/** For each position of a (Simplified) Han run, the length of the shortest generic word starting there, else 0. */
export function zhAvoidLengths(run: string): Uint8Array {
  const out = new Uint8Array(run.length)
  for (let i = 0; i < run.length; i++) {
    if (!(ZH_FLAGS[run.charCodeAt(i)] & AVOID_START_FLAG)) continue
    for (let n = 2; n <= ZH_AVOID_MAX && i + n <= run.length; n++) if (ZH_AVOID.has(run.slice(i, i + n))) { out[i] = n; break }
  }
  return out
}

/** A Chinese character n-gram (Simplified) that cannot be a theme. */
export function isZhFiller(gram: string): boolean {
  if ((ZH_FLAGS[gram.charCodeAt(0)] | ZH_FLAGS[gram.charCodeAt(gram.length - 1)]) & ZH_EDGE_FLAG) return true
  for (let i = 0; i < gram.length; i++) if (ZH_FLAGS[gram.charCodeAt(i)] & ZH_BREAK_FLAG) return true
  const avoid = zhAvoidLengths(gram)
  return avoid.some((n, i) => n > 0 && i + n <= gram.length)
}
