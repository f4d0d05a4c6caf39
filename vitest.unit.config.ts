// Plain-TypeScript domain code (text, risk, metrics, alerts) and the CLI, run in Node:
// the same modules the worker bundles, so these tests also prove they need no Workers APIs.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['worker/domain/**/*.test.ts', 'cli/**/*.test.ts', 'db/**/*.test.ts'],
    environment: 'node',
  },
})
