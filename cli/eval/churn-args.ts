// Command-line arguments of `stayloop eval churn`.

export interface ChurnArgs {
  file: string
  label: string
  positive: string
  id?: string
  ignore: string[]
  seed: number
}

const USAGE = 'usage: stayloop eval churn FILE.tsv --label COLUMN --positive VALUE [--id COLUMN] [--ignore COL,...]'

export function parseChurnArgs(args: string[]): ChurnArgs | { error: string } {
  let file: string | undefined
  const flags: Record<string, string> = {}
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2)
      const value = inline ?? args[++i]
      if (value === undefined) return { error: `--${name} needs a value\n${USAGE}` }
      flags[name] = value
    } else if (file === undefined) {
      file = arg
    } else {
      return { error: `unexpected argument ${arg}\n${USAGE}` }
    }
  }
  if (!file || !flags.label || flags.positive === undefined) return { error: USAGE }
  const known = new Set(['label', 'positive', 'id', 'ignore', 'seed'])
  const unknown = Object.keys(flags).find((k) => !known.has(k))
  if (unknown) return { error: `unknown option --${unknown}\n${USAGE}` }
  return {
    file,
    label: flags.label,
    positive: flags.positive,
    id: flags.id,
    ignore: (flags.ignore ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    seed: flags.seed ? Number(flags.seed) : 7,
  }
}
