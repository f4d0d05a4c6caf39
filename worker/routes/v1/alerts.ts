// Placeholder: mounted in routes/v1/index.ts; filled in by the issue that owns it.
import { Hono } from 'hono'
import type { AppEnv } from '../../env.ts'

export const alerts = new Hono<AppEnv>()
