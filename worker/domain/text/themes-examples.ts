// Example comments for a theme: ones that contain the phrase as shown and are short enough to
// read in a list, without repeats (copies of one complaint say nothing new); newest first
// within each tier since comments arrive newest first.

const SHORTEST = 8
const LONGEST = 220

const signature = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

/**
 * Indexes of up to `max` examples among `ids`; `textOf` gives a comment's prepared (Simplified)
 * text, and `phrase` is compared lower-cased.
 */
export function pickExamples(ids: readonly number[], textOf: (i: number) => string, phrase: string, max = 5): number[] {
  const wanted = phrase.toLowerCase()
  const tiers: number[][] = [[], [], []]
  for (const i of ids) {
    const text = textOf(i)
    const readable = text.length >= SHORTEST && text.length <= LONGEST
    tiers[readable ? (text.toLowerCase().includes(wanted) ? 0 : 1) : 2].push(i)
  }
  const out: number[] = []
  const seen: string[] = []
  for (const tier of tiers) for (const i of tier) {
    if (out.length >= max) return out
    const sig = signature(textOf(i))
    if (seen.some((s) => s === sig || (Math.min(s.length, sig.length) >= 20 && (s.includes(sig) || sig.includes(s))))) continue
    seen.push(sig)
    out.push(i)
  }
  return out
}
