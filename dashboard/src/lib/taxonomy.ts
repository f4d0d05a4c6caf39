// The taxonomy editor's text handling: lists typed as commas or lines, ids made from names,
// and the checks the server would otherwise refuse.
import type { TaxonomyTopic } from './types.ts'

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

export interface TaxonomyProblem {
  index: number
  problem: 'name' | 'words' | 'duplicate'
}

export function checkTaxonomy(topics: TaxonomyTopic[]): TaxonomyProblem[] {
  const problems: TaxonomyProblem[] = []
  const seen = new Set<string>()
  topics.forEach((x, index) => {
    if (!x.name.trim()) problems.push({ index, problem: 'name' })
    if (x.keywords.length === 0 && x.examples.length === 0) problems.push({ index, problem: 'words' })
    if (seen.has(x.id)) problems.push({ index, problem: 'duplicate' })
    seen.add(x.id)
  })
  return problems
}
