// Candidate theme phrases of one comment. English: runs of 1-3 words inside a clause that start
// and end on a content word ("dark mode", "export to excel"), keyed by their content stems so
// "Dark Mode", "dark-mode" and "dark modes" meet. Chinese: character n-grams of 2-4 characters
// (Han runs come unsegmented: the segmenter is the costliest step, and n-grams find new words
// it does not know, like "夜间模式"); overlapping n-grams are grouped later.
import { stem } from './stem.ts'
import { T2S } from './t2s-map.ts'
import { EN_CLOSERS, EN_JOINERS, EN_STOP, isEnFiller, ZH_BREAK_FLAG, ZH_EDGE_FLAG, zhAvoidLengths, zhFlags } from './themes-filler.ts'
import { otherFiller, type OtherFiller } from './themes-filler-other.ts'
import { splitElision } from './tokenize.ts'

/**
 * Called once per candidate occurrence. `key`: what variants share; `surface`: as written;
 * `size`: 1 for a single word (or a 2-character Chinese n-gram), 2 for longer phrases.
 */
export type PhraseSink = (key: string, surface: string, size: 1 | 2) => void

const MAX_WORDS = 3
const ZH_MIN = 2
const ZH_MAX = 4

/**
 * `joins`: a function word allowed inside a phrase (EN_JOINERS). `closes`: a generic noun that may
 * end a two-word phrase after a word that is not generic ("mobile app"; "apple watch" stays as it
 * is), though never start one or stand alone.
 */
type Word = { text: string; stem: string; stop: boolean; joins: boolean; edge: boolean; closes?: boolean }

/** What a phrase key starts with, as `phrasesOf` checks it: its first stem, or first two characters. */
export function phraseStart(key: string): string {
  const c = key.charCodeAt(0)
  if (isHan(c)) return key.slice(0, 2)
  const space = key.indexOf(' ')
  return space < 0 ? key : key.slice(0, space)
}

/** Emit the phrases of one clause; returns 0, the clause's length once emptied. */
function englishPhrases(words: Word[], emit: PhraseSink, starts?: ReadonlySet<string>): 0 {
  for (let i = 0; i < words.length; i++) {
    if (!words[i].edge || (starts && !starts.has(words[i].stem))) continue
    let key = words[i].stem, surface = words[i].text, content = 1
    emit(key, surface, 1)
    for (let j = i + 1; j < words.length && j < i + MAX_WORDS; j++) {
      const w = words[j]
      // Inside a phrase: a joining function word ("to" in "export to excel") or a content word, never filler.
      if (w.stop ? !w.joins : !w.edge && !w.closes) break
      surface += ' ' + w.text
      if (!w.stop) { key += ' ' + w.stem; content++ }
      if (w.closes) { if (content === 2) emit(key, surface, 2); break }
      if (w.edge && content > 1) emit(key, surface, 2)
    }
  }
  return 0
}

// Traditional characters as codes, so a Han run converts without a string per character.
const T2S_CODES = (() => {
  const table = new Uint16Array(0x10000)
  for (const [t, simple] of T2S) if (t.length === 1 && simple.length === 1) table[t.charCodeAt(0)] = simple.charCodeAt(0)
  return table
})()

function simplified(run: string): string {
  for (let i = 0; i < run.length; i++) {
    if (!T2S_CODES[run.charCodeAt(i)]) continue
    let out = run.slice(0, i)
    for (let j = i; j < run.length; j++) out += String.fromCharCode(T2S_CODES[run.charCodeAt(j)] || run.charCodeAt(j))
    return out
  }
  return run
}

/**
 * N-grams of a Han run that contain no break character, do not start or end on an edge
 * character and hold no generic word; strings are made only for those that pass.
 */
function chinesePhrases(raw: string, emit: PhraseSink, starts?: ReadonlySet<string>): void {
  const run = simplified(raw)
  // A generic word ("性价比", "很快") is never in a theme, whole or cut: an n-gram stops before the
  // first one starting inside it, and none starts inside one ("价比" of "性价比").
  const avoid = zhAvoidLengths(run)
  const midWord = new Uint8Array(run.length)
  for (let j = 0; j < run.length; j++) for (let k = 1; k < avoid[j]; k++) midWord[j + k] = 1
  for (let i = 0; i + ZH_MIN <= run.length; i++) {
    const first = zhFlags(run.charCodeAt(i))
    if (first & (ZH_BREAK_FLAG | ZH_EDGE_FLAG) || avoid[i] || midWord[i]) continue
    if (starts && !starts.has(run.slice(i, i + ZH_MIN))) continue
    for (let n = ZH_MIN; n <= ZH_MAX && i + n <= run.length; n++) {
      const end = i + n, last = zhFlags(run.charCodeAt(end - 1))
      if (last & ZH_BREAK_FLAG || avoid[end - 1]) break
      if (last & ZH_EDGE_FLAG) continue
      const gram = run.slice(i, end)
      emit(gram, gram, n === ZH_MIN ? 1 : 2)
    }
  }
}

// Clause breaks: an English phrase never spans one.
const BREAKS = new Set([...'.,;:!?。，、；：！？…~～()（）[]{}|"“”\n'].map((c) => c.charCodeAt(0)))
const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x2b0 && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c < 0x3400 && !(c >= 0x2000 && c < 0x3000))
const isWordChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57)
const isApostrophe = (c: number) => c === 39 || c === 0x2019

/** `split`: the words of an elided form ("l'exportation": "le", "exportation"), in its place. */
type Entry = Word & { raw: string; split?: Word[] }
// Words seen, in an open-addressing table probed by a hash taken during the scan: a known word
// then costs no string (most of a comment's words are known after the first few hundred). One
// table per language with filler of its own ("de" is a word in English, filler in French).
const TABLE_SIZE = 1 << 16
type WordTable = { slots: (Entry | undefined)[]; entries: number; other?: OtherFiller }
const tables = new Map<string, WordTable>()

function tableFor(language: string | undefined): WordTable {
  const other = otherFiller(language), key = other ? language! : ''
  let t = tables.get(key)
  if (!t) tables.set(key, (t = { slots: new Array(TABLE_SIZE), entries: 0, other }))
  return t
}

function entryOf(raw: string, other?: OtherFiller): Entry {
  // "united's" is "united"; other contractions ("can't", "i'm") are function words.
  const word = raw.replace(/['’]s$/, '')
  const stop = EN_STOP.has(word) || /['’]/.test(word) || !!other?.stop.has(word)
  const joins = stop && (EN_JOINERS.has(word) || !!other?.joiners.has(word))
  return { raw, text: word, stem: stop ? '' : stem(word), stop, joins, edge: !stop && !isEnFiller(word) && !other?.filler.has(word), closes: EN_CLOSERS.has(word) }
}

function wordAt(text: string, start: number, end: number, hash: number, t: WordTable): Entry {
  let slot = hash & (TABLE_SIZE - 1)
  for (let e = t.slots[slot]; e; e = t.slots[(slot = (slot + 1) & (TABLE_SIZE - 1))]) {
    if (e.raw.length === end - start && text.startsWith(e.raw, start)) return e
  }
  const entry = entryOf(text.slice(start, end), t.other)
  // An elided article or pronoun ("l'exportation") is a word of its own, as the tokenizer reads it.
  const parts = entry.stop && entry.text.length > 2 ? splitElision(entry.raw) : undefined
  if (parts && parts.length > 1) entry.split = parts.map((p, k) => {
    const e = entryOf(p, t.other)
    return k < parts.length - 1 && !e.stop ? { ...e, stem: '', stop: true, joins: false, edge: false } : e
  })
  if (++t.entries > TABLE_SIZE * 0.7) { t.slots = new Array(TABLE_SIZE); t.entries = 1; slot = hash & (TABLE_SIZE - 1) }
  t.slots[slot] = entry
  return entry
}

/**
 * Emit the candidate phrases of a prepared comment (Traditional Chinese read as Simplified), in
 * order (repeats included);
 * with `starts` (see phraseStart), only those starting there.
 * A hand-written scan: this runs on every comment of two periods per request, and the shared
 * tokenizer's regular expression costs several times more.
 */
export function phrasesOf(simplified: string, emit: PhraseSink, starts?: ReadonlySet<string>, language?: string): void {
  const text = simplified.toLowerCase()
  const table = tableFor(language)
  const words: Word[] = []
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i)
    let j = i + 1
    if (c === 32) { i = j; continue }
    if (isHan(c)) {
      while (j < text.length && isHan(text.charCodeAt(j))) j++
      words.length = englishPhrases(words, emit, starts)
      chinesePhrases(text.slice(i, j), emit, starts)
    } else if (isWordChar(c)) {
      let hash = Math.imul(2166136261 ^ c, 16777619) // FNV-1a, for wordAt
      for (let d = c; j < text.length && (isWordChar((d = text.charCodeAt(j))) || (isApostrophe(d) && isLetter(text.charCodeAt(j + 1)))); j++) hash = Math.imul(hash ^ d, 16777619)
      // Links and @mentions name no theme, and a phrase does not run across them.
      if ((j - i === 4 || (j - i === 5 && text.charCodeAt(i + 4) === 115)) && text.startsWith('http', i) && text.startsWith('://', j)) {
        while (j < text.length && text.charCodeAt(j) > 32) j++
        words.length = englishPhrases(words, emit, starts)
      } else if (i > 0 && text.charCodeAt(i - 1) === 64) words.length = englishPhrases(words, emit, starts)
      else {
        const e = wordAt(text, i, j, hash >>> 0, table)
        if (e.split) words.push(...e.split)
        else words.push(e)
      }
    } else if (BREAKS.has(c) || (c >= 0xd800 && c <= 0xdfff)) words.length = englishPhrases(words, emit, starts)
    i = j
  }
  englishPhrases(words, emit, starts)
}
