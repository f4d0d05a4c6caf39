// A topic keyword must keep a word once punctuation is gone, part by part around a gap ("…"):
// "c++" is "c", "[a-" is "a", and a lone letter would match any "a" or "c" in a comment. Two
// letters or digits, or one Chinese character (不, 卡 are words). The API refuses others; the
// dashboard says so before sending.

const GAP_SPLIT = /\s*(?:\u2026|\.\.\.)\s*/
const hasWord = (part: string) => /\p{Script=Han}/u.test(part) || (part.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 2

/** Whether every part of the keyword around a gap keeps a word. */
export const keywordKeepsWords = (k: string): boolean => k.split(GAP_SPLIT).filter((p) => p.length > 0).every(hasWord)
