// The taxonomy PUT /v1/taxonomy accepts, shared with `stayloop eval topics --taxonomy FILE.json`, which checks its file
// with the same rules (there, ids may be a labelled file's own labels, "Late Flight").
import * as z from 'zod'
import { MAX_TOPIC_KEYWORDS } from './text/taxonomy.ts'
import { gapHasSides, keywordKeepsWords } from './taxonomy-keyword.ts'

/** NUL and other control characters, and bidi overrides, which make a name read as something else. */
const HIDDEN = /[\p{Cc}\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/u
const HIDDEN_IN_TEXT = /[\0-\u0008\u000b\u000c\u000e-\u001f\u007f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/u
const NO_HIDDEN = 'must not contain control or bidi-override characters'
/** Spaces and invisible formatting (zero-width space, joiner...) alone are no name. */
const visible = (s: string) => s.replace(/[\s\p{Cf}]/gu, '').length > 0
const LETTERS = 'must keep at least 2 letters (or 1 Chinese character) once punctuation is dropped, on each side of a gap'

/** A topic id as the API stores it. */
export const topicId = z.string().regex(/^[a-z0-9_]{1,40}$/, 'must be lower-case letters, digits and _')

const keyword = z.string().min(1).max(80)
  .refine((k) => !HIDDEN.test(k), NO_HIDDEN)
  .refine((k) => /[\p{L}\p{N}]/u.test(k), 'must contain a word')
/** A keyword list with case-insensitive repeats dropped ("sync", "Sync": the first is kept). */
const keywords = (max: number) => z.array(keyword).max(max)
  .transform((list) => list.filter((k, i) => list.findIndex((o) => o.toLowerCase() === k.toLowerCase()) === i))

const topic = (id: z.ZodType<string>) => z.strictObject({
  id,
  name: z.string().max(200).refine((n) => !HIDDEN.test(n), NO_HIDDEN).transform((n) => n.trim())
    .refine(visible, 'must not be empty or only spaces and invisible characters').refine((n) => n.length <= 80, 'must be at most 80 characters'),
  /** None: the topic is found by its name (topics-keywords.ts, nameKeywords). */
  keywords: keywords(MAX_TOPIC_KEYWORDS).default([]),
  /** Keywords that weigh more than the others. */
  strong: keywords(100).optional(),
  examples: z.array(z.string().min(1).max(500).refine((e) => !HIDDEN_IN_TEXT.test(e), NO_HIDDEN)).max(50).optional(),
}).superRefine((t, ctx) => {
  // Said here, where the topic is known: a lone letter, or a gap with nothing on one side ("too …"),
  // would match any "a", or any "too".
  for (const list of ['keywords', 'strong'] as const) {
    t[list]?.forEach((k, j) => {
      if (!/[\p{L}\p{N}]/u.test(k) || keywordKeepsWords(k)) return
      const message = gapHasSides(k)
        ? `${LETTERS}: "${k}" of topic ${t.id} keeps fewer, so it would match any lone letter`
        : `must keep a word on each side of a gap: "${k}" of topic ${t.id} has nothing on one side, so it would match its other side alone`
      ctx.addIssue({ code: 'custom', path: [list, j], message })
    })
  }
  // A topic with no keywords is found by its name, which must then keep a word as a keyword does.
  if (t.keywords.length === 0 && !t.strong?.length && !t.examples?.length && visible(t.name) && !(/[\p{L}\p{N}]/u.test(t.name) && keywordKeepsWords(t.name))) {
    ctx.addIssue({ code: 'custom', path: ['name'], message: `${LETTERS}: topic ${t.id} has no keywords, so it is found by its name, "${t.name}"` })
  }
})

/** A taxonomy's topics: `id` is the API's topic id, or another rule for the ids of a file. */
export const taxonomyTopics = (id: z.ZodType<string> = topicId) => z.array(topic(id)).max(100).superRefine((topics, ctx) => {
  const ids = new Map<string, number>()
  const names = new Map<string, number>()
  topics.forEach((t, i) => {
    const other = ids.get(t.id)
    if (other !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `"${t.id}" is also topic ${other}'s id: each id may appear once` })
    else ids.set(t.id, i)
    // Two topics under one name cannot be told apart on the Themes page or in a filter.
    const key = t.name.toLocaleLowerCase()
    const same = names.get(key)
    if (same !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `"${t.name}" is also topic ${same}'s name: names must differ (ignoring case)` })
    else names.set(key, i)
  })
})

/** The body of PUT /v1/taxonomy. */
export const taxonomyBody = z.strictObject({ topics: taxonomyTopics() })
