// What the workspace's own text model learned from (GET /v1/text-model), in sentences, and the two
// ways to change it by hand: teach from a labelled file, or forget every example taught so far.
import { useEffect, useRef, useState } from 'preact/hooks'
import { ApiError, api } from '../lib/api.ts'
import { useApi } from '../lib/use-api.ts'
import { date, num, share } from '../lib/format.ts'
import type { RowProblem, TextExamplesResult, TextModelState } from '../lib/types.ts'
import { t } from '../i18n/index.ts'
import { Show } from './States.tsx'

const SHOWN_PROBLEMS = 20

type Outcome = { ok: boolean; text: string; problems?: RowProblem[] }

/** The upload's Content-Type, from the file name: the server reads CSV unless told the file is tab-separated. */
export function fileContentType(name: string): string {
  return /\.(tsv|tab)$/i.test(name) ? 'text/tab-separated-values' : 'text/csv'
}

const failure = (e: unknown): Outcome => {
  if (!(e instanceof ApiError)) return { ok: false, text: String(e) }
  if (e.status === 400 && Array.isArray(e.details) && e.details.length) {
    return { ok: false, text: t('teachRefused', { n: num(e.details.length) }), problems: e.details as RowProblem[] }
  }
  if (e.status === 409) return { ok: false, text: t('teachConflict') }
  if (e.status === 413) return { ok: false, text: t('teachTooBig') }
  return { ok: false, text: e.message }
}

const problemText = (p: RowProblem) => {
  if (!p.line) return p.message
  return p.column ? t('rowProblem', { line: p.line, column: p.column, message: p.message }) : t('rowProblemLine', { line: p.line, message: p.message })
}

export function TextModel({ topicNames }: { topicNames: Record<string, string> }) {
  const state = useApi<TextModelState>('/v1/text-model')
  const [file, setFile] = useState<File | null>(null)
  // A new key empties the file input after a successful upload.
  const [inputKey, setInputKey] = useState(0)
  const [busy, setBusy] = useState<'teach' | 'forget' | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [confirming, setConfirming] = useState(false)
  const cancelRef = useRef<HTMLButtonElement>(null)
  const forgetRef = useRef<HTMLButtonElement>(null)
  const wasConfirming = useRef(false)
  // Keyboard focus follows the confirm step: onto its Cancel, and back to the button after.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus()
    else if (wasConfirming.current) forgetRef.current?.focus()
    wasConfirming.current = confirming
  }, [confirming])

  const teach = async (e: Event) => {
    e.preventDefault()
    if (!file) return
    setBusy('teach')
    setOutcome(null)
    try {
      const r = await api<TextExamplesResult>('POST', '/v1/text-model/examples', new Blob([file], { type: fileContentType(file.name) }))
      const text = t('teachLearned', { n: num(r.learned), r: num(r.replaced), s: num(r.skipped) })
      setOutcome({ ok: true, text: r.duplicates > 0 ? `${text} ${t('teachRepeats', { d: num(r.duplicates) })}` : text })
      setFile(null)
      setInputKey((k) => k + 1)
      state.reload()
    } catch (err) {
      setOutcome(failure(err))
    } finally {
      setBusy(null)
    }
  }
  const forget = async () => {
    setBusy('forget')
    setOutcome(null)
    try {
      const r = await api<{ forgotten: number }>('DELETE', '/v1/text-model/examples')
      setOutcome({ ok: true, text: t('forgot', { n: num(r.forgotten) }) })
      state.reload()
    } catch (err) {
      setOutcome(failure(err))
    } finally {
      setBusy(null)
      setConfirming(false)
    }
  }

  return (
    <section class="card text-model" aria-labelledby="tm-h" data-text-model>
      <h2 id="tm-h">{t('textModel')}</h2>
      <p class="muted small">{t('textModelSub')}</p>
      <Show state={state} rows={2}>
        {(m) => (
          <div class="model-figures">
            <Figures m={m} topicNames={topicNames} />
            {m.examples > 0 && (confirming ? (
              <div class="row-actions" role="group" aria-label={t('forgetExamples')}>
                <span>{t('confirmForget', { n: num(m.examples) })}</span>
                <button type="button" class="btn small danger" disabled={!!busy} onClick={forget}>{t('forget')}</button>
                <button type="button" class="btn ghost small" ref={cancelRef} onClick={() => setConfirming(false)}>{t('cancel')}</button>
              </div>
            ) : (
              <button type="button" class="btn ghost small danger" ref={forgetRef} disabled={!!busy} onClick={() => setConfirming(true)}>{t('forgetExamples')}</button>
            ))}
          </div>
        )}
      </Show>
      <form class="teach" onSubmit={teach}>
        <h3>{t('teachFromFile')}</h3>
        <p class="muted small" id="tm-help">{t('teachHelp')} <code>text,sentiment,topics</code></p>
        <div class="inline-form">
          <label class="field">
            <span>{t('teachFile')}</span>
            <input key={inputKey} type="file" accept=".csv,.tsv,.txt" aria-describedby="tm-help" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
          </label>
          <button type="submit" class="btn primary" disabled={!!busy || !file}>{busy === 'teach' ? t('teaching') : t('teach')}</button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {outcome && (
          <div class={`note ${outcome.ok ? 'ok' : 'error'}`} data-outcome>
            <p>{outcome.text}</p>
            {outcome.problems && <Problems list={outcome.problems} />}
          </div>
        )}
      </div>
    </section>
  )
}

function Figures({ m, topicNames }: { m: TextModelState; topicNames: Record<string, string> }) {
  const taught = Object.entries(m.topics).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const waiting = m.pending.examples + m.pending.answers
  return (
    <>
      {m.version !== m.currentVersion && <p class="note" data-rebuilding>{t('textModelRebuilding', { k: num(waiting) })}</p>}
      <p>{t('textModelFrom', { a: num(m.answersLearned), e: num(m.examples) })}</p>
      <p>{t('textModelDocs', { p: num(m.documents.pos), n: num(m.documents.neg), u: num(m.documents.neu) })}</p>
      {m.check && m.check.modelGain !== null && (
        <p data-model-check>
          {t('textModelCheck', { n: num(m.check.texts), r: share(m.check.rulesAccuracy, 1), l: share(m.check.learnedAccuracy, 1), d: date(m.check.checkedAt) })}
          {m.check.modelGain === 0 && ` ${t('textModelCheckRulesOnly')}`}
        </p>
      )}
      {m.check?.topics && <TopicCheck c={m.check.topics} />}
      <h3>{t('textModelTopics')}</h3>
      {taught.length === 0 ? <p class="muted">{t('textModelNoTopics')}</p> : (
        <ul class="model-topics" data-model-topics>
          {taught.map(([id, n]) => <li key={id}><span>{topicNames[id] ?? id}</span> <b>{num(n)}</b></li>)}
        </ul>
      )}
    </>
  )
}

function TopicCheck({ c }: { c: NonNullable<NonNullable<TextModelState['check']>['topics']> }) {
  const f1 = (x: number | null) => (x === null ? '–' : x.toFixed(2))
  return (
    <p data-topic-check>
      {t('textModelTopicCheck', { n: num(c.texts), r: share(c.keywordsAccuracy, 1), l: share(c.learnedAccuracy, 1), rf: f1(c.keywordsMacroF1), lf: f1(c.learnedMacroF1) })}
      {c.modelGain === 0 && ` ${t('textModelTopicCheckKeywordsOnly')}`}
    </p>
  )
}

function Problems({ list }: { list: RowProblem[] }) {
  const more = list.length - SHOWN_PROBLEMS
  return (
    <ul class="row-problems" data-problems>
      {list.slice(0, SHOWN_PROBLEMS).map((p, i) => <li key={i}>{problemText(p)}</li>)}
      {more > 0 && <li>{t('andMore', { n: num(more) })}</li>}
    </ul>
  )
}
