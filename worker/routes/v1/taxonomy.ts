// /v1/taxonomy: the workspace's topics (add, rename, remove; keywords and example sentences in
// any language). Reads show only the current topics at once; stored answers get their topics
// matched again on the queue (queue/retopic.ts), and GET says while that is under way (`reread`).
import { Hono } from 'hono'
import * as z from 'zod'
import type { AppEnv } from '../../env.ts'
import { serverJson } from '../../lib/body.ts'
import { MAX_TOPIC_KEYWORDS } from '../../domain/text/taxonomy.ts'
import { enqueue } from '../../services/queue.ts'
import { loadTaxonomyState, replaceTaxonomyStatement, rereadView } from '../../services/taxonomy-reread.ts'
import { keywordKeepsWords } from '../../domain/taxonomy-keyword.ts'

/** NUL and other control characters, and bidi overrides, which make a name read as something else. */
const HIDDEN = /[\p{Cc}\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/u
const HIDDEN_IN_TEXT = /[\0-\u0008\u000b\u000c\u000e-\u001f\u007f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/u
const NO_HIDDEN = 'must not contain control or bidi-override characters'
/** Spaces and invisible formatting (zero-width space, joiner...) alone are no name. */
const visible = (s: string) => s.replace(/[\s\p{Cf}]/gu, '').length > 0
const keyword = z.string().min(1).max(80)
  .refine((k) => !HIDDEN.test(k), NO_HIDDEN)
  .refine((k) => /[\p{L}\p{N}]/u.test(k), 'must contain a word')
  .refine(keywordKeepsWords, 'must keep at least 2 letters (or 1 Chinese character) once punctuation is dropped, on each side of a gap: a single letter would match any lone letter')
const topic = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]{1,40}$/, 'must be lower-case letters, digits and _'),
  name: z.string().max(200).refine((n) => !HIDDEN.test(n), NO_HIDDEN).transform((n) => n.trim())
    .refine(visible, 'must not be empty or only spaces and invisible characters').refine((n) => n.length <= 80, 'must be at most 80 characters'),
  keywords: z.array(keyword).max(MAX_TOPIC_KEYWORDS),
  /** Keywords that weigh more than the others. */
  strong: z.array(keyword).max(100).optional(),
  examples: z.array(z.string().min(1).max(500).refine((e) => !HIDDEN_IN_TEXT.test(e), NO_HIDDEN)).max(50).optional(),
})
const body = z.strictObject({ topics: z.array(topic).max(100) }).superRefine(({ topics }, ctx) => {
  const ids = new Map<string, number>()
  const names = new Map<string, number>()
  topics.forEach((t, i) => {
    const other = ids.get(t.id)
    if (other !== undefined) ctx.addIssue({ code: 'custom', path: ['topics', i, 'id'], message: `"${t.id}" is also topic ${other}'s id: each id may appear once` })
    else ids.set(t.id, i)
    // Two topics under one name cannot be told apart on the Themes page or in a filter.
    const key = t.name.toLocaleLowerCase()
    const same = names.get(key)
    if (same !== undefined) ctx.addIssue({ code: 'custom', path: ['topics', i, 'name'], message: `"${t.name}" is also topic ${same}'s name: names must differ (ignoring case)` })
    else names.set(key, i)
    if (t.keywords.length === 0 && !t.examples?.length) ctx.addIssue({ code: 'custom', path: ['topics', i, 'keywords'], message: `topic ${t.id} needs keywords or examples` })
  })
})

export const taxonomy = new Hono<AppEnv>()
  .get('/', async (c) => c.json(await loadTaxonomyState(c.env.DB, c.get('auth').workspaceId)))
  .put('/', async (c) => {
    const { topics } = await serverJson(c, body)
    const { workspaceId } = c.get('auth')
    const { stmt, state } = replaceTaxonomyStatement(c.env.DB, workspaceId, topics, Date.now())
    await stmt.run()
    // Lost, the cron's sweep starts it (queue/retopic.ts).
    await enqueue(c.env, [{ type: 'retopic', workspaceId, revision: state.revision }])
    return c.json({ topics, isDefault: false, reread: rereadView(state) })
  })
  .delete('/', async (c) => {
    const { workspaceId } = c.get('auth')
    const { stmt, state } = replaceTaxonomyStatement(c.env.DB, workspaceId, null, Date.now())
    await stmt.run()
    await enqueue(c.env, [{ type: 'retopic', workspaceId, revision: state.revision }])
    return c.json(await loadTaxonomyState(c.env.DB, workspaceId))
  })
