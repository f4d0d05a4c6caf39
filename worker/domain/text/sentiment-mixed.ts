// Whether a comment turns from one verdict to the other across a contrast: "good food, but the
// delivery was slow", 酒店位置很好，就是隔音太差, "Great tool. Pricey though." Such a comment holds both,
// whichever side wins on score. The totals alone miss it: the contrast halves what came before,
// and a reservation (就是) halves the gripe after it, as they should for the score.

import { EN_FADED } from './lexicon-en.ts'
import { ZH_MILD_GRIPES } from './lexicon-zh-reviews.ts'

type Contribution = { v: number; w: number; clause: number; sentence: number; hedge?: boolean; faint?: boolean; mild?: boolean; rival?: boolean }

/** How much of each verdict either side of the turn must hold (a plain "good" or "slow" is 1-2). */
const TURN_MIN = 1
/** What a hedged gripe after a turn counts for ("great tool, a bit pricey though", 功能很强大，就是有点贵). */
export const MILD_GRIPE = TURN_MIN
/** Chinese gripes hedged in one word (有点贵, 偏小); English ones are hedged by a degree word ("a bit"). */
export const MILD_GRIPES: ReadonlySet<string> = new Set(ZH_MILD_GRIPES)
/** What each side of clauses set side by side must hold: a whole verdict ("quick", "slow"), not a passing word. */
const JUXTAPOSED_MIN = 1.5
/** A gripe conceded before praise ("minor bugs, but overall excellent", 累但是很值) must be a full complaint. */
const CONCEDED_MIN = 1.5
/** Words that sum up after a gripe: the verdict stands ("price went up, but it's still good value", 不过不影响使用). */
const SUMMING = new Set(['still', 'overall', 'anyway', 'nonetheless', 'nevertheless', '还是', '依然', '依旧', '仍然', '总的来说', '总体来说', '总体而言', '总之', '总体', '整体', '不影响使用', '不影响'])

/** Praise too faint to turn from: "the price is ok, but support is slow" is a complaint (还可以，就是总是卡). */
export const FAINT_PRAISE: ReadonlySet<string> = new Set(['ok', 'okay', 'fine', 'correct', 'decent', 'alright', 'acceptable', 'passable', '还行', '还可以', '可以', '凑合', '一般', '还好', '尚可', '过得去', 'nice enough', 'friendly enough', 'polite enough', 'helpful enough'])
/** A side after the contrast that takes the first one back: "impressed, but not in a good way", "does the job, but barely". */
const RETRACTING = new Set(['barely', 'in a good way', 'in the best way', 'in a good sense'])
/** What a clause hoped, expected, was told or was at first before the contrast that answers it ("had high hopes, but", "initially great, but", 本以为…结果, 说是…结果). */
const EXPECTATIONS = new Set([...EN_FADED, 'hopes', 'hoped', 'hoping', 'wanted', 'expected', 'expecting', 'thought', 'ready', '以为', '本以为', '原以为', '原本以为', '本来以为', '还以为', '期望', '说是', '号称', '声称', '宣称'])

/**
 * The points where a comment turns, fed as the rules walk it. `at`: the index into the
 * contributions where the side after a contrast begins. The side before is the same sentence's
 * verdicts before it or, where the contrast opens a sentence ("However, ..."), the sentence before.
 */
export function turnPoints() {
  // `units`: how many units follow the turn (an unread reservation is still one: "cleaner, but where did bulk actions go?").
  const turns: { at: number; sums: boolean; retracts?: boolean; units: number; except?: boolean }[] = []
  // Clauses that only set up a turn: on the side before one, they count for nothing.
  const expectations = new Set<number>()
  // Clause boundaries with no contrast word ("support is brilliant, the platform is slow").
  const juxtaposed: number[] = []
  return {
    turn(at: number, word = ''): void { turns.push({ at, sums: SUMMING.has(word), units: 0, except: word === 'except' || undefined }) },
    count: (): number => turns.length,
    /** A clause boundary (a comma, not a sentence's end) at contribution `at`. */
    juxtapose(at: number): void { if (juxtaposed[juxtaposed.length - 1] !== at) juxtaposed.push(at) },
    /**
     * Whether clauses set side by side in one sentence, with no contrast word, praise and then
     * complain ("booking was quick, cancelling was a nightmare"; 位置很好，隔音太差). Stricter than a
     * turn: each side a whole verdict (JUXTAPOSED_MIN), hedged, faint and set-up clauses aside. The
     * other order tells a story that ends well ("went offline, support walked me through a reset").
     */
    sideBySide(contributions: readonly Contribution[]): boolean {
      const full = (c: Contribution) => (c.w > 0 && !c.hedge && !c.faint && !expectations.has(c.clause) ? c.v : 0)
      for (const at of juxtaposed) {
        if (at <= 0 || at >= contributions.length) continue
        const sentence = contributions[at].sentence
        if (contributions[at - 1].sentence !== sentence) continue
        let before = 0, after = 0
        for (let k = at - 1; k >= 0 && contributions[k].sentence === sentence; k--) before += full(contributions[k])
        for (let k = at; k < contributions.length && contributions[k].sentence === sentence; k++) after += full(contributions[k])
        if (before >= JUXTAPOSED_MIN && after <= -JUXTAPOSED_MIN) return true
      }
      return false
    },
    /**
     * A word of clause `clause`, which opened at contribution `clauseStart` and holds `verdicts` so
     * far: does it set up a turn, or sum up or take back after the turn there?
     */
    word(text: string, clause: number, clauseStart: number, verdicts: number): void {
      if (EXPECTATIONS.has(text)) expectations.add(clause)
      const last = turns[turns.length - 1]
      if (last) last.units++
      if (!last || last.at !== clauseStart) return
      if (SUMMING.has(text)) last.sums = true
      if (RETRACTING.has(text) && verdicts === clauseStart) last.retracts = true
    },
    /**
     * Whether the last turn follows praise with words the rules read nothing in ("cleaner, but where
     * did bulk actions go?"): a reservation all the same, so the comment holds both.
     */
    unreadAfterPraise(contributions: readonly Contribution[]): boolean {
      const last = turns[turns.length - 1]
      return !!last && last.at >= contributions.length && !last.sums && !last.retracts && last.units >= (last.except ? 1 : UNREAD_RESERVATION) && praisedBefore(contributions, last.at, expectations)
    },
    /**
     * Whether some turn goes from one verdict to the other, each side holding enough. Verdicts a
     * contrast zeroed (a misgiving it answers), hedges ("not perfect, but") and the clauses that only
     * set up a turn ("had high hopes, but") count for nothing on the side before. Summing up over a
     * gripe settles what came before it: one verdict, unless a later turn opens another.
     */
    bothWays(contributions: readonly Contribution[]): boolean {
      let found = false
      for (const { at, sums, retracts } of turns) {
        if (at >= contributions.length || retracts) continue
        const sentence = contributions[at].sentence
        let after = 0
        for (let k = at; k < contributions.length && contributions[k].sentence === sentence; k++) after += contributions[k].w > 0 && !contributions[k].faint ? afterTurn(contributions[k]) : 0
        let before = 0, k = at - 1
        const side = k >= 0 && contributions[k].sentence === sentence ? sentence : sentence - 1
        for (; k >= 0 && contributions[k].sentence === side; k--) {
          const c = contributions[k]
          // A rival's praise is a whole complaint about us, however damped ("Gusto was easier to set up, but yours handles tips better").
          if (c.w > 0 && !c.hedge && !c.faint && !expectations.has(c.clause)) before += c.rival ? Math.min(c.v, -CONCEDED_MIN) : c.v
        }
        if (before < 0 && after > 0 && sums) { found = false; continue }
        const least = before < 0 ? CONCEDED_MIN : TURN_MIN
        if (Math.sign(before) !== Math.sign(after) && Math.abs(before) >= least && Math.abs(after) >= TURN_MIN) found = true
      }
      return found
    },
  }
}

/**
 * How many units after a contrast make an unread reservation ("but where did bulk actions go"), not a tail
 * ("but yeah"). After "except" whatever follows is one ("everything's great except the price").
 */
const UNREAD_RESERVATION = 3

/** Whether the sentence before contribution `at` praised, as fully as a turn needs. */
function praisedBefore(contributions: readonly Contribution[], at: number, expectations: ReadonlySet<number>): boolean {
  const sentence = contributions[at - 1]?.sentence
  let before = 0
  for (let k = at - 1; k >= 0 && contributions[k].sentence === sentence; k--) {
    const c = contributions[k]
    if (c.w > 0 && !c.hedge && !c.faint && !expectations.has(c.clause)) before += c.v
  }
  return before >= TURN_MIN
}

/** A verdict on the side after a turn: a hedged gripe counts as a whole one. */
function afterTurn(c: Contribution): number {
  return c.mild ? Math.min(c.v, -MILD_GRIPE) : c.v
}
