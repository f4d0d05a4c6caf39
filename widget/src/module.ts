// ES module entry (widget/stayloop.mjs): loader, triggers and survey bundle in one file for
// apps that bundle their own code. `stayloop` takes the same commands as the script tag.
import './survey/entry.tsx'
import './loader/triggers-entry.ts'
import './loader/index.ts'

export const stayloop = (command: string, ...args: unknown[]): unknown => (window as any).stayloop(command, ...args)
export type { ExitOutcome, InitOptions, Survey, Theme } from './types.ts'
