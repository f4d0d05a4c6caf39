// Dispatches `stayloop <command> ...` to cli/commands/<command>.ts. A mistake in the call (an unknown
// command or option, a flag without its value) exits 2 and any other failure (a D1 error) exits 1,
// each as one line without a stack trace.
import { describeFlags, UsageError, type FlagSpec } from './lib/args.ts'

const COMMANDS: Record<string, string> = {
  seed: 'seed the local demo workspace (once) and write demo-keys.json',
  keys: 'keys create --workspace ID: make a secret key',
  eval: 'eval sentiment|topics|churn FILE.tsv: measure the models on a labelled file',
  import: 'import customers|signals FILE.csv: send a CSV to a running Stayloop',
  train: 'train FILE.tsv|csv: a workspace learns sentiment and topics from a labelled file',
}

interface Command {
  /** The flags each form of the command takes (eval: one per task). */
  flagSpecs: FlagSpec[]
  run(args: string[]): Promise<number>
}

const load = (name: string) => import(`./commands/${name}.ts`) as Promise<Command>

async function usage(): Promise<string> {
  const lines = ['Usage: stayloop <command> [options]   (stayloop --help: this list)', '']
  for (const [cmd, help] of Object.entries(COMMANDS)) {
    lines.push(`  ${cmd.padEnd(8)} ${help}`)
    for (const spec of (await load(cmd)).flagSpecs) {
      const flags = describeFlags(spec)
      const form = spec.command.replace(`stayloop ${cmd}`, '').trim()
      if (flags) lines.push(`  ${''.padEnd(8)}   ${form ? `${form} options` : 'options'}: ${flags}`)
    }
  }
  return lines.join('\n')
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv
  if (!name || argv.includes('--help') || argv.includes('-h')) {
    console.log(await usage())
    return 0
  }
  if (!Object.hasOwn(COMMANDS, name)) {
    console.error(`unknown command ${name}; see \`stayloop --help\``)
    return 2
  }
  try {
    return await (await load(name)).run(args)
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message)
      return 2
    }
    // D1 and wrangler failures (a constraint, a locked or missing database) in one line.
    const message = error instanceof Error ? error.message : String(error)
    console.error(`stayloop ${name}: ${message.split('\n').find((l) => l.trim()) ?? 'failed'}`)
    return 1
  }
}
