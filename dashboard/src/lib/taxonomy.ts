// The taxonomy editor's text handling: lists typed as commas or lines, ids made from names,
// and the checks the server would otherwise refuse.
import type { TaxonomyTopic } from './types.ts'
import { keywordKeepsWords } from '../../../worker/domain/taxonomy-keyword.ts'

export function parseList(text: string, sep: 'comma' | 'line'): string[] {
  const parts = sep === 'comma' ? text.split(/[,，、\n]/) : text.split('\n')
  return [...new Set(parts.map((s) => s.trim()).filter(Boolean))]
}

// ASCII names become snake_case ids; names in other scripts get a short stable id.
export function slugify(name: string, taken: Set<string>): string {
  let base = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40)
  if (!base) {
    let h = 0
    for (const ch of name) h = (h * 31 + ch.codePointAt(0)!) >>> 0
    base = 'topic_' + h.toString(36)
  }
  let id = base
  for (let i = 2; taken.has(id); i++) id = `${base}_${i}`
  return id
}

/**
 * Ids for topics added in the editor, made from their names as they are typed (unique against
 * every other id), so the form checks and shows the ids it will save. A new topic without a
 * name has no id yet: its missing name is the problem to show.
 */
export function assignIds<T extends { id: string; name: string; fresh: boolean }>(drafts: T[]): T[] {
  const taken = new Set(drafts.filter((d) => !d.fresh).map((d) => d.id))
  return drafts.map((d) => {
    if (!d.fresh) return d
    const id = d.name.trim() ? slugify(d.name.trim(), taken) : ''
    if (id) taken.add(id)
    return { ...d, id }
  })
}

export interface TaxonomyProblem {
  index: number
  problem: 'name' | 'words' | 'duplicate' | 'keyword'
  /** The keyword refused. */
  word?: string
}

/** The API's keyword rule: a word, and one on each side of a gap ("c++" keeps only "c"). */
export const keywordOk = (k: string): boolean => /[\p{L}\p{N}]/u.test(k) && keywordKeepsWords(k)

export function checkTaxonomy(topics: TaxonomyTopic[]): TaxonomyProblem[] {
  const problems: TaxonomyProblem[] = []
  const seen = new Set<string>()
  topics.forEach((x, index) => {
    if (!x.name.trim()) problems.push({ index, problem: 'name' })
    // With no keywords or examples a topic is found by its name, which must then keep a word as a keyword does.
    if (x.name.trim() && x.keywords.length === 0 && !x.strong?.length && !x.examples?.length && !keywordOk(x.name.trim())) problems.push({ index, problem: 'words' })
    const bad = x.keywords.find((k) => !keywordOk(k))
    if (bad) problems.push({ index, problem: 'keyword', word: bad })
    // A topic without an id is nameless, and reported as such.
    if (x.id && seen.has(x.id)) problems.push({ index, problem: 'duplicate' })
    seen.add(x.id)
  })
  return problems
}
