// Widget-facing routes under /v1/sites/{siteKey}: site key + allowed origin + rate limit.
import { Hono } from 'hono'
import type { AppEnv } from '../../env.ts'
import { siteKeyAuth } from '../../middleware/site-key.ts'
import { publicRateLimit } from '../../middleware/rate-limit.ts'
import { publicSurveys } from './surveys.ts'
import { publicDisplays } from './displays.ts'
import { publicResponses } from './responses.ts'
import { publicEvents } from './events.ts'

export const publicRoutes = new Hono<AppEnv>()
  // Only the widget's own paths: /v1/sites/{id} itself is a server route.
  .use('/:siteKey/:route{surveys|displays|responses|events}', siteKeyAuth(), publicRateLimit())
  .route('/:siteKey/surveys', publicSurveys)
  .route('/:siteKey/displays', publicDisplays)
  .route('/:siteKey/responses', publicResponses)
  .route('/:siteKey/events', publicEvents)
