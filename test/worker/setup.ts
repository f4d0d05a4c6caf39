import { applyD1Migrations, env } from 'cloudflare:test'

// Idempotent: applies only migrations not yet applied to this test run's D1.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS)
