// Server routes under /v1: secret key (or the dashboard's session) required.
import { Hono } from 'hono'
import type { AppEnv } from '../../env.ts'
import { secretKeyAuth } from '../../middleware/secret-key.ts'
import { customers } from './customers.ts'
import { signals } from './signals.ts'
import { sites } from './sites.ts'
import { surveys } from './surveys.ts'
import { responses } from './responses.ts'
import { exportRoutes } from './export.ts'
import { keys } from './keys.ts'
import { sessions } from '../sessions.ts'

const authed = new Hono<AppEnv>()
  .use('*', secretKeyAuth())
  .route('/customers', customers)
  .route('/signals', signals)
  .route('/sites', sites)
  .route('/surveys', surveys)
  .route('/responses', responses)
  .route('/export', exportRoutes)
  .route('/keys', keys)

// Sign-in exchanges a key for a cookie, so it needs no key itself.
export const serverRoutes = new Hono<AppEnv>().route('/sessions', sessions).route('/', authed)
