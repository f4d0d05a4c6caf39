// Tiny flag parser: `--name value`, `--flag`, and positionals.
export function parseArgs(args: string[]): { positionals: string[]; flags: Record<string, string | true> } {
  const positionals: string[] = []
  const flags: Record<string, string | true> = {}
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a.startsWith('--')) {
      const [key, inline] = a.slice(2).split('=', 2)
      if (inline !== undefined) flags[key] = inline
      else if (i + 1 < args.length && !args[i + 1].startsWith('--')) flags[key] = args[++i]
      else flags[key] = true
    } else positionals.push(a)
  }
  return { positionals, flags }
}
