// /v1/taxonomy: the workspace's topics (add, rename, remove; keywords and example sentences in
// any language). Reads show only the current topics at once; stored answers get their topics
// matched again on the queue (queue/retopic.ts), and GET says while that is under way (`reread`).
// What a taxonomy may hold: taxonomy-schema.ts.
import { Hono } from 'hono'
import type { AppEnv } from '../../env.ts'
import { serverJson } from '../../lib/body.ts'
import { enqueue } from '../../services/queue.ts'
import { loadTaxonomyState, replaceTaxonomyStatement, rereadView } from '../../services/taxonomy-reread.ts'
import { taxonomyBody } from '../../domain/taxonomy-schema.ts'

export const taxonomy = new Hono<AppEnv>()
  .get('/', async (c) => c.json(await loadTaxonomyState(c.env.DB, c.get('auth').workspaceId)))
  .put('/', async (c) => {
    const { topics } = await serverJson(c, taxonomyBody)
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
