// Themes: every topic with volume, sentiment mix, effect on NPS or CSAT (key driver), trend and
// real comments, each leading to the responses behind it; emerging themes not in the taxonomy.
import type { PageProps } from './index.tsx'
import { qs } from '../lib/api.ts'
import { useApi } from '../lib/use-api.ts'
import { navigate, withQuery } from '../lib/router.ts'
import { dayString, periodFromQuery } from '../lib/period.ts'
import { num, signed } from '../lib/format.ts'
import type { Emerging, Reread, Topic } from '../lib/types.ts'
import { t } from '../i18n/index.ts'
import { PageHead } from '../components/Layout.tsx'
import { PeriodPicker } from '../components/PeriodPicker.tsx'
import { Empty, Show } from '../components/States.tsx'
import { HBar } from '../components/Bars.tsx'
import { SentimentMix } from '../components/SentimentMix.tsx'
import { Link } from '../components/Link.tsx'
import { Badge } from '../components/Badge.tsx'
import { byEffect, distinctComments, fewAnswers, hasAnswers, SCORE_WORDS, shownEffect, topicLabel, type ScoreKind } from '../lib/topics.ts'

// Percent change of mentions versus the previous period; null when there were none before.
export function trendChange(tr: { current: number; previous: number }): number | null {
  return tr.previous > 0 ? ((tr.current - tr.previous) / tr.previous) * 100 : null
}

// A cell's column name, read with its value (the header row is hidden from screen readers, as a
// list has no columns); visually hidden on wide screens, shown above the value on phones.
function CellLabel({ text }: { text: string }) {
  return <span class="cell-label">{text}<i>: </i></span>
}

export function Themes({ path, query }: PageProps) {
  const period = periodFromQuery(query, Date.now())
  const range = { from: period.from, to: period.to }
  const state = useApi<{ topics: Topic[]; emerging: Emerging[]; reread?: Reread }>('/v1/insights/themes' + qs(range))
  const open = query.get('topic')
  const responsesFor = (topic: string) => `/responses${qs({ topic, from: dayString(period.from), to: dayString(period.to - 1) })}`
  return (
    <>
      <PageHead title={t('navThemes')} sub={t('themesSub')}>
        <PeriodPicker period={period} onChange={(q) => navigate(withQuery(path, new URLSearchParams(), q))} />
        <Link to="/taxonomy" class="btn">{t('editTaxonomy')}</Link>
      </PageHead>
      <Show state={state} rows={6}>
        {(d) => {
          // The bars' scale comes from topics with enough answers: one with three detractors would
          // otherwise dwarf every finding.
          // NPS unless the period has CSAT answers only; both: the reader picks (kept in the address).
          const kinds = (['nps', 'csat'] as const).filter((k) => hasAnswers(d.topics, k))
          const kind: ScoreKind = kinds.includes(query.get('score') as ScoreKind) ? (query.get('score') as ScoreKind) : kinds[0] ?? 'nps'
          const words = SCORE_WORDS[kind]
          const settled = d.topics.filter((x) => !fewAnswers(x, kind))
          const maxEffect = Math.max(1, ...(settled.length ? settled : d.topics).map((x) => Math.abs(shownEffect(x, kind) ?? 0)))
          const maxVolume = Math.max(1, ...d.topics.map((x) => x.volume))
          return (
            <>
              {/* After a taxonomy edit the figures fill in as stored comments are matched again. */}
              {d.reread?.inProgress && (
                <p class="note" role="status">{d.reread.total === null ? t('rereadingSoon') : t('rereading', { n: num(d.reread.total) })}</p>
              )}
              <section class="card flush">
                <div class="card-head">
                  <h2 class="card-title">{t('topics')}</h2>
                  {kinds.length > 1 && (
                    <div class="seg small" role="group" aria-label={t('effectOn')}>
                      {kinds.map((k) => (
                        <button key={k} type="button" aria-pressed={kind === k} onClick={() => navigate(withQuery(path, query, { score: k === 'nps' ? null : k }), true)}>{t(k)}</button>
                      ))}
                    </div>
                  )}
                </div>
                {d.topics.length === 0 ? <Empty title={t('noTopics')} /> : (
                  <ul class="topic-list">
                    <li class="topic-row head" aria-hidden="true">
                      <span>{t('topic')}</span><span>{t('volume')}</span><span>{t('sentimentMix')}</span><span title={t(words.hint)}>{t(words.effect)}</span><span>{t('trend')}</span>
                    </li>
                    {[...d.topics].sort(byEffect(kind)).map((x) => {
                      const isOpen = open === x.id
                      const change = trendChange(x.trend)
                      const few = fewAnswers(x, kind)
                      const pull = kind === 'nps' ? x.nps : x.csat
                      const effect = shownEffect(x, kind) ?? 0
                      return (
                        <li key={x.id} class={`topic${isOpen ? ' open' : ''}`}>
                          <button type="button" class="topic-row" aria-expanded={isOpen} onClick={() => navigate(withQuery(path, query, { topic: isOpen ? null : x.id }), true)}>
                            <span class="topic-name">{topicLabel(x.id, x.name)}</span>
                            <span class="cellbar" data-label={t('volume')}><CellLabel text={t('volume')} /><HBar value={x.volume} max={maxVolume} /><b>{num(x.volume)}</b></span>
                            <span data-label={t('sentimentMix')}><CellLabel text={t('sentimentMix')} /><SentimentMix mix={x.sentiment} /></span>
                            <span class="cellbar" data-label={t(words.effect)} title={few ? t(words.few, { n: num(pull?.responses ?? 0) }) : undefined}>
                              <CellLabel text={t(words.effect)} />
                              <HBar value={effect} max={maxEffect} tone={few ? 'faint' : effect < 0 ? 'bad' : 'ok'} />
                              <b class={few || effect === 0 ? 'muted' : effect < 0 ? 'neg' : 'pos'}>{signed(shownEffect(x, kind), 1)}</b>
                              {few && <span class="sr">{t(words.few, { n: num(pull?.responses ?? 0) })}</span>}
                            </span>
                            <span class={`trend ${change === null ? '' : change > 0 ? 'rise' : 'fall'}`} data-label={t('trend')}>
                              <CellLabel text={t('trend')} />
                              {change === null ? t('newThisPeriod') : `${change > 0 ? '↑' : change < 0 ? '↓' : '→'} ${num(Math.abs(change))}%`}
                            </span>
                          </button>
                          {isOpen && (
                            <div class="topic-detail">
                              <p class="muted">
                                {t(words.withWithout, { w: num(pull?.with ?? null), wo: num(pull?.without ?? null) })} · {t('mentionsVsPrev', { c: num(x.trend.current), p: num(x.trend.previous) })}
                              </p>
                              {x.examples.length === 0 ? <p class="muted">{t('noExamples')}</p> : (
                                <ul class="quotes">
                                  {distinctComments(x.examples).map((ex) => (
                                    <li key={ex.responseId}>
                                      <blockquote>{ex.comment}</blockquote>
                                      <span class="muted">{ex.score !== null && t('scoreN', { n: ex.score })} <Badge value={ex.sentiment} /></span>
                                    </li>
                                  ))}
                                </ul>
                              )}
                              <Link to={responsesFor(x.id)} class="btn primary small">{t('seeResponses', { n: num(x.volume) })}</Link>
                            </div>
                          )}
                        </li>
                      )
                    })}
                  </ul>
                )}
              </section>
              <section class="card">
                <h2>{t('emerging')}</h2>
                <p class="muted">{t('emergingSub')}</p>
                {d.emerging.length === 0 ? <Empty title={t('noEmerging')} /> : (
                  <ul class="emerging">
                    {d.emerging.slice(0, 12).map((e) => (
                      <li key={e.phrase}>
                        <div class="emerging-head">
                          <b>“{e.phrase}”</b>
                          <span class="muted">{t('mentionsVsPrev', { c: num(e.count), p: num(e.previous) })}</span>
                          <Link to={`/responses${qs({ q: e.phrase, from: dayString(period.from), to: dayString(period.to - 1) })}`}>{t('search')}</Link>
                        </div>
                        <ul class="quotes">
                          {distinctComments(e.examples).slice(0, 2).map((ex) => <li key={ex.responseId}><blockquote>{ex.comment}</blockquote></li>)}
                        </ul>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            </>
          )
        }}
      </Show>
    </>
  )
}
