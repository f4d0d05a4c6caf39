export async function runTopicsEval(args: string[]): Promise<number> { void args; return 1 }
