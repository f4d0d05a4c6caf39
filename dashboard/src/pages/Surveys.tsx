// Surveys: the workspace's NPS, CSAT, CES and exit surveys, and a start for a new one.
import type { PageProps } from './index.tsx'
import { useApi } from '../lib/use-api.ts'
import { navigate } from '../lib/router.ts'
import { date } from '../lib/format.ts'
import { KINDS } from '../lib/survey-draft.ts'
import type { List, Survey } from '../lib/types.ts'
import { t, type Key } from '../i18n/index.ts'
import { PageHead } from '../components/Layout.tsx'
import { Empty, Show } from '../components/States.tsx'
import { Badge } from '../components/Badge.tsx'
import { Link } from '../components/Link.tsx'

export function Surveys(_: PageProps) {
  const state = useApi<List<Survey>>('/v1/surveys')
  return (
    <>
      <PageHead title={t('navSurveys')} sub={t('surveysSub')}>
        <div class="new-survey" role="group" aria-label={t('newSurvey')}>
          {KINDS.map((k) => (
            <button key={k} type="button" class={k === 'nps' ? 'btn primary' : 'btn'} onClick={() => navigate(`/surveys/new?kind=${k}`)}>
              {t('newKind', { kind: t(('kind_' + k) as Key) })}
            </button>
          ))}
        </div>
      </PageHead>
      <Show state={state}>
        {(d) => d.data.length === 0 ? <Empty title={t('noSurveys')}>{t('noSurveysHint')}</Empty> : (
          <section class="card flush">
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{t('name')}</th>
                  <th scope="col">{t('kind')}</th>
                  <th scope="col">{t('status')}</th>
                  <th scope="col">{t('trigger')}</th>
                  <th scope="col">{t('languages')}</th>
                  <th scope="col">{t('updated')}</th>
                </tr>
              </thead>
              <tbody>
                {d.data.map((s) => (
                  <tr key={s.id} data-survey={s.id}>
                    <td data-label={t('name')}><Link to={`/surveys/${encodeURIComponent(s.id)}`} class="strong">{s.name}</Link> <span class="muted small">v{s.version}</span></td>
                    <td data-label={t('kind')}>{t(('kind_' + s.kind) as Key)}</td>
                    <td data-label={t('status')}><Badge value={s.status === 'active' ? 'delivered' : 'pending'} label={t(('status_' + s.status) as Key)} /></td>
                    <td data-label={t('trigger')}>{t(('trigger_' + s.trigger.type) as Key)}</td>
                    <td data-label={t('languages')}>{Object.keys(s.content.locales).join(', ')}</td>
                    <td data-label={t('updated')}>{date(s.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </Show>
    </>
  )
}
