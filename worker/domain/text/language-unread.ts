// Function words of Latin-script languages Stayloop has no word lists for. An answer in Polish or
// Swedish once read as English (its words are plain ASCII, and English is the fallback there) and
// was analysed by the English rules; now it is "und", the dashboard's "other languages". Only words
// that are not also words of English or of the languages we read are listed, so a stray one in an
// English answer decides nothing: an unread language must out-count every language we read.
// The word-to-languages index here also counts the function words of the languages we read (language.ts).
const UNREAD_FUNCTION_WORDS: Record<string, string[]> = {
  pl: ['nie', 'jest', 'się', 'że', 'bardzo', 'ale', 'jak', 'dla', 'mnie', 'już', 'czy', 'tylko', 'jestem', 'był', 'była', 'ponieważ', 'żeby', 'może', 'wszystko', 'aplikacja', 'polecam', 'dobra', 'dobry', 'działa', 'jeszcze', 'bez', 'przez', 'kiedy', 'też'],
  cs: ['není', 'jsem', 'velmi', 'jsou', 'také', 'protože', 'když', 'ještě', 'aplikace', 'funguje', 'než', 'který', 'která', 'které', 'jako', 'mám'],
  sv: ['och', 'att', 'inte', 'jag', 'är', 'för', 'mycket', 'på', 'också', 'kan', 'fungerar', 'appen', 'tjänsten', 'alltid', 'aldrig', 'när', 'eller', 'sedan'],
  da: ['og', 'ikke', 'jeg', 'meget', 'godt', 'også', 'altid', 'aldrig', 'virker', 'hvor', 'fordi', 'være', 'jeres'],
  no: ['og', 'ikke', 'jeg', 'veldig', 'også', 'alltid', 'aldri', 'fungerer', 'hvor', 'fordi', 'være', 'deres'],
  fi: ['ja', 'ei', 'että', 'mutta', 'kun', 'oli', 'ovat', 'tämä', 'erittäin', 'todella', 'hyvä', 'olen', 'myös', 'vain', 'kuin', 'sovellus', 'toimii', 'aina', 'koska', 'minä', 'tosi', 'hyvin', 'helppo', 'helppoa', 'nopea', 'nopeaa', 'hidas', 'huono', 'käyttö', 'sovelluksen', 'sovelluksessa', 'kiitos'],
  id: ['yang', 'tidak', 'saya', 'itu', 'dengan', 'untuk', 'sangat', 'bagus', 'tapi', 'sudah', 'aplikasi', 'lebih', 'karena', 'kalau', 'juga', 'banget', 'sekali', 'belum', 'gak', 'nggak', 'kami'],
  tr: ['ve', 'bir', 'çok', 'için', 'ama', 'değil', 'ile', 'gibi', 'daha', 'uygulama', 'güzel', 'iyi', 'kötü', 'hiç', 'sonra', 'neden', 'olarak', 'olan', 'yok'],
  ro: ['și', 'este', 'foarte', 'dar', 'pentru', 'mai', 'sunt', 'că', 'aplicația', 'aplicatia', 'bine', 'nimic', 'mereu', 'niciodată', 'fost', 'această', 'acest'],
  hu: ['és', 'nem', 'hogy', 'egy', 'nagyon', 'van', 'alkalmazás', 'jó', 'rossz', 'mindig', 'soha', 'csak', 'már', 'még', 'mert', 'volt'],
  vi: ['không', 'rất', 'và', 'của', 'là', 'có', 'được', 'tôi', 'này', 'cho', 'nhưng', 'với', 'ứng', 'dụng', 'tốt', 'quá', 'đã', 'chưa'],
}

/** Each word of some languages' lists and the languages that list it: one lookup per word of a comment. */
export function languagesByWord<L extends string>(lists: Record<L, string[]>): Map<string, L[]> {
  const index = new Map<string, L[]>()
  for (const lang of Object.keys(lists) as L[]) for (const w of new Set(lists[lang])) index.set(w, [...(index.get(w) ?? []), lang])
  return index
}

/** How many of `words` each language of `index` lists (a repeated word counts each time), leaving out words `skip` names. */
export function hitsByLanguage<L extends string>(words: string[], index: Map<string, L[]>, skip?: (word: string) => boolean): Map<L, number> {
  const hits = new Map<L, number>()
  for (const w of words) {
    if (skip?.(w)) continue
    for (const lang of index.get(w) ?? []) hits.set(lang, (hits.get(lang) ?? 0) + 1)
  }
  return hits
}

const UNREAD = languagesByWord(UNREAD_FUNCTION_WORDS)

/** The most function words any one unread language has among `words` (those `ours` also lists are left out). */
export function unreadLanguageHits(words: string[], ours: (word: string) => boolean): number {
  return Math.max(0, ...hitsByLanguage(words, UNREAD, ours).values())
}
