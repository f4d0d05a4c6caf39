// Static files (widget, dashboard, demo) from the ASSETS binding, with the few routes that
// need the worker: the dashboard's SPA fallback, the demo's config and its strict-CSP page.
import { Hono } from 'hono'
import type { AppEnv } from '../env.ts'

export const DEMO_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:"
/**
 * The dashboard's own files only, and never inside another site's frame (a signed-in dashboard
 * framed elsewhere could be clicked through by its page).
 */
export const DASHBOARD_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"

function withDashboardHeaders(res: Response): Response {
  const out = new Response(res.body, res)
  out.headers.set('content-security-policy', DASHBOARD_CSP)
  out.headers.set('x-frame-options', 'DENY')
  return out
}

async function asset(c: { env: AppEnv['Bindings']; req: { url: string } }, path: string) {
  return c.env.ASSETS.fetch(new Request(new URL(path, c.req.url)))
}

export const staticRoutes = new Hono<AppEnv>()
  .get('/', (c) => c.redirect('/app/'))
  .get('/demo', (c) => asset(c, '/demo/index.html'))
  .get('/demo/csp', async (c) => {
    const res = await asset(c, '/demo/csp.html')
    const out = new Response(res.body, res)
    out.headers.set('content-security-policy', DEMO_CSP)
    return out
  })
  .get('/demo/config.json', async (c) => {
    const db = c.env.DB
    const site = await db.prepare(
      "SELECT s.public_key, s.workspace_id FROM sites s JOIN workspaces w ON w.id = s.workspace_id WHERE json_extract(w.settings, '$.demo') = 1 ORDER BY s.created_at LIMIT 1",
    ).first<{ public_key: string; workspace_id: string }>()
    if (!site) return c.json({ error: { code: 'not_found', message: 'No demo workspace; run npm start', requestId: c.get('requestId') } }, 404)
    const { results } = await db.prepare("SELECT id, kind FROM surveys WHERE workspace_id = ? AND status = 'active' ORDER BY created_at").bind(site.workspace_id).all<{ id: string; kind: string }>()
    const surveys: Record<string, string> = {}
    for (const s of results) surveys[s.kind] ??= s.id
    return c.json({ siteKey: site.public_key, host: new URL(c.req.url).origin, surveys })
  })
  .get('/app', (c) => c.redirect('/app/'))
  .get('/app/*', async (c) => {
    const res = await c.env.ASSETS.fetch(c.req.raw)
    if (res.status !== 404) return withDashboardHeaders(res)
    // Client-side routes of the dashboard all load its index.
    return withDashboardHeaders(await asset(c, '/app/index.html'))
  })
  .get('*', (c) => c.env.ASSETS.fetch(c.req.raw))
