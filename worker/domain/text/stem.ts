import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer'

const cache = new Map<string, string>()

/** Porter stem of an English word (cached: feedback vocabularies are small and repetitive). */
export function stem(word: string): string {
  let s = cache.get(word)
  if (s === undefined) {
    s = /^[a-z]+$/.test(word) ? PorterStemmer.stem(word) : word
    if (cache.size < 50_000) cache.set(word, s)
  }
  return s
}
