// /v1/taxonomy: the workspace's topics (add, rename, remove; keywords and example sentences in
// any language). Stored answers keep their topics until re-analysed.
import { Hono } from 'hono'
import * as z from 'zod'
import type { AppEnv } from '../../env.ts'
import { serverJson } from '../../lib/body.ts'
import { ApiError } from '../../lib/errors.ts'
import { MAX_TOPIC_KEYWORDS } from '../../domain/text/taxonomy.ts'
import { loadTaxonomy } from '../../services/text-model.ts'

/** A keyword needs a word to match: "!!!" or a lone gap ("…") would silently match nothing. */
const keyword = z.string().min(1).max(80).regex(/[\p{L}\p{N}]/u, 'must contain a word')
const topic = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]{1,40}$/, 'must be lower-case letters, digits and _'),
  name: z.string().min(1).max(80),
  keywords: z.array(keyword).max(MAX_TOPIC_KEYWORDS),
  /** Keywords that weigh more than the others. */
  strong: z.array(keyword).max(100).optional(),
  examples: z.array(z.string().min(1).max(500)).max(50).optional(),
})
const body = z.strictObject({ topics: z.array(topic).max(100) })

export const taxonomy = new Hono<AppEnv>()
  .get('/', async (c) => c.json(await loadTaxonomy(c.env.DB, c.get('auth').workspaceId)))
  .put('/', async (c) => {
    const { topics } = await serverJson(c, body)
    if (new Set(topics.map((t) => t.id)).size !== topics.length) throw new ApiError('invalid_request', 'topics: each id may appear once')
    for (const t of topics) {
      if (t.keywords.length === 0 && !t.examples?.length) throw new ApiError('invalid_request', `topics.${t.id}: needs keywords or examples`)
    }
    await c.env.DB.prepare('UPDATE workspaces SET taxonomy = ? WHERE id = ?').bind(JSON.stringify(topics), c.get('auth').workspaceId).run()
    return c.json({ topics, isDefault: false })
  })
  .delete('/', async (c) => {
    await c.env.DB.prepare('UPDATE workspaces SET taxonomy = NULL WHERE id = ?').bind(c.get('auth').workspaceId).run()
    return c.json(await loadTaxonomy(c.env.DB, c.get('auth').workspaceId))
  })
