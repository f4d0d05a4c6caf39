// Responses: filter by survey, score band, sentiment, topic, language, dates, customer; search
// comments; each answer with its analysis and a correction; CSV export of the current filter.
import { useEffect, useState } from 'preact/hooks'
import type { PageProps } from './index.tsx'
import { ApiError, get, qs } from '../lib/api.ts'
import { useApi } from '../lib/use-api.ts'
import { navigate, withQuery } from '../lib/router.ts'
import { BANDS, FILTER_KEYS, activeCount, apiQuery, filtersFromQuery, topicGone, type Filters } from '../lib/filters.ts'
import { num } from '../lib/format.ts'
import { useTopics } from '../lib/topics.ts'
import type { List, ResponseItem, Survey } from '../lib/types.ts'
import { t, type Key } from '../i18n/index.ts'
import { PageHead } from '../components/Layout.tsx'
import { Empty, ErrorNote, Loading } from '../components/States.tsx'
import { ResponseCard, SENTIMENTS } from '../components/ResponseCard.tsx'

const PAGE = 25

export function Responses({ path, query }: PageProps) {
  const filters = filtersFromQuery(query)
  const topics = useTopics()
  const topicNames = topics.names
  const gone = topicGone(filters, topics.ids)
  // A topic filter waits for the taxonomy, so a removed topic is never sent.
  const waiting = !!filters.topic && topics.loading
  const apiQ = apiQuery(filters, topics.ids)
  const key = qs(apiQ)
  const surveys = useApi<List<Survey>>('/v1/surveys')
  const [items, setItems] = useState<ResponseItem[] | null>(null)
  const [total, setTotal] = useState<string | null>(null)
  const [cursor, setCursor] = useState<string | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [more, setMore] = useState(false)

  const load = async (after: string | null) => {
    try {
      const page = await get<List<ResponseItem>>('/v1/responses' + qs({ ...apiQ, limit: PAGE, cursor: after }))
      setItems((prev) => (after && prev ? [...prev, ...page.data] : page.data))
      // Beyond the API's counting cap a broad filter says '10,000+'.
      setTotal(page.total == null ? null : `${num(page.total)}${page.totalExact === false ? '+' : ''}`)
      setCursor(page.nextCursor ?? null)
      setError(null)
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'client', String(e)))
    } finally {
      setMore(false)
    }
  }
  useEffect(() => {
    setItems(null)
    if (!waiting) load(null)
  }, [key, waiting])

  const set = (patch: Filters) => navigate(withQuery(path, query, patch), true)
  const [q, setQ] = useState(filters.q ?? '')
  useEffect(() => setQ(filters.q ?? ''), [filters.q])

  return (
    <>
      <PageHead title={t('navResponses')} sub={total === null ? t('responsesSub') : t('nResponses', { n: total })}>
        <a class="btn" href={'/v1/export/responses.csv' + key} download="responses.csv">{t('exportCsv')}</a>
      </PageHead>
      <form class="card filters" role="search" onSubmit={(e) => (e.preventDefault(), set({ q }))}>
        <label class="field grow">
          <span>{t('search')}</span>
          <input type="search" value={q} placeholder={t('searchComments')} onInput={(e) => setQ(e.currentTarget.value)} />
        </label>
        <Select label={t('survey')} value={filters.survey} onChange={(v) => set({ survey: v })}
          options={(surveys.data?.data ?? []).map((s) => [s.id, s.name])} />
        <Select label={t('kind')} value={filters.kind} onChange={(v) => set({ kind: v })}
          options={['nps', 'csat', 'ces', 'exit'].map((k) => [k, t(('kind_' + k) as Key)])} />
        <Select label={t('scoreBand')} value={filters.band} onChange={(v) => set({ band: v })}
          options={BANDS.map((b) => [b, t(`band_${b}`)])} />
        <Select label={t('sentiment')} value={filters.sentiment} onChange={(v) => set({ sentiment: v })}
          options={SENTIMENTS.map((s) => [s, t(`v_${s}`)])} />
        <Select label={t('topic')} value={filters.topic} onChange={(v) => set({ topic: v })}
          options={[...new Set([...Object.keys(topicNames), ...(filters.topic && !gone ? [filters.topic] : [])])].map((id) => [id, topicNames[id] ?? id])} />
        <Select label={t('language')} value={filters.language} onChange={(v) => set({ language: v })}
          options={[['en', 'English'], ['zh-Hans', '简体中文'], ['zh-Hant', '繁體中文'], ['es', 'Español'], ['fr', 'Français'], ['de', 'Deutsch'], ['pt', 'Português'], ['it', 'Italiano'], ['nl', 'Nederlands'], ['und', t('otherLanguages')]]} />
        <label class="field">
          <span>{t('from')}</span>
          <input type="date" value={filters.from ?? ''} onChange={(e) => set({ from: e.currentTarget.value })} />
        </label>
        <label class="field">
          <span>{t('to')}</span>
          <input type="date" value={filters.to ?? ''} onChange={(e) => set({ to: e.currentTarget.value })} />
        </label>
        <label class="field">
          <span>{t('customer')}</span>
          <input value={filters.customer ?? ''} placeholder="cust_…" onChange={(e) => set({ customer: e.currentTarget.value.trim() })} />
        </label>
        <div class="filter-actions">
          <button type="submit" class="btn primary small">{t('search')}</button>
          {activeCount(filters) > 0 && (
            <button type="button" class="btn ghost small" onClick={() => navigate(withQuery(path, query, Object.fromEntries(FILTER_KEYS.map((k) => [k, null]))), true)}>
              {t('clearFilters')}
            </button>
          )}
        </div>
      </form>
      {gone && (
        <p class="note" role="status">
          {t('topicGone', { id: filters.topic! })} <button type="button" class="btn ghost small" onClick={() => set({ topic: '' })}>{t('clearFilter')}</button>
        </p>
      )}
      {error ? (error.status === 401 ? null : <ErrorNote message={error.message} requestId={error.requestId} />)
        : items === null ? <Loading rows={5} />
        : items.length === 0 ? <Empty title={t('noResponses')}>{activeCount(filters) ? t('tryFewerFilters') : t('noResponsesHint')}</Empty>
        : (
          <div class="responses">
            {items.map((r) => (
              <ResponseCard key={r.id} r={r} topicNames={topicNames} onChanged={(next) => setItems((list) => list && list.map((x) => (x.id === next.id ? next : x)))} />
            ))}
            {cursor && (
              <button type="button" class="btn wide" disabled={more} onClick={() => (setMore(true), load(cursor))}>
                {more ? t('loading') : t('loadMore')}
              </button>
            )}
          </div>
        )}
    </>
  )
}

function Select({ label, value, options, onChange }: { label: string; value?: string; options: [string, string][]; onChange(v: string): void }) {
  return (
    <label class="field">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t('any')}</option>
        {options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </select>
    </label>
  )
}
