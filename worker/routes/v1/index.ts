// Server routes under /v1: secret key (or the dashboard's session) required, except sign-in and
// inbound integrations (which verify their own signatures).
import { Hono } from 'hono'
import type { AppEnv } from '../../env.ts'
import { secretKeyAuth } from '../../middleware/secret-key.ts'
import { sessions } from '../sessions.ts'
import { customers } from './customers.ts'
import { atRisk } from './at-risk.ts'
import { customerTimeline } from './customer-timeline.ts'
import { signals } from './signals.ts'
import { sites } from './sites.ts'
import { surveys } from './surveys.ts'
import { responses } from './responses.ts'
import { corrections } from './corrections.ts'
import { exportRoutes } from './export.ts'
import { keys } from './keys.ts'
import { insights } from './insights.ts'
import { themes } from './themes.ts'
import { taxonomy } from './taxonomy.ts'
import { textModel } from './text-model.ts'
import { risk } from './risk.ts'
import { destinations } from './destinations.ts'
import { alerts } from './alerts.ts'
import { deliveries } from './deliveries.ts'
import { deliveryReplays } from './deliveries-replay.ts'
import { workspace } from './workspace.ts'
import { identity } from './identity.ts'
import { imports } from './import.ts'
import { integrations } from './integrations.ts'

const authed = new Hono<AppEnv>()
  .use('*', secretKeyAuth())
  // Before /customers/:id, so "at-risk" is not read as a customer id.
  .route('/customers/at-risk', atRisk)
  .route('/customers/:id/timeline', customerTimeline)
  .route('/customers', customers)
  .route('/signals', signals)
  .route('/sites', sites)
  .route('/surveys', surveys)
  .route('/responses', responses)
  .route('/responses', corrections)
  .route('/export', exportRoutes)
  .route('/keys', keys)
  .route('/insights', insights)
  .route('/insights', themes)
  .route('/taxonomy', taxonomy)
  .route('/text-model', textModel)
  .route('/risk', risk)
  .route('/destinations', destinations)
  .route('/alerts', alerts)
  .route('/deliveries', deliveryReplays)
  .route('/deliveries', deliveries)
  .route('/workspace/identity-secret', identity)
  .route('/workspace', workspace)
  .route('/import', imports)

export const serverRoutes = new Hono<AppEnv>()
  .route('/sessions', sessions)
  .route('/integrations', integrations)
  .route('/', authed)
