// Example comments for a topic on the Themes page and in GET /v1/insights/themes: the side the topic
// moves the score first, one of the other side, so a product team sees both.

const EXAMPLES = 3

export type Candidate = { response_id: string; confidence: number; comment: string; score: number | null; survey_kind: string; sentiment_label: string | null }
export type TopicExample = { responseId: string; comment: string; score: number | null; sentiment: string | null }

/** Whether an answer's score band says which way it leans (a promoter, a detractor), not only its words. */
function scored(r: Candidate): boolean {
  return r.score !== null && ((r.survey_kind === 'nps' && (r.score >= 9 || r.score <= 6)) || (r.survey_kind === 'csat' && (r.score >= 4 || r.score <= 2)))
}

/** Which way an answer leans: its score band where it has one (NPS, CSAT), else its sentiment. */
function sideOf(r: Candidate): 1 | -1 | 0 {
  if (r.score !== null && r.survey_kind === 'nps') return r.score >= 9 ? 1 : r.score <= 6 ? -1 : sentimentSide(r.sentiment_label)
  if (r.score !== null && r.survey_kind === 'csat') return r.score >= 4 ? 1 : r.score <= 2 ? -1 : sentimentSide(r.sentiment_label)
  return sentimentSide(r.sentiment_label)
}
const sentimentSide = (label: string | null): 1 | -1 | 0 => (label === 'positive' ? 1 : label === 'negative' ? -1 : 0)

/**
 * Examples that show what drives a topic's effect. `lean` is the way it moves the score (+1 up,
 * -1 down, 0 unknown). Up: promoters' and positive comments first; down: detractors' and negative
 * ones. The last place goes to one comment of the other side when there is one among the
 * candidates, so the reader sees both; places left go to more of the leading side, then to
 * comments that lean neither way, then to the other side. Within a side an answer
 * whose score says so (a promoter over a passive who wrote kindly) comes first, then the more
 * confident match (a stable sort keeps the newest first among equals).
 */
export function pickExamples(rows: Candidate[], lean: number): TopicExample[] {
  const byConfidence = [...rows].sort((a, b) => Number(scored(b)) - Number(scored(a)) || b.confidence - a.confidence)
  let picked: Candidate[]
  if (lean === 0) picked = byConfidence.slice(0, EXAMPLES)
  else {
    const along = byConfidence.filter((r) => sideOf(r) === Math.sign(lean))
    const against = byConfidence.filter((r) => sideOf(r) === -Math.sign(lean))
    const neither = byConfidence.filter((r) => sideOf(r) === 0)
    const first = along.slice(0, against.length ? EXAMPLES - 1 : EXAMPLES)
    picked = [...first, ...against.slice(0, 1), ...along.slice(first.length), ...neither, ...against.slice(1)].slice(0, EXAMPLES)
  }
  return picked.map((r) => ({ responseId: r.response_id, comment: r.comment, score: r.score, sentiment: r.sentiment_label }))
}
