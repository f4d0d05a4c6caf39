// `stayloop eval sentiment|topics|churn ...`: measured figures on labelled files.
import { parseArgs, toArgv, type FlagSpec } from '../lib/args.ts'

const TEXT_COLUMNS = ['label-column', 'text-column']
const TASK_FLAGS = {
  sentiment: { command: 'stayloop eval sentiment', values: TEXT_COLUMNS, switches: ['dev', 'interval'] },
  topics: { command: 'stayloop eval topics', values: ['taxonomy', ...TEXT_COLUMNS], switches: ['dev', 'interval'] },
  churn: { command: 'stayloop eval churn', values: ['label', 'positive', 'id', 'ignore', 'seed'] },
} satisfies Record<string, FlagSpec>
export const flagSpecs: FlagSpec[] = Object.values(TASK_FLAGS)

export async function run(args: string[]): Promise<number> {
  const [task, ...given] = args
  if (!Object.hasOwn(TASK_FLAGS, task ?? '')) {
    console.error('usage: stayloop eval sentiment FILE.tsv|FILE.csv [--label-column COL] [--text-column COL] [--dev] [--interval] | topics FILE.tsv [--taxonomy FILE.json] [--label-column COL] [--text-column COL] [--dev] [--interval] | churn ...')
    return 2
  }
  // Checked here for every task; the tasks read the flags back as plain `--name value` arguments.
  const rest = toArgv(parseArgs(given, TASK_FLAGS[task as keyof typeof TASK_FLAGS]))
  if (task === 'sentiment' || task === 'topics') {
    const { runTextEval } = await import('../eval/text.ts')
    return runTextEval(task, rest)
  }
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
