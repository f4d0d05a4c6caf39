// The CLI's one flag parser. Each command declares the flags it takes (those followed by a value and
// those that stand alone); anything else stops it with a UsageError naming the flag, which main()
// prints and exits 2 on: a typo (--intreval, --hots) must not run with defaults.

export interface FlagSpec {
  /** The command as typed, for messages: `stayloop import`. */
  command: string
  /** Flags followed by a value: `--host URL` or `--host=URL`. */
  values?: readonly string[]
  /** Flags that stand alone: `--force`. */
  switches?: readonly string[]
}

/** A mistake in how a command was called; main() prints its message without a stack and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export interface ParsedArgs {
  positionals: string[]
  flags: Record<string, string | true>
}

const SEE_HELP = 'see `stayloop --help`'

/** `--name value`, `--name=value`, `--switch` and positionals, checked against what the command takes. */
export function parseArgs(args: string[], spec: FlagSpec): ParsedArgs {
  const positionals: string[] = []
  const flags: Record<string, string | true> = {}
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    // `-x` is an option too (a mistyped `--x`); `-` and negative numbers stay positionals.
    if (!/^--?[^-\d]/.test(arg)) { positionals.push(arg); continue }
    const eq = arg.indexOf('=')
    const name = arg.slice(arg.startsWith('--') ? 2 : 1, eq < 0 ? undefined : eq)
    const inline = eq < 0 ? undefined : arg.slice(eq + 1)
    if (arg.startsWith('--') && spec.values?.includes(name)) {
      const value = inline ?? (i + 1 < args.length && !args[i + 1].startsWith('--') ? args[++i] : undefined)
      if (!value) throw new UsageError(`--${name} needs a value; ${SEE_HELP}`)
      flags[name] = value
    } else if (arg.startsWith('--') && spec.switches?.includes(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value; ${SEE_HELP}`)
      flags[name] = true
    } else {
      throw new UsageError(`unknown option ${eq < 0 ? arg : arg.slice(0, eq)} for \`${spec.command}\`; ${SEE_HELP}`)
    }
  }
  return { positionals, flags }
}

/** Parsed flags back as arguments (`--name value`, `--switch`) after the positionals, for code that reads argv itself. */
export function toArgv({ positionals, flags }: ParsedArgs): string[] {
  return [...positionals, ...Object.entries(flags).flatMap(([name, value]) => (value === true ? [`--${name}`] : [`--${name}`, value]))]
}

/** How a command's flags read in help: `--host VALUE, --force`. */
export function describeFlags(spec: FlagSpec): string {
  return [...(spec.values ?? []).map((f) => `--${f} VALUE`), ...(spec.switches ?? []).map((f) => `--${f}`)].join(', ')
}
