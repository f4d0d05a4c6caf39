// Widget and dashboard components under happy-dom.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['widget/src/**/*.test.{ts,tsx}', 'dashboard/src/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
  },
})
