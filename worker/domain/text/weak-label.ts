// Scored answers as weak sentiment labels for the workspace model: promoters' comments lean
// positive, detractors' negative; an exit comment sits beside a reason for leaving.
export type ScoredAnswer = { kind: 'nps' | 'csat' | 'ces' | 'exit'; score?: number; reason?: string }

export function weakLabel(a: ScoredAnswer): 'pos' | 'neg' | null {
  if (a.kind === 'exit') return 'neg'
  if (a.score === undefined || !Number.isFinite(a.score)) return null
  const s = a.score
  if (a.kind === 'nps') return s >= 9 ? 'pos' : s <= 6 ? 'neg' : null
  if (a.kind === 'csat') return s >= 4 ? 'pos' : s <= 2 ? 'neg' : null
  // CES: 1-2 = easy, 6-7 = hard.
  return s <= 2 ? 'pos' : s >= 6 ? 'neg' : null
}
