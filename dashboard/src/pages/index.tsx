// Route table: /app/<path> → page.
import type { FunctionComponent } from 'preact'
import { match } from '../lib/router.ts'
import { t } from '../i18n/index.ts'
import { Empty } from '../components/States.tsx'
import { Link } from '../components/Link.tsx'
import { Overview } from './Overview.tsx'
import { Themes } from './Themes.tsx'
import { Responses } from './Responses.tsx'
import { AtRisk } from './AtRisk.tsx'
import { Customer } from './Customer.tsx'
import { Alerts } from './Alerts.tsx'
import { Cohorts } from './Cohorts.tsx'
import { Surveys } from './Surveys.tsx'
import { lazyPage } from './lazy.tsx'

export interface PageProps {
  path: string
  query: URLSearchParams
  params: Record<string, string>
}

const Taxonomy = lazyPage(() => import('./Taxonomy.tsx').then((m) => m.Taxonomy))
const SurveyEditor = lazyPage(() => import('./SurveyEditor.tsx').then((m) => m.SurveyEditor))
const Settings = lazyPage(() => import('./Settings.tsx').then((m) => m.Settings))

const ROUTES: [string, FunctionComponent<PageProps>][] = [
  ['/', Overview],
  ['/themes', Themes],
  ['/taxonomy', Taxonomy],
  ['/responses', Responses],
  ['/customers', AtRisk],
  ['/customers/:id', Customer],
  ['/alerts', Alerts],
  ['/cohorts', Cohorts],
  ['/surveys', Surveys],
  ['/surveys/new', SurveyEditor],
  ['/surveys/:id', SurveyEditor],
  ['/settings', Settings],
]

function NotFound() {
  return (
    <Empty title={t('pageNotFound')}>
      <Link to="/">{t('backToOverview')}</Link>
    </Empty>
  )
}

export function pageFor(path: string): { component: FunctionComponent<PageProps>; params: Record<string, string> } {
  for (const [pattern, component] of ROUTES) {
    const params = match(pattern, path)
    if (params) return { component, params }
  }
  return { component: NotFound, params: {} }
}
