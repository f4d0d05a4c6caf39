// Builds the static files the worker serves from dist/public: the widget (loader, survey bundle,
// demo pages) and the dashboard. Each part has its own build script; missing parts are skipped.
import { existsSync, mkdirSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

mkdirSync('dist/public', { recursive: true })
for (const script of ['widget/build.mjs', 'dashboard/build.mjs']) {
  if (!existsSync(script)) continue
  const res = spawnSync(process.execPath, [script], { stdio: 'inherit' })
  if (res.status !== 0) process.exit(res.status ?? 1)
}
