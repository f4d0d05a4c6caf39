// One answer with its analysis (language, sentiment, topics), and a correction form: a person's
// sentiment and topics override the model's and teach the workspace's model.
import { useRef, useState } from 'preact/hooks'
import { ApiError, api } from '../lib/api.ts'
import { dateTime, num, share } from '../lib/format.ts'
import type { ResponseItem, SentimentLabel } from '../lib/types.ts'
import { t, type Key } from '../i18n/index.ts'
import { Badge } from './Badge.tsx'
import { Link } from './Link.tsx'
import { LongText } from './LongText.tsx'

export const SENTIMENTS: SentimentLabel[] = ['positive', 'neutral', 'mixed', 'negative']

export function scoreTone(kind: string, score: number | null): 'bad' | 'warn' | 'ok' | 'plain' {
  if (score === null) return 'plain'
  if (kind === 'nps' || kind === 'custom') return score <= 6 ? 'bad' : score <= 8 ? 'warn' : 'ok'
  if (kind === 'csat') return score <= 2 ? 'bad' : score === 3 ? 'warn' : 'ok'
  if (kind === 'ces') return score >= 6 ? 'bad' : score >= 4 ? 'warn' : 'ok'
  return 'plain'
}

const label = (prefix: string, id: string) => {
  const k = (prefix + id) as Key
  return t(k) === k ? id.replace(/_/g, ' ') : t(k)
}

export function ResponseCard({ r, topicNames, onChanged, showCustomer = true }: {
  r: ResponseItem
  topicNames: Record<string, string>
  onChanged?(next: ResponseItem): void
  showCustomer?: boolean
}) {
  const [editing, setEditing] = useState(false)
  const [saved, setSaved] = useState(false)
  const correctBtn = useRef<HTMLButtonElement>(null)
  // Closing the form would drop focus to the page: it goes back to the button that opened it.
  const done = (next?: ResponseItem) => {
    setEditing(false)
    setSaved(!!next)
    correctBtn.current?.focus()
    if (next) onChanged?.(next)
  }
  const a = r.analysis
  const topics = a?.topics ?? []
  return (
    <article class="response" data-response={r.id}>
      <header>
        <span class={`score ${scoreTone(r.surveyKind, r.score)}`} title={t('score')}>{r.score ?? '–'}</span>
        <span class="kind">{t(('kind_' + r.surveyKind) as Key)}</span>
        {showCustomer && r.customerId && <Link to={`/customers/${encodeURIComponent(r.customerId)}`} class="who">{r.customerId}</Link>}
        <time class="muted" dateTime={new Date(r.createdAt).toISOString()}>{dateTime(r.createdAt)}</time>
        {!r.finished && <span class="badge plain">{t('partial')}</span>}
      </header>
      {r.comment ? <LongText text={r.comment} class="comment" /> : <p class="comment muted">{t('noComment')}</p>}
      {(r.reason || r.offer) && (
        <p class="exit-line">
          {r.reason && <span>{t('exitReason')}: <b>{label('reason_', r.reason)}</b></span>}
          {r.offer && <span>{t('offer')}: {label('offer_', r.offer.kind)} · {r.offer.accepted ? t('accepted') : t('declined')}</span>}
        </p>
      )}
      <footer class="analysis">
        {a ? (
          <>
            {a.sentiment && <Badge value={a.sentiment.label} />}
            {a.sentiment?.confidence !== null && a.sentiment?.confidence !== undefined && <span class="muted small">{t('confidence', { v: share(a.sentiment.confidence) })}</span>}
            {a.language && a.language !== 'und' && <span class="chip lang">{a.language}</span>}
            {topics.map((x) => (
              <span class="chip" key={x.id} title={x.matches?.length ? x.matches.join(', ') : undefined}>
                {topicNames[x.id] ?? x.id}
                {x.confidence !== undefined && <small> {num(x.confidence * 100)}%</small>}
              </span>
            ))}
            {a.correctedAt && <span class="muted small">{correctedNote(a)}</span>}
          </>
        ) : (
          <span class="muted small">{r.comment ? t('analysisPending') : ''}</span>
        )}
        {onChanged && r.comment && (
          <button type="button" class="link-btn" ref={correctBtn} aria-expanded={editing} onClick={() => (setEditing(!editing), setSaved(false))}>{t('correct')}</button>
        )}
        {onChanged && <span class="sr" role="status">{saved ? t('correctionSaved') : ''}</span>}
      </footer>
      {editing && onChanged && <Correction r={r} topicNames={topicNames} onDone={done} />}
    </article>
  )
}

/** Says which part a person corrected, when the API tells. */
function correctedNote(a: NonNullable<ResponseItem['analysis']>): string {
  const c = a.corrected
  if (!c || c.sentiment === c.topics) return t('corrected')
  return t(c.sentiment ? 'correctedSentiment' : 'correctedTopics')
}

function Correction({ r, topicNames, onDone }: { r: ResponseItem; topicNames: Record<string, string>; onDone(next?: ResponseItem): void }) {
  // Only topics of the current taxonomy are offered and ticked: one removed since the answer was
  // read would be refused, and with it the whole correction.
  const initialSentiment: SentimentLabel = r.analysis?.sentiment?.label ?? 'neutral'
  const initialTopics = (r.analysis?.topics ?? []).map((x) => x.id).filter((id) => id in topicNames)
  const [sentiment, setSentiment] = useState<SentimentLabel>(initialSentiment)
  const [topics, setTopics] = useState<string[]>(initialTopics)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const all = Object.keys(topicNames)
  const save = async (e: Event) => {
    e.preventDefault()
    // Each part is sent only when changed: a sentiment correction says nothing about the topics.
    const topicsChanged = topics.length !== initialTopics.length || topics.some((id) => !initialTopics.includes(id))
    const sentimentChanged = sentiment !== initialSentiment || !r.analysis?.sentiment
    if (!topicsChanged && !sentimentChanged) return onDone()
    const body = { ...(sentimentChanged ? { sentiment } : {}), ...(topicsChanged ? { topics } : {}) }
    setBusy(true)
    try {
      // The server answers the corrected response as GET /v1/responses/{id} shows it.
      const res = await api<ResponseItem | null>('PATCH', `/v1/responses/${encodeURIComponent(r.id)}/analysis`, body)
      onDone(res ? { ...r, ...res } : r)
    } catch (err) {
      setError(err instanceof ApiError && err.missing ? t('notAvailable') : err instanceof Error ? err.message : String(err))
      setBusy(false)
    }
  }
  return (
    <form class="correction" onSubmit={save}>
      <fieldset>
        <legend>{t('sentiment')}</legend>
        {SENTIMENTS.map((s) => (
          <label key={s} class="pill">
            <input type="radio" name={`sent-${r.id}`} value={s} checked={sentiment === s} onChange={() => setSentiment(s)} />
            {t(`v_${s}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('topics')}</legend>
        {all.map((id) => (
          <label key={id} class="pill">
            <input type="checkbox" checked={topics.includes(id)} onChange={(e) => setTopics(e.currentTarget.checked ? [...topics, id] : topics.filter((x) => x !== id))} />
            {topicNames[id] ?? id}
          </label>
        ))}
      </fieldset>
      {error && <p class="note error" role="alert">{error}</p>}
      <div class="row-actions">
        <button type="submit" class="btn primary small" disabled={busy}>{t('saveCorrection')}</button>
        <button type="button" class="btn ghost small" onClick={() => onDone()}>{t('cancel')}</button>
      </div>
    </form>
  )
}
