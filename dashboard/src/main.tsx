// Entry: session check, sign-in, and the page for the current /app/ route.
import { render } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import './app.css'
import { ApiError, api, setUnauthorizedHandler } from './lib/api.ts'
import { navigate, useRoute } from './lib/router.ts'
import { initialLang, saveLang, setLang, t, type Lang } from './i18n/index.ts'
import { Layout } from './components/Layout.tsx'
import { Loading } from './components/States.tsx'
import { SignIn, type Workspace } from './pages/SignIn.tsx'
import { pageFor } from './pages/index.tsx'

const NAME_KEY = 'stayloop.dashboard.workspace'
type Status = 'checking' | 'out' | 'in'

export function App() {
  const route = useRoute()
  const [status, setStatus] = useState<Status>('checking')
  const [workspace, setWorkspace] = useState<string>(() => sessionStorage.getItem(NAME_KEY) ?? '')
  const [, setLangTick] = useState(0)

  useEffect(() => {
    setUnauthorizedHandler(() => setStatus('out'))
    // Any authorised read tells whether the cookie is still good; /v1/sites exists from day one.
    api('GET', '/v1/sites').then(
      () => setStatus('in'),
      (e) => setStatus(e instanceof ApiError && e.status === 401 ? 'out' : 'in'),
    )
  }, [])

  useEffect(() => {
    if (status !== 'in') return
    api<{ name: string }>('GET', '/v1/workspace').then((w) => w?.name && remember(w.name), () => {})
  }, [status])

  const remember = (name: string) => {
    sessionStorage.setItem(NAME_KEY, name)
    setWorkspace(name)
  }
  const onLang = (l: Lang) => {
    saveLang(l)
    setLangTick((n) => n + 1)
  }
  const signOut = async () => {
    await api('DELETE', '/v1/sessions/current').catch(() => {})
    sessionStorage.removeItem(NAME_KEY)
    setStatus('out')
    navigate('/', true)
  }

  useEffect(() => {
    document.title = status === 'out' ? `${t('signIn')} · Stayloop` : 'Stayloop'
  }, [status, route.path])

  if (status === 'checking') return <div class="boot"><Loading /></div>
  if (status === 'out') return <SignIn onSignedIn={(w: Workspace) => (remember(w.name), setStatus('in'))} />
  const Page = pageFor(route.path)
  return (
    <Layout path={route.path} workspace={workspace} onLang={onLang} onSignOut={signOut}>
      <Page.component path={route.path} query={route.query} params={Page.params} />
    </Layout>
  )
}

setLang(initialLang())
const root = document.getElementById('app')
if (root) render(<App />, root)
