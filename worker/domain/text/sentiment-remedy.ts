// A fault put right: "one of the wheels broke, they sent a new one free, no questions asked". Where
// the company's remedy follows every complaint in an answer and only praise comes after it, the
// fault is the story's start, not the verdict: survey writers call such an answer positive.
import type { Unit } from './units.ts'

/** What the company did to put a fault right, as the words after it read (unit texts joined by spaces). */
const REMEDY = new RegExp('^(?:' + [
  'restored', 'replaced', 'refunded', 'reimbursed', 'credited', 'recovered', 'reinstated', 'reactivated', 'unlocked',
  'sent (?:me |us )?(?:a |another )?(?:new|replacement|spare|fresh)', 'had (?:a |another )?(?:new one|replacement)', 'sent (?:me |us )?(?:a |an )?(?:[a-z]+ )?(?:fix|patch)', 'rang (?:me|us)', 'let (?:me|us) keep', 'sent (?:me |us )?the right', 'threw in', 'shipped (?:me |us )?(?:a |another )?(?:new|replacement)',
  'let (?:me|us) in', 'walked (?:me|us) through', 'talked (?:me|us) through', 'sorted (?:it|me|us|out)', 'got it back', 'got them back',
  'swapped it', 'exchanged it', 'fixed it', 'fixed my', 'resolved it', 'had it fixed', 'had it sorted',
  '重新安排', '派人补上', '远程给开了', '给开了', '秒退款', '直接补发', '补发', '重新补印', '补印', '主动打电话', '马上重新安排', '补发了', '补送了', '补寄了', '安排免费返修', '免费返修', '退回来了', '就退回来了', '修好了', '退款了', '已退款', '恢复了',
  'me a rappelé', 'nous a rappelé', 'corrigé', 'corrigiu', 'corrigiram', 'resolveu', 'korrigiert', 'behoben', 'sistemato', 'corretto', 'me lo arreglaron', 'me marcaron', 'me dieron otra', 'me dieron otro', 'me soluciono', 'me solucionó', 'me lo soluciono', 'tenia el reembolso', 'tenía el reembolso', 'me reembolsaron', 'le hanno sostituito', 'lo hanno sostituito', 'sostituito', 'me la reimprimieron', 'me lo reimprimieron', 'reimprimieron', 'reimprimiram', 'me ont renvoyé', 'nous ont renvoyé', 'mandaram outra', 'mandaram outro', 'enviaram outra', 'enviaram outro', 'le hanno ritrovato', 'lo hanno ritrovato', 'la hanno ritrovata', 'ritrovato', 'lo arreglaron', 'switched (?:me|us) to',
  'me lo resolvieron', 'lo resolvieron', 'me lo solucionaron', 'resolveram', 'me devolvieron', 'ersatz', 'erstattet', 'remboursé', 'risolto', 'rimborsato',
].join('|') + ')(?![a-z])')

/** Whether a remedy starts at unit `i`. */
export function remedyAt(units: readonly Unit[], i: number): boolean {
  if (units[i].boundary) return false
  let words = ''
  for (let k = i; k < units.length && k < i + 5 && !units[k].boundary; k++) words += (words ? ' ' : '') + units[k].text
  return REMEDY.test(words)
}

/** The share of a backstory's complaint kept once a remedy and praise followed it. */
export const BACKSTORY_SHARE = 0.3

/**
 * Complaints before the remedy at `from` (a contributions index) weigh BACKSTORY_SHARE of themselves
 * where praise and no complaint follow it.
 */
export function settleBackstory(contributions: { v: number }[], from: number): boolean {
  if (from <= 0 || !contributions.slice(0, from).some((c) => c.v < 0)) return false
  const after = contributions.slice(from)
  if (!after.some((c) => c.v > 0) || after.some((c) => c.v < 0)) return false
  for (let k = 0; k < from; k++) if (contributions[k].v < 0) contributions[k].v *= BACKSTORY_SHARE
  return true
}
