// Rivals named where no keyword can list them: the names are the customers' own. The competitor
// topic takes a comment that compares us with a name, came from one or goes back to one, and
// loses a listed name that was only a word here or a move that was only to a place.
import { EN_COMPARATIVES, EN_LEXICON } from './lexicon-en.ts'
import type { TopicDef } from './taxonomy.ts'
import type { Token } from './tokenize.ts'
import { ONE_KEYWORD_CONFIDENCE, type TopicMatch } from './topics.ts'
import { businessName, DETERMINERS, knownWord, lowerCaseName, movedToNoRival, PLACES } from './names.ts'
import { LATIN_OURS } from './units-words.ts'

/** After these a Latin name is what is compared with, used or gone to (比 Uber 贵, 还是用Uber比较快, 没有Keep多, 贵过gogovan; not 和, which joins an integration: 能和outlook同步). */
const ZH_BEFORE_NAME = /(?:比|用|像|没有|不如|换成|换到|试过|多过|平过|贵过|快过|慢过)$/
/**
 * English words before "from" a name that move between tools ("moved over from LastPass", "came from
 * Salesforce"), and before "to" one (not "moving to China", "back to Austin": places, in travellers' words).
 */
const MOVES_FROM = new Set(['came', 'coming', 'moved', 'migrated', 'migrating', 'switched', 'switching', 'over', 'importing', 'import', 'imported'])
const MOVES_TO = new Set(['switched', 'switching', 'migrated', 'migrating'])
/** Comparatives in the other languages we read, and the words that introduce what they compare with. */
const OTHER_BETTER = new Set(['mieux', 'meilleur', 'meilleure', 'pire', 'plus', 'moins', 'meno', 'menos', 'günstiger', 'billiger', 'teurer', 'goedkoper', 'duurder', 'barato', 'caro', 'meglio', 'migliore', 'peggio', 'melhor', 'pior', 'mejor', 'peor', 'besser', 'schlechter', 'más', 'più', 'mehr', 'beter', 'slechter',
  'schneller', 'stabiler', 'einfacher', 'zuverlässiger', 'übersichtlicher', 'langsamer', 'komplizierter', 'sneller', 'makkelijker'])
const OTHER_THAN = new Set(['que', 'di', 'als', 'do', 'da', 'de', 'del', 'dan'])
const OTHER_THAN_ONLY = new Set(['que', 'als', 'dan'])
const ARTICLES = new Set(['o', 'a', 'la', 'le', 'el', 'il', 'lo', 'der', 'die', 'das', 'dem', 'den', 'l', 'de', 'het'])
/** What a name does when it offers more than we do; not "has been", "does not", "has frozen". */
const RIVAL_GIVES = new Set(['has', 'does', 'gives', 'offers', 'costs', 'charges', 'includes', 'beat'])
const NOT_AN_OFFER = new Set(['been', 'not', 'frozen'])
/** The other languages' "I go" or "I switch" before "a" and a name (passo a Fineco). */
const GOING_OVER = new Set(['passo', 'vado', 'paso', 'voy', 'cambio', 'passe', 'vou'])
/** The other languages' "at" or "from" a business (chez, bei, su, naar, desde): before a name, a rival. */
const AT_A_RIVAL = new Set(['chez', 'bei', 'su', 'naar', 'desde', 'bij'])
/** The other languages' "I came from" before "from" and a name ("Mudei da Fidelidade para vocês", "vengo de Movistar", "gewechselt von Check24"). */
const CAME_FROM = new Set(['mudei', 'vim', 'migrei', 'vengo', 'venía', 'venia', 'migramos', 'viens', 'venais', 'gewechselt', 'komme', 'kam', 'arrivo', 'overgestapt'])
const FROM = new Set(['da', 'do', 'de', 'von', 'van', 'del'])
/** Before "on" and a name others already work in. */
const ALREADY_ON = new Set(['already', 'everything'])
/** Who is moved to a name ("switching everyone to Adobe Sign"). */
const MOVED_WHOM = new Set(['everyone', 'everybody', 'us', 'everything', 'all'])
/** Verbs that weigh us against a name ("beat Allstate", "evaluating Zoho"), and looking "at" one. */
const WEIGHED = new Set(['beat', 'beats', 'undercut', 'undercuts', 'evaluating', 'trialing', 'trialling'])
const LOOKING = new Set(['looking', 'look', 'looked'])
/**
 * 比 and a few characters (a name) before a verdict an app earns (好用, 清爽, 贵), not a time, person,
 * place or measure (比以前, 比我想象的, 比在店里, 比较): food is compared with food (土豆比鸡肉好吃), so
 * "tastier" and "faster" say nothing of a rival; "still going to X to buy" (还是去京东买吧).
 */
const ZH_COMPARED = /比(?![较例如赛起上去以之原我你他她它自平想预这那前昨今别同一二两三几本当现正在到])[\u4e00-\u9fff]{2,4}?(?=(?:还|更|要|都)?(?:贵|便宜|好用|难用|清爽|简洁|干净|自然|清楚|流畅|稳定|实惠|划算|方便|复杂|卡))|还是用(?![你这咱我])[\u4e00-\u9fff]{2,4}?(?=吧)|还是去(?![你这咱我])[\u4e00-\u9fff]{2,4}?(?=买)/

/**
 * Gone to a name written in Chinese (准备全换米家了, 已经换高德了): a decision to switch and a name of two
 * to four characters, not the things people change (换房间, 换老师, 换手机).
 */
const ZH_SWITCHED_TO = /(?:已经|准备|打算|决定|全|都)(?:换成|换到|改用|转用|换)(?!成|到|了|个|一|回|掉|过|新|旧|别|其他|其它|房|座|老师|司机|车|电池|手机|电脑|平板|号|卡|密码|账号|地址|套餐|会员|版本|人|医生|工作|城市|位置|衣服|时间)[\u4e00-\u9fff]{2,4}?了/


/**
 * What in the comment names a rival, or undefined: "Much easier than Notion", "than on Booking.com",
 * "moved over from LastPass", "Back to Lyft", "Even Uber has one" (a word written Capitalised), and
 * in Chinese a Latin name after 比/用/没有, or the patterns of ZH_COMPARED.
 */
/** Capitalised words after "compared to" that name a time or a thing of one's own, not a business. */
const NOT_COMPARED_NAMES = new Set(['last', 'this', 'next', 'previous', 'before', 'yesterday', 'other', 'others', 'my', 'our', 'the', 'what', 'how', 'when'])

export function rivalNamedIn(tokens: readonly Token[], simplified: string): string | undefined {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i], next = tokens[i + 1]
    if (t.text === 'than' && ((next.named && !knownWord(next.text)) || (next.text === 'on' && tokens[i + 2] && (tokens[i + 2].named || lowerCaseName(tokens[i + 2]))))) return `than ${next.named ? next.text : tokens[i + 2].text}`
    // "they're already on HubSpot", "runs everything on salesforce": where others already work.
    if (t.text === 'on' && ALREADY_ON.has(tokens[i - 1]?.text ?? '') && (businessName(next) || lowerCaseName(next))) return `${tokens[i - 1].text} on ${next.text}`
    // In the other languages: "bcp mieux que duolingo", "molto meglio dell'app di Trenitalia", "más fácil que la app de Renfe".
    // An article may stand between ("melhor que o Mercado Livre"); a name in lower case only after a "than" (que, als), not an "of" (de temps).
    const name = ARTICLES.has(next.text) ? tokens[i + 2] : next
    if (name && OTHER_THAN.has(t.text) && (name.named || (OTHER_THAN_ONLY.has(t.text) && lowerCaseName(name))) && tokens.slice(Math.max(0, i - 5), i).some((x) => OTHER_BETTER.has(x.text))) return `${t.text} ${name.text}`
    // "YNAB costs about the same", "clerk has a middle tier", "greenlight does the same thing": a name (not a thing of
    // ours after "the", "my"…) offering something, not "the sync has been broken" or "the link does not work".
    if (RIVAL_GIVES.has(next.text) && !DETERMINERS.has(tokens[i - 1]?.text ?? '') && !NOT_AN_OFFER.has(tokens[i + 2]?.text ?? '') &&
      (businessName(t) || lowerCaseName(t))) return `${t.text} ${next.text}`
    // "passo a Fineco", "me voy a Revolut", "je passe à Qonto": going over to a name, not to a place.
    if ((t.text === 'a' || t.text === 'à') && GOING_OVER.has(tokens[i - 1]?.text ?? '') && businessName(next)) return `${tokens[i - 1].text} ${t.text} ${next.text}`
    // "Su Spotify non succede", "bei Bumble", "chez Free", "naar Bunq": a name where things are done elsewhere.
    // In Dutch an article may stand between ("bij de Jumbo"); not in German, which capitalises every noun ("bei der Anmeldung").
    const atName = t.text === 'bij' && ARTICLES.has(next.text) && tokens[i + 2] ? tokens[i + 2] : next
    if (AT_A_RIVAL.has(t.text) && businessName(atName)) return `${t.text} ${atName.text}`
    if (FROM.has(t.text) && CAME_FROM.has(tokens[i - 1]?.text ?? '') && businessName(next)) return `${tokens[i - 1].text} ${t.text} ${next.text}`
    // Written in lower case ("better than notion", "so slow compared to asana", "importing from trello").
    const compared = t.text === 'than' || (t.text === 'to' && tokens[i - 1]?.text === 'compared') || (t.text === 'with' && tokens[i - 1]?.text === 'compared') ||
      (t.text === 'from' && MOVES_FROM.has(tokens[i - 1]?.text ?? ''))
    if (compared && lowerCaseName(next)) return `${t.text} ${next.text}`
    // "Good prices compared to Audible": after "compared to", a Capitalised word is a name even when it is also a word.
    if (t.text !== 'than' && t.text !== 'from' && compared && next.named && !PLACES.has(next.text) && !LATIN_OURS.has(next.text) && !NOT_COMPARED_NAMES.has(next.text)) return `compared ${t.text} ${next.text}`
    if (next.named && ((t.text === 'from' && MOVES_FROM.has(tokens[i - 1]?.text ?? '')) || (t.text === 'to' && MOVES_TO.has(tokens[i - 1]?.text ?? '')))) return `${tokens[i - 1].text} ${t.text} ${next.text}`
    if (t.text === 'back' && tokens[i - 1]?.kind !== 'word' && next.text === 'to' && (tokens[i + 2]?.named || tokens[i + 2]?.opening)) return `back to ${tokens[i + 2].text}`
    if (t.text === 'even' && next.named && !knownWord(next.text)) return `even ${next.text}`
    // "alongside the Peloton app", "less annoying than the WeWork app": an app named after a business (in lower case,
    // "the desktop app" and "the reader app" are ours).
    if (t.text === 'the' && tokens[i + 2]?.text === 'app' && businessName(next)) return `the ${next.text} app`
    // "we're going with salesforce", "consolidating onto Lever", "work gives us 1Password".
    if ((businessName(next) || lowerCaseName(next)) && ((t.text === 'with' && tokens[i - 1]?.text === 'going') || t.text === 'onto' || (t.text === 'us' && /^(gives|gave|give|pays|paid)$/.test(tokens[i - 1]?.text ?? '')))) return `${tokens[i - 1]?.text ?? ''} ${t.text} ${next.text}`.trim()
    // "Looking at PandaDoc now", "the price beat Allstate", "the same cover with Geico for way less", "switching everyone to Adobe Sign".
    // "Switching everyone to Adobe Sign", "moving our shows to buzzsprout": people or things of ours moved to a name.
    const mover = t.text === 'to' ? movedOursAt(tokens, i) : -1
    if (mover >= 0 && (businessName(next) || lowerCaseName(next)) && !movedToNoRival((k) => tokens[i + 1 + k]?.text ?? '')) return `${tokens.slice(mover, i).map((x) => x.text).join(' ')} to ${next.text}`
    // "Booking.com had the same room 40 quid cheaper": a site named by its address, compared in its sentence (not an email's domain).
    if (next.text === '.' && DOMAIN_ENDS.has(tokens[i + 2]?.text ?? '') && t.kind === 'word' && !simplified.toLowerCase().includes(`@${t.text}.`) && !LATIN_OURS.has(t.text) && comparedLater(tokens, i + 3)) return `${t.text}.${tokens[i + 2].text}`
    if (businessName(next) && (WEIGHED.has(t.text) || (t.text === 'at' && LOOKING.has(tokens[i - 1]?.text ?? '')) || (t.text === 'with' && tokens[i + 2]?.text === 'for'))) return `${t.text} ${next.text}`
    // 用LINE Pay付款: a name followed by "pay" is a way to pay.
    if (t.kind === 'han' && ZH_BEFORE_NAME.test(t.text) && next.kind === 'word' && /^[a-z][a-z0-9]{2,}/.test(next.text) && !LATIN_OURS.has(next.text) && tokens[i + 2]?.text !== 'pay') return `${t.text.slice(-2)}${next.text}`
    // 同uber比贵咗成倍, 跟Uber比: a Latin name compared with.
    if (t.kind === 'han' && /[同跟]$/.test(t.text) && next.kind === 'word' && /^[a-z]/.test(next.text) && !LATIN_OURS.has(next.text) && tokens[i + 2]?.text.startsWith('比')) return `${t.text.slice(-1)}${next.text}比`
  }
  return ZH_COMPARED.exec(simplified)?.[0] ?? ZH_SWITCHED_TO.exec(simplified)?.[0]
}

/**
 * Where the verb starts in "switching everyone to", "moving our shows to" before the "to" at `i`: whom
 * (everyone, us, all) just after the verb, or our/my/all and one word; -1 when no such move.
 */
const MOVES = (w: string | undefined) => !!w && (MOVES_TO.has(w) || /^(?:mov|migrat)/.test(w))
function movedOursAt(tokens: readonly Token[], i: number): number {
  if (MOVED_WHOM.has(tokens[i - 1]?.text ?? '') && MOVES(tokens[i - 2]?.text)) return i - 2
  if (/^(?:our|my|all)$/.test(tokens[i - 2]?.text ?? '') && MOVES(tokens[i - 3]?.text)) return i - 3
  return -1
}

const DOMAIN_ENDS = new Set(['com', 'net', 'io', 'co', 'app', 'de', 'fr'])
/** Whether a comparative follows from `j` before the sentence ends. */
function comparedLater(tokens: readonly Token[], j: number): boolean {
  for (; j < tokens.length && !/^[.!?。！？]$/.test(tokens[j].text); j++) if (EN_COMPARATIVES.has(tokens[j].text)) return true
  return false
}

/**
 * The competitor topic as the comment bears it out: keyword matches that were only a listed name
 * used as a word, or a move to a place, dropped; a rival the rules read (`rival`) or a name compared
 * with added where no keyword named one. `marked`: the tokens markRivals returned.
 */
export function settleCompetitor(topics: TopicMatch[], taxonomy: TopicDef[], c: { tokens: Token[]; marked: Token[]; simplified: string; rival?: string }): TopicMatch[] {
  const kept = withoutWordsOfPraise(topics, c.marked)
  return withRivalNamed(kept, taxonomy, c.rival ?? rivalNamedIn(c.tokens, c.simplified))
}

/**
 * A rival the sentiment rules read ("Asana does what we need", "moving to Qualtrics") names the
 * competitor topic where no keyword did: names are the workspace's customers' own, no list holds them.
 */
function withRivalNamed(topics: TopicMatch[], taxonomy: TopicDef[], rival: string | undefined): TopicMatch[] {
  if (!rival || topics.some((t) => t.id === 'competitor') || !taxonomy.some((t) => t.id === 'competitor')) return topics
  return [...topics, { id: 'competitor', confidence: ONE_KEYWORD_CONFIDENCE, matches: [rival] }]
}

/**
 * The competitor topic without the listed names that were only words here: "I am delighted" names
 * no rival though the workspace lists "Delighted". `marked`: the tokens markRivals returned.
 */
function withoutWordsOfPraise<T extends { id: string; matches: string[] }>(topics: T[], marked: Token[]): T[] {
  const competitor = topics.find((t) => t.id === 'competitor')
  if (!competitor) return topics
  const isWordHere = (m: string) => EN_LEXICON.has(m.toLowerCase()) && /^[A-Z]/.test(m) && !marked.some((t) => t.rival && t.text === m.toLowerCase())
  const matches = competitor.matches.filter((m) => !isWordHere(m))
  if (matches.length === competitor.matches.length) return topics
  return matches.length ? topics.map((t) => (t === competitor ? { ...t, matches } : t)) : topics.filter((t) => t !== competitor)
}
