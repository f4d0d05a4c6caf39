// Builds the dashboard into dist/public/app/: index.html plus content-hashed app-<hash>.js and
// app-<hash>.css, and a chunk per Chinese language table (chunk-zh-Hans-<hash>.js) and per page loaded on
// demand (chunk-Settings-<hash>.js), and whatever esbuild splits out for them (chunk-chunk-<hash>.js,
// preloaded by index.html when the entry needs it). The worker serves /app/* from there and falls back to index.html for routes.
import { build } from 'esbuild'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const out = join(root, 'dist/public/app')

export async function buildDashboard() {
  mkdirSync(out, { recursive: true })
  // Old hashed files would pile up; index.html names only the current ones.
  for (const f of readdirSync(out)) if (/^(app|chunk)-.*\.(js|css)$/.test(f) || f === 'app.js' || f === 'app.css') rmSync(join(out, f))
  const result = await build({
    entryPoints: { app: join(root, 'dashboard/src/main.tsx') },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    logLevel: 'warning',
    entryNames: '[name]-[hash]',
    splitting: true,
    chunkNames: 'chunk-[name]-[hash]',
    outdir: out,
    metafile: true,
    tsconfigRaw: {},
    loader: { '.css': 'css' },
  })
  const files = Object.keys(result.metafile.outputs).map((p) => p.split('/').pop())
  const js = files.find((f) => /^app-.*\.js$/.test(f))
  const css = files.find((f) => f.endsWith('.css'))
  const firstVisit = staticImports(result.metafile, js)
  writeFileSync(join(out, 'index.html'), `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>Stayloop</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/app/${css}">
<script type="module" src="/app/${js}"></script>
${firstVisit.filter((f) => f !== js).map((f) => `<link rel="modulepreload" href="/app/${f}">`).join('\n')}
</head>
<body><div id="app"></div></body>
</html>
`)
  return { out, js, css, firstVisit }
}

/** The entry and every chunk it imports statically, transitively: what any first visit downloads (pages and languages loaded on demand aside). */
function staticImports(metafile, entry) {
  const byName = new Map(Object.entries(metafile.outputs).map(([path, o]) => [path.split('/').pop(), o]))
  const seen = new Set()
  const visit = (name) => {
    if (seen.has(name)) return
    seen.add(name)
    for (const i of byName.get(name)?.imports ?? []) if (i.kind === 'import-statement') visit(i.path.split('/').pop())
  }
  visit(entry)
  return [...seen]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { js, css } = await buildDashboard()
  console.log(`dashboard built into ${out} (${js}, ${css})`)
}
