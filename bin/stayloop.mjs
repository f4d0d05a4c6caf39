#!/usr/bin/env node
// The `stayloop` command: runs cli/main.ts through tsx, so the CLI shares the worker's domain code.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
