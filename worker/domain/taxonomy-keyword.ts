// A topic keyword must keep a word once punctuation is gone, part by part around a gap ("…"):
// "c++" is "c", "[a-" is "a", and a lone letter would match any "a" or "c" in a comment. Two
// letters or digits, or one Chinese character (不, 卡 are words). A gap needs a part on each side:
// "too …" would match any "too". The API refuses others; the dashboard says so before sending.

const GAP_SPLIT = /\s*(?:\u2026|\.\.\.)\s*/
const hasWord = (part: string) => /\p{Script=Han}/u.test(part) || (part.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 2

/** Whether each gap in the keyword has something on both sides ("too … slow", not "too …" or "… slow"). */
export const gapHasSides = (k: string): boolean => k.trim().split(GAP_SPLIT).every((p) => p.length > 0)

/** Whether every part of the keyword around a gap keeps a word, and each gap has a part on both sides. */
export const keywordKeepsWords = (k: string): boolean => gapHasSides(k) && k.split(GAP_SPLIT).filter((p) => p.length > 0).every(hasWord)
