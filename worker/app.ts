// The Hono app: request ids, one error shape, widget routes, server routes, static files.
import { Hono } from 'hono'
import type { AppEnv } from './env.ts'
import { requestId } from './middleware/request-id.ts'
import { handleError } from './middleware/error-handler.ts'
import { unmatchedRoute } from './middleware/unmatched-route.ts'
import { ApiError, errorBody } from './lib/errors.ts'
import { publicRoutes } from './routes/public/index.ts'
import { serverRoutes } from './routes/v1/index.ts'
import { staticRoutes } from './routes/static.ts'

export function createApp() {
  const app = new Hono<AppEnv>()
  app.use('*', requestId())
  app.onError(handleError)
  app.get('/health', (c) => c.json({ ok: true }))
  app.route('/v1/sites', publicRoutes)
  app.route('/v1', serverRoutes)
  app.all('/v1/*', unmatchedRoute(app))
  app.route('/', staticRoutes)
  app.notFound((c) => c.json(errorBody('not_found', `No route ${c.req.method} ${c.req.path}`, c.get('requestId')), 404))
  return app
}

export { ApiError }
