// Dispatches `stayloop <command> ...` to cli/commands/<command>.ts.
const COMMANDS: Record<string, string> = {
  seed: 'seed the local demo workspace (once) and write demo-keys.json',
  keys: 'keys create --workspace ID: make a secret key',
  eval: 'eval sentiment|topics|churn FILE.tsv: measure the models on a labelled file',
  import: 'import customers|signals FILE.csv: send a CSV to a running Stayloop',
  train: 'train FILE.tsv|csv: a workspace learns sentiment and topics from a labelled file',
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv
  if (!name || name === '--help' || name === '-h' || !(name in COMMANDS)) {
    console.log('Usage: stayloop <command> [options]\n')
    for (const [cmd, help] of Object.entries(COMMANDS)) console.log(`  ${cmd.padEnd(8)} ${help}`)
    return name && name !== '--help' && name !== '-h' ? 2 : 0
  }
  const mod = (await import(`./commands/${name}.ts`)) as { run(args: string[]): Promise<number> }
  return mod.run(args)
}
