// Pages a visit rarely starts on (the editors and settings) load when first opened, so their code
// stays out of every first download (bench/dashboard-size.mjs counts what a first visit loads).
import type { FunctionComponent } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { ErrorNote, Loading } from '../components/States.tsx'
import type { PageProps } from './index.tsx'

export function lazyPage(load: () => Promise<FunctionComponent<PageProps>>): FunctionComponent<PageProps> {
  let Page: FunctionComponent<PageProps> | null = null
  return function LazyPage(props: PageProps) {
    const [failed, setFailed] = useState<string | null>(null)
    const [, setLoaded] = useState(false)
    useEffect(() => {
      if (!Page) load().then((p) => { Page = p; setLoaded(true) }, (err: unknown) => setFailed(String(err)))
    }, [])
    if (Page) return <Page {...props} />
    return failed ? <ErrorNote message={failed} /> : <Loading />
  }
}
