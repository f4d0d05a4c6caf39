// Candidate theme phrases of one comment. English: runs of 1-3 words inside a clause that start
// and end on a content word ("dark mode", "export to excel"), keyed by their content stems so
// "Dark Mode", "dark-mode" and "dark modes" meet. Chinese: character n-grams of 2-4 characters
// (Han runs come unsegmented: the segmenter is the costliest step, and n-grams find new words
// it does not know, like "夜间模式"); overlapping n-grams are grouped later.
import { stem } from './stem.ts'
import { tokenize } from './tokenize.ts'
import { EN_STOP, isEnFiller, isZhFiller } from './themes-filler.ts'

/**
 * Called once per candidate occurrence. `key`: what variants share; `surface`: as written;
 * `size`: 1 for a single word (or a 2-character Chinese n-gram), 2 for longer phrases.
 */
export type PhraseSink = (key: string, surface: string, size: 1 | 2) => void

const MAX_WORDS = 3
const ZH_MIN = 2
const ZH_MAX = 4

type Word = { text: string; stem: string; stop: boolean; edge: boolean }

function englishPhrases(words: Word[], emit: PhraseSink): void {
  for (let i = 0; i < words.length; i++) {
    if (!words[i].edge) continue
    let key = words[i].stem, surface = words[i].text, content = 1
    emit(key, surface, 1)
    for (let j = i + 1; j < words.length && j < i + MAX_WORDS; j++) {
      const w = words[j]
      // Inside a phrase: a function word ("to" in "export to excel") or a content word, never filler.
      if (!w.stop && !w.edge) break
      surface += ' ' + w.text
      if (!w.stop) { key += ' ' + w.stem; content++ }
      if (w.edge && content > 1) emit(key, surface, 2)
    }
  }
}

function chinesePhrases(run: string, emit: PhraseSink): void {
  for (let i = 0; i + ZH_MIN <= run.length; i++) {
    for (let n = ZH_MIN; n <= ZH_MAX && i + n <= run.length; n++) {
      const gram = run.slice(i, i + n)
      if (!isZhFiller(gram)) emit(gram, gram, n === ZH_MIN ? 1 : 2)
    }
  }
}

/** Emit the candidate phrases of a prepared, Simplified comment, in order (repeats included). */
export function phrasesOf(simplified: string, emit: PhraseSink): void {
  const words: Word[] = []
  const flush = () => { if (words.length) englishPhrases(words, emit); words.length = 0 }
  for (const t of tokenize(simplified, false)) {
    if (t.kind === 'word') {
      const stop = EN_STOP.has(t.text)
      words.push({ text: t.text, stem: stop ? '' : stem(t.text), stop, edge: !isEnFiller(t.text) })
    } else {
      // Punctuation, emoji and Chinese end an English clause.
      flush()
      if (t.kind === 'han') chinesePhrases(t.text, emit)
    }
  }
  flush()
}
