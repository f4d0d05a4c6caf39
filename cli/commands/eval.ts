// `stayloop eval sentiment|topics|churn ...`: measured figures on labelled files.
export async function run(args: string[]): Promise<number> {
  const [task, ...rest] = args
  if (task === 'sentiment' || task === 'topics') {
    const { runTextEval } = await import('../eval/text.ts')
    return runTextEval(task, rest)
  }
  if (task === 'churn') {
    // Owned by the churn work; loaded lazily so this command works before it lands.
    const path = '../eval/churn.ts'
    let mod: { runChurnEval?: (a: string[]) => Promise<number> }
    try { mod = await import(/* @vite-ignore */ path) } catch {
      console.error('stayloop eval churn: cli/eval/churn.ts is not available in this build')
      return 2
    }
    if (!mod.runChurnEval) { console.error('stayloop eval churn: cli/eval/churn.ts does not export runChurnEval'); return 2 }
    return mod.runChurnEval(rest)
  }
  console.error('usage: stayloop eval sentiment FILE.tsv|FILE.csv [--label-column COL] [--text-column COL] [--dev] [--interval] | topics FILE.tsv [--taxonomy FILE.json] [--label-column COL] [--text-column COL] [--dev] [--interval] | churn ...')
  return 2
}
