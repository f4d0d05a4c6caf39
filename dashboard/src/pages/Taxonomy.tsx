// The workspace's topics: names, keywords (any language) and example sentences. Saving replaces
// the taxonomy; comments analysed from then on use it.
import { useEffect, useState } from 'preact/hooks'
import { api } from '../lib/api.ts'
import { refusalText, type Problem } from '../lib/refusal.ts'
import { useApi } from '../lib/use-api.ts'
import { assignIds, checkTaxonomy, parseList } from '../lib/taxonomy.ts'
import { topicLabel, topicNameMap } from '../lib/topics.ts'
import type { TaxonomyTopic } from '../lib/types.ts'
import { t, type Key } from '../i18n/index.ts'
import { PageHead } from '../components/Layout.tsx'
import { Show } from '../components/States.tsx'
import { Link } from '../components/Link.tsx'
import { TextModel } from '../components/TextModel.tsx'

interface Draft {
  id: string
  name: string
  keywords: string
  examples: string
  fresh: boolean
  /** The stored name, kept when the name shown (a built-in one in the reader's language) is not edited. */
  stored?: string
  /** Set through the API; the editor does not show it, and saving keeps it. */
  strong?: string[]
}

// A built-in topic's name is shown in the reader's language but saved as stored, so saving in
// Chinese does not rename it for every other reader; only a name the user changed is saved.
const toDraft = (x: TaxonomyTopic): Draft =>
  ({ id: x.id, name: topicLabel(x.id, x.name), stored: x.name, keywords: x.keywords.join(', '), examples: (x.examples ?? []).join('\n'), strong: x.strong, fresh: false })
const fromDraft = (d: Draft): TaxonomyTopic => {
  const name = d.name.trim()
  const topic: TaxonomyTopic = { id: d.id, name: d.stored !== undefined && name === topicLabel(d.id, d.stored) ? d.stored : name, keywords: parseList(d.keywords, 'comma'), examples: parseList(d.examples, 'line') }
  return d.strong?.length ? { ...topic, strong: d.strong } : topic
}

export function Taxonomy() {
  const state = useApi<{ topics: TaxonomyTopic[]; isDefault?: boolean }>('/v1/taxonomy')
  const [drafts, setDrafts] = useState<Draft[] | null>(null)
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    if (state.data) setDrafts(state.data.topics.map(toDraft))
  }, [state.data])

  const edit = (i: number, patch: Partial<Draft>) => drafts && setDrafts(drafts.map((d, j) => (j === i ? { ...d, ...patch } : d)))
  // New topics get their ids from their names now, not at save time, so two new topics are
  // checked (and shown) with the ids they will have.
  const withIds = assignIds(drafts ?? [])
  const topics = withIds.map(fromDraft)
  const problems = checkTaxonomy(topics)
  const rowsWithProblems = new Set(problems.map((p) => p.index)).size
  const add = () => setDrafts((list) => [...(list ?? []), { id: '', name: '', keywords: '', examples: '', fresh: true }])
  const save = async (e: Event) => {
    e.preventDefault()
    if (!drafts || problems.length) return
    const out = topics
    setBusy(true)
    try {
      const res = await api<{ topics: TaxonomyTopic[] }>('PUT', '/v1/taxonomy', { topics: out })
      setDrafts((res?.topics ?? out).map(toDraft))
      setMsg({ ok: true, text: t('taxonomySaved') })
    } catch (err) {
      setMsg({ ok: false, text: refusalText(err, (p) => refusal(p, withIds)) })
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <p class="crumbs"><Link to="/themes">{t('navThemes')}</Link> / <span>{t('taxonomy')}</span></p>
      <PageHead title={t('taxonomy')} sub={t('taxonomySub')} />
      <Show state={state}>
        {(d) => (
          <form onSubmit={save}>
            {d.isDefault && <p class="note">{t('taxonomyDefault')}</p>}
            <div class="taxonomy">
              {withIds.map((x, i) => {
                const mine = problems.filter((p) => p.index === i)
                return (
                  <fieldset key={i} class="card topic-edit">
                    <legend class="sr">{x.name || t('newTopic')}</legend>
                    <div class="form-grid">
                      <label class="field">
                        <span>{t('name')}</span>
                        <input value={x.name} required onInput={(e) => edit(i, { name: e.currentTarget.value })} aria-invalid={mine.some((p) => p.problem === 'name')} />
                      </label>
                      <label class="field">
                        <span>{t('topicId')}</span>
                        <input value={x.id || t('idFromName')} disabled aria-invalid={mine.some((p) => p.problem === 'duplicate')} />
                      </label>
                      <label class="field span2">
                        <span>{t('keywords')}</span>
                        <textarea rows={2} value={x.keywords} placeholder={t('keywordsHint')} onInput={(e) => edit(i, { keywords: e.currentTarget.value })} />
                      </label>
                      <label class="field span2">
                        <span>{t('examples')}</span>
                        <textarea rows={3} value={x.examples} placeholder={t('examplesHint')} onInput={(e) => edit(i, { examples: e.currentTarget.value })} />
                      </label>
                    </div>
                    {mine.some((p) => p.problem === 'name') && <p class="bad-text small">{t('needName')}</p>}
                    {mine.some((p) => p.problem === 'duplicate') && <p class="bad-text small">{t('duplicateTopicId')}</p>}
                    {mine.some((p) => p.problem === 'words') && <p class="bad-text small">{t('needWords')}</p>}
                    {mine.map((p) => p.word && <p class="bad-text small">{t('badKeyword', { topic: x.name, k: p.word })}</p>)}
                    <button type="button" class="btn ghost small danger" onClick={() => setDrafts(drafts!.filter((_, j) => j !== i))}>{t('removeTopic')}</button>
                  </fieldset>
                )
              })}
            </div>
            {msg && <p class={`note ${msg.ok ? 'ok' : 'error'}`} role="status">{msg.text}</p>}
            {rowsWithProblems > 0 && <p class="note error" role="status">{t('fixTopicsToSave', { n: rowsWithProblems })}</p>}
            <div class="sticky-actions">
              <button type="button" class="btn" onClick={add}>{t('addTopic')}</button>
              <button type="submit" class="btn primary" disabled={busy || problems.length > 0}>{t('saveTaxonomy')}</button>
            </div>
          </form>
        )}
      </Show>
      <TextModel topicNames={topicNameMap(state.data?.topics)} />
    </>
  )
}

// The server names a topic by its place ("topics.3.keywords.0"): say it with the topic's name.
const FIELDS = new Map<string, Key>([['name', 'name'], ['id', 'topicId'], ['keywords', 'keywords'], ['strong', 'keywords'], ['examples', 'examples']])
function refusal(p: Problem, shown: Draft[]): string | null {
  const m = /^topics\.(\d+)\.(\w+)(?:\.(\d+))?$/.exec(p.path)
  const topic = m && shown[Number(m[1])]
  const field = m && FIELDS.get(m[2])
  if (!m || !topic || !field) return null
  const word = m[3] === undefined ? undefined : parseList(topic.keywords, 'comma')[Number(m[3])]
  if (m[2] === 'keywords' && word && /^must (keep|contain)/.test(p.message)) return t('badKeyword', { topic: topic.name, k: word })
  return t('topicFieldBad', { f: t(field), topic: topic.name, m: p.message })
}
