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
  .use('/:siteKey/*', siteKeyAuth(), publicRateLimit())
  .route('/:siteKey/surveys', publicSurveys)
  .route('/:siteKey/displays', publicDisplays)
  .route('/:siteKey/responses', publicResponses)
  .route('/:siteKey/events', publicEvents)
