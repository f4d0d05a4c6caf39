// Entry: session check, sign-in, and the page for the current /app/ route.
import { render } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import './app.css'
import { ApiError, api, setUnauthorizedHandler } from './lib/api.ts'
import { navigate, useRoute } from './lib/router.ts'
import { setWorkspaceZone } from './lib/period.ts'
import { pageTitle } from './lib/route-focus.ts'
import { initialLang, loadLang, saveLang, setLang, t, type Lang } from './i18n/index.ts'
import { Layout } from './components/Layout.tsx'
import { Loading } from './components/States.tsx'
import { SignIn, type Workspace } from './pages/SignIn.tsx'
import { pageFor } from './pages/index.tsx'

const NAME_KEY = 'stayloop.dashboard.workspace'
// Set while this browser holds a session, so a first visit shows sign-in without a request
// that would only answer 401. The cookie itself stays HttpOnly; this is only a hint.
const HINT_KEY = 'stayloop.dashboard.signedIn'
const hint = {
  get: () => localStorage.getItem(HINT_KEY) === '1',
  set: (on: boolean) => (on ? localStorage.setItem(HINT_KEY, '1') : localStorage.removeItem(HINT_KEY)),
}
type Status = 'checking' | 'out' | 'in'

export function App() {
  const route = useRoute()
  const [status, setStatus] = useState<Status>(() => (hint.get() ? 'checking' : 'out'))
  const [workspace, setWorkspace] = useState<string>(() => sessionStorage.getItem(NAME_KEY) ?? '')
  const [, setLangTick] = useState(0)

  useEffect(() => {
    setUnauthorizedHandler(() => (hint.set(false), setStatus('out')))
    if (!hint.get()) return
    // Any authorised read tells whether the cookie is still good.
    loadWorkspace().then(
      () => setStatus('in'),
      (e) => (e instanceof ApiError && e.status === 401 ? (hint.set(false), setStatus('out')) : setStatus('in')),
    )
  }, [])

  // Pages count days in the workspace's zone, so it is known before any page renders.
  const loadWorkspace = async () => {
    const w = await api<{ name?: string; settings?: { timezone?: string } }>('GET', '/v1/workspace')
    if (w?.name) remember(w.name)
    setWorkspaceZone(w?.settings?.timezone)
  }

  const remember = (name: string) => {
    sessionStorage.setItem(NAME_KEY, name)
    setWorkspace(name)
  }
  // The page stays in its language until the new one's texts have arrived.
  const onLang = (l: Lang) => loadLang(l).then(() => (saveLang(l), setLangTick((n) => n + 1)))
  const signOut = async () => {
    await api('DELETE', '/v1/sessions/current').catch(() => {})
    sessionStorage.removeItem(NAME_KEY)
    hint.set(false)
    setStatus('out')
    navigate('/', true)
  }

  useEffect(() => {
    // Signed in, the layout names each page ("Themes · Stayloop").
    if (status !== 'in') document.title = pageTitle(status === 'out' ? t('signIn') : null)
  }, [status, route.path])

  if (status === 'checking') return <div class="boot"><Loading /></div>
  if (status === 'out') {
    return <SignIn onSignedIn={(w: Workspace) => (hint.set(true), remember(w.name), setStatus('checking'), loadWorkspace().finally(() => setStatus('in')))} />
  }
  const Page = pageFor(route.path)
  return (
    <Layout path={route.path} workspace={workspace} onLang={onLang} onSignOut={signOut}>
      <Page.component path={route.path} query={route.query} params={Page.params} />
    </Layout>
  )
}

const first = initialLang()
const root = document.getElementById('app')
// A Chinese reader's texts load before the first paint; if they cannot, the page is in English.
loadLang(first).then(() => setLang(first), () => {}).finally(() => root && render(<App />, root))
