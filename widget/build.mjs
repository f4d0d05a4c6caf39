// Builds the widget into dist/public/: the loader (widget.js), the Preact survey bundle
// (widget/survey.js, plus an ES module entry widget/stayloop.mjs) and the demo pages.
import { build } from 'esbuild'
import { cpSync, mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const out = join(root, 'dist/public')
const common = {
  bundle: true,
  minify: true,
  target: 'es2020',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  logLevel: 'warning',
  // No "use strict" prologue; class fields as plain assignments, so mangleProps renames them.
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
  // Private members are named _x; nothing outside the bundle reads them.
  mangleProps: /^_[a-z]/,

}

export async function buildWidget() {
  mkdirSync(join(out, 'widget'), { recursive: true })
  await Promise.all([
    build({ ...common, entryPoints: [join(root, 'widget/src/loader/index.ts')], format: 'iife', outfile: join(out, 'widget.js') }),
    build({ ...common, entryPoints: [join(root, 'widget/src/loader/triggers-entry.ts')], format: 'iife', outfile: join(out, 'widget/triggers.js') }),
    build({ ...common, entryPoints: [join(root, 'widget/src/survey/entry.tsx')], format: 'iife', outfile: join(out, 'widget/survey.js') }),
    build({ ...common, entryPoints: [join(root, 'widget/src/module.ts')], format: 'esm', outfile: join(out, 'widget/stayloop.mjs') }),
    build({ ...common, entryPoints: [join(root, 'widget/demo/demo.ts')], format: 'iife', outfile: join(out, 'demo/demo.js') }),
  ])
  for (const f of ['index.html', 'csp.html', 'demo.css']) cpSync(join(root, 'widget/demo', f), join(out, 'demo', f))
  return out
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildWidget()
  console.log('widget built into ' + out)
}
