// Worker tests run inside workerd with real local D1 (migrations applied in test/worker/setup.ts)
// and the real local queue, through the same wrangler.toml the app deploys with.
// `npm run test:workers` runs them in two shards, each in a runtime of its own: in
// @cloudflare/vitest-pool-workers 0.12 every request through the assets router wraps the entrypoint's
// prototype in one more Proxy, so one runtime serving the whole suite ends in "Maximum call stack size
// exceeded" (test-internal.mjs, createProxyPrototypeClass).
import path from 'node:path'
import { defineWorkersConfig, readD1Migrations } from '@cloudflare/vitest-pool-workers/config'

export default defineWorkersConfig(async () => {
  const migrations = await readD1Migrations(path.join(__dirname, 'db/migrations'))
  return {
    test: {
      include: ['test/worker/**/*.test.ts', 'worker/routes/**/*.test.ts'],
      setupFiles: ['./test/worker/setup.ts'],
      globalSetup: ['./test/receivers/global-setup.ts'],
      testTimeout: 40_000,
      deps: {
        optimizer: {
          ssr: {
            enabled: true,
            // natural is CommonJS; only the deep paths the worker imports are prebundled.
            include: [
              'natural/lib/natural/stemmers/porter_stemmer',
              'natural/lib/natural/stemmers/porter_stemmer_es',
            ],
          },
        },
      },
      poolOptions: {
        workers: {
          singleWorker: true,
          isolatedStorage: false,
          wrangler: { configPath: './wrangler.toml' },
          miniflare: {
            bindings: { STAYLOOP_DEV: '1', TEST_MIGRATIONS: migrations },
          },
        },
      },
    },
  }
})
