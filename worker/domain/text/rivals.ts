// Rivals a workspace names: the competitor topic's keywords that are names ("Delighted", "Google
// Forms", 问卷星), not the default's generic words ("switch to", 别家). The rules read them as rivals
// however they are written, so "Delighted does the same thing for half the price" is no praise.
import { toSimplified } from './normalize.ts'
import { DEFAULT_TAXONOMY, type TopicDef } from './taxonomy.ts'
import type { Token } from './tokenize.ts'
import { EN_LEXICON } from './lexicon-en.ts'

export type RivalNames = { latin: string[][]; han: string[] }

const GENERIC = new Set(DEFAULT_TAXONOMY.find((t) => t.id === 'competitor')?.keywords.map((k) => toSimplified(k)) ?? [])
const LATIN_NAME = /^[A-Z][\w.+&-]*(?: [\w.+&-]+){0,2}$/
const HAN = /\p{Script=Han}/u
const cache = new WeakMap<TopicDef[], RivalNames>()

/** Names in the workspace's competitor topic: Latin ones written with a capital, Chinese ones the default does not list. */
export function rivalNames(taxonomy: TopicDef[]): RivalNames {
  const hit = cache.get(taxonomy)
  if (hit) return hit
  const keywords = taxonomy.find((t) => t.id === 'competitor')?.keywords ?? []
  const names: RivalNames = { latin: [], han: [] }
  for (const k of keywords) {
    if (GENERIC.has(toSimplified(k))) continue
    if (LATIN_NAME.test(k) && /[A-Z]/.test(k)) names.latin.push(k.toLowerCase().split(' '))
    else if (HAN.test(k) && k.length >= 2) names.han.push(toSimplified(k))
  }
  cache.set(taxonomy, names)
  return names
}

/**
 * Tokens with the workspace's rivals marked: Latin names flagged `rival` word by word, Chinese names
 * cut out of their run as a token of their own. The tokens given are left as they are.
 */
export function markRivals(tokens: Token[], names: RivalNames): Token[] {
  if (names.latin.length === 0 && names.han.length === 0) return tokens
  const out: Token[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t.kind === 'han' && names.han.length) { cutHan(t.text, names.han, out); continue }
    // A name that is also a word of ours is a name only written Capitalised ("Delighted does…", not "I am delighted").
    const name = t.kind === 'word' ? names.latin.find((n) => n.every((w, d) => tokens[i + d]?.text === w) && (!EN_LEXICON.has(n[0]) || t.named || t.opening)) : undefined
    if (!name) { out.push(t); continue }
    for (let d = 0; d < name.length; d++) out.push({ ...tokens[i + d], rival: true })
    i += name.length - 1
  }
  return out
}

function cutHan(run: string, names: string[], out: Token[]): void {
  let from = 0
  for (let i = 0; i < run.length; i++) {
    const name = names.find((n) => run.startsWith(n, i))
    if (!name) continue
    if (i > from) out.push({ text: run.slice(from, i), kind: 'han' })
    out.push({ text: name, kind: 'han', rival: true })
    from = i + name.length
    i = from - 1
  }
  if (from < run.length) out.push({ text: from === 0 ? run : run.slice(from), kind: 'han' })
}

