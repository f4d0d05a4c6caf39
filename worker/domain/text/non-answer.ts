// "No", "nothing", "n/a", 无, 没有: what a customer types to get past a follow-up question. It says
// nothing about the product. Read as words, a bare "no" or 没有 is a negator with nothing to deny,
// a mild complaint, so the satisfied read as negative (-0.64 to -0.85 before this); such an answer
// gets no sentiment, no topic, and teaches the workspace model nothing.

const EN = new RegExp('^(?:no+|nope|nah|none|nothing|nil|na|not really|not applicable|no comments?|no feedback|no suggestions?|no thoughts|no ideas?|no opinion'
  + '|nothing (?:to add|else|really|more|at all|to say|to report|in particular|specific|for now|at the moment|comes to mind)'
  + '|(?:none|nothing|no) (?:so far|for now|at the moment|at this time|right now)|(?:no )?that ?s all|no that is all|not at the moment|not at this time|no(?:thing)? thanks?(?: you)?'
  // An offer declined, and nothing more.
  + '|(?:no thanks? |thanks but )?not interested(?: thanks?(?: you)?)?)$')

// 暂时没什么建议, 目前没有其他意见, 没了: a time word, a "none", what there is none of.
const ZH = /^(?:暂时|目前|现在|暂|还)?(?:没有?|没什么|没啥|无)(?:其他|别的|特别)?(?:的)?(?:意见|建议|想法|要说的|可说的)?了?$|^(?:不知道|说不上来)$/

/** The other languages we read, as their speakers skip a question. */
const OTHER = new Set([
  // An offer declined, and nothing more ("não, valeu", "nö, lasst mal").
  'no gracias', 'não valeu', 'nao valeu', 'não obrigado', 'não obrigada', 'nao obrigado', 'no grazie', 'no grazie ciao', 'non grazie', 'non merci', 'nein danke', 'nö danke', 'nee danke', 'nö lasst mal', 'nee lasst mal', 'lasst mal',
  'nada', 'ninguno', 'ninguna', 'sin comentarios', 'nessun commento', 'sans commentaire', 'aucun commentaire', 'geen commentaar', 'rien', 'rien à signaler', 'ras', 'nichts', 'keine', 'kein kommentar',
  'niente', 'nulla', 'nessuno', 'niets', 'geen', 'nenhum', 'nenhuma', 'sem comentários',
  'nada a declarar', 'non saprei', 'rien à déclarer', 'nichts zu sagen', 'keine ahnung', 'no sé', 'no se', 'não sei', 'nao sei', 'je sais pas', 'je ne sais pas', 'keine angabe', 'keine angaben', 'geen opmerkingen', 'geen opmerking', 'sem comentarios', 'nessuna', 'niente da dire', 'nada que decir', 'nada que añadir', 'rien de plus'])

/** Dashes and dots typed only to fill the box; emoticons are answers (":/", "T_T"), as emoji are ("👍"). */
const FILLER = /^[-–—._\s]+$/

/** Whether a whole comment (prepared, in Simplified) is such a non-answer. */
export function isNonAnswer(simplified: string): boolean {
  if (simplified.length > 40) return false
  if (FILLER.test(simplified)) return true
  const t = simplified.toLowerCase().replace(/\p{P}+/gu, ' ').replace(/\s+/g, ' ').trim()
  const compact = t.replace(/ /g, '')
  return t !== '' && (compact === 'na' || EN.test(t) || ZH.test(compact) || OTHER.has(t))
}
