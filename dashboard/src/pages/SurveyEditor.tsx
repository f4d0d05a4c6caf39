// Create or edit a survey: wording per locale, exit reasons and offers, trigger and audience,
// with the real widget previewing the draft as it is typed, and the embed snippet to copy.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import type { PageProps } from './index.tsx'
import { ApiError, api } from '../lib/api.ts'
import { useApi } from '../lib/use-api.ts'
import { navigate } from '../lib/router.ts'
import { KINDS, embedSnippet, localeTemplate, newSurvey, surveyPayload, type Kind } from '../lib/survey-draft.ts'
import { widgetSurvey } from '../lib/survey-preview.ts'
import type { List, Site, Survey } from '../lib/types.ts'
import { LANGS, getLang, isLang, loadLang, t, type Key } from '../i18n/index.ts'
import { PageHead } from '../components/Layout.tsx'
import { ErrorNote, Loading } from '../components/States.tsx'
import { Link } from '../components/Link.tsx'
import { TabList, TabPanel } from '../components/Tabs.tsx'
import { CodeBlock } from '../components/CodeBlock.tsx'
import { CopyButton } from '../components/CopyButton.tsx'
import { SurveyPreview } from '../components/SurveyPreview.tsx'
import { LocaleFields, Text } from '../components/survey/LocaleFields.tsx'
import { ExitFields } from '../components/survey/ExitFields.tsx'
import { DeliveryFields } from '../components/survey/DeliveryFields.tsx'

export function SurveyEditor({ params, query }: PageProps) {
  const id = params.id
  const loaded = useApi<Survey>(id ? `/v1/surveys/${encodeURIComponent(id)}` : null)
  const [draft, setDraft] = useState<Survey | null>(null)
  useEffect(() => {
    // Its languages' texts first: the editor fills new offers and follow-ups in each of them.
    const survey = loaded.data
    if (id && survey) Promise.all(Object.keys(survey.content.locales).filter(isLang).map(loadLang)).finally(() => setDraft(survey))
    if (!id) {
      const kind = (KINDS as string[]).includes(query.get('kind') ?? '') ? (query.get('kind') as Kind) : 'nps'
      setDraft(newSurvey(kind, getLang(), kind === 'exit' ? t('exitSurveyName') : t('newKindName', { kind: t(('kind_' + kind) as Key) })))
    }
  }, [id, loaded.data])
  if (loaded.error) return <ErrorNote message={loaded.error.message} requestId={loaded.error.requestId} />
  if (!draft) return <Loading rows={6} />
  return <Editor key={id ?? 'new'} initial={draft} creating={!id} />
}

function Editor({ initial, creating }: { initial: Survey; creating: boolean }) {
  const [s, setS] = useState<Survey>(initial)
  const locales = Object.keys(s.content.locales)
  const [active, setActive] = useState(locales[0])
  const [saving, setSaving] = useState(false)
  // A second submit while saving is ignored here: disabling the button would drop its focus.
  const busy = useRef(false)
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null)
  const sites = useApi<List<Site>>('/v1/sites')
  const site = sites.data?.data[0]
  const preview = useMemo(() => widgetSurvey(s, active), [s, active])
  const lang = locales.includes(active) ? active : locales[0]

  const addLocale = async (l: string) => {
    if (!l || s.content.locales[l]) return
    if (isLang(l)) await loadLang(l).catch(() => {})
    setS({ ...s, content: { ...s.content, locales: { ...s.content.locales, [l]: localeTemplate(s.kind, l, s.content.reasons, s.content.offers) } } })
    setActive(l)
  }
  const removeLocale = (l: string) => {
    const next = { ...s.content.locales }
    delete next[l]
    setS({ ...s, content: { ...s.content, locales: next } })
    setActive(Object.keys(next)[0])
  }
  const save = async (e: Event) => {
    e.preventDefault()
    if (busy.current) return
    busy.current = true
    setSaving(true)
    setMsg(null)
    try {
      const body = surveyPayload(s, creating)
      const saved = creating ? await api<Survey>('POST', '/v1/surveys', body) : await api<Survey>('PATCH', `/v1/surveys/${encodeURIComponent(s.id)}`, body)
      setS(saved)
      setMsg({ ok: true, text: t('surveySaved', { v: saved.version }) })
      if (creating) navigate(`/surveys/${encodeURIComponent(saved.id)}`, true)
    } catch (err) {
      setMsg({ ok: false, text: err instanceof ApiError ? err.message : String(err) })
    } finally {
      busy.current = false
      setSaving(false)
    }
  }

  return (
    <form onSubmit={save} class="survey-editor">
      <p class="crumbs"><Link to="/surveys">{t('navSurveys')}</Link> / <span>{creating ? t('newSurvey') : s.name}</span></p>
      <PageHead title={creating ? t('newKind', { kind: t(('kind_' + s.kind) as Key) }) : s.name} sub={creating ? t('editorSub') : `${t(('kind_' + s.kind) as Key)} · v${s.version}`}>
        <button type="submit" class="btn primary" aria-disabled={saving}>{saving ? t('saving') : creating ? t('createSurvey') : t('saveChanges')}</button>
      </PageHead>
      {/* In the page from the start, so the outcome of a save is announced. */}
      <div role="status">{msg && <p class={`note ${msg.ok ? 'ok' : 'error'}`}>{msg.text}</p>}</div>
      <div class="editor-grid">
        <div class="editor-main">
          <section class="card">
            <h2>{t('basics')}</h2>
            <div class="form-grid">
              <Text label={t('name')} value={s.name} required onInput={(v) => setS({ ...s, name: v })} />
              <label class="field">
                <span>{t('status')}</span>
                <select value={s.status} onChange={(e) => setS({ ...s, status: e.currentTarget.value as Survey['status'] })}>
                  {(['active', 'paused'] as const).map((x) => <option key={x} value={x}>{t(`status_${x}`)}</option>)}
                </select>
              </label>
            </div>
          </section>
          {s.kind === 'exit' && (
            <section class="card">
              <h2>{t('reasonsAndOffers')}</h2>
              <ExitFields survey={s} onChange={setS} />
            </section>
          )}
          <section class="card">
            <div class="card-head">
              <h2>{t('wording')}</h2>
              <label class="add-locale">
                <span class="sr">{t('addLanguage')}</span>
                <select value="" onChange={(e) => addLocale(e.currentTarget.value)}>
                  <option value="">{t('addLanguage')}</option>
                  {LANGS.filter((l) => !locales.includes(l.id)).map((l) => <option key={l.id} value={l.id}>{l.label}</option>)}
                </select>
              </label>
            </div>
            <TabList idBase="wording" label={t('wording')} tabs={locales} selected={lang} name={(l) => LANGS.find((x) => x.id === l)?.label ?? l} onSelect={setActive} />
            <TabPanel idBase="wording" tab={lang}>
              <LocaleFields survey={s} texts={s.content.locales[lang]} onChange={(next) => setS({ ...s, content: { ...s.content, locales: { ...s.content.locales, [lang]: next } } })} />
              {locales.length > 1 && <button type="button" class="btn ghost small danger" onClick={() => removeLocale(lang)}>{t('removeLanguage')}</button>}
            </TabPanel>
          </section>
          <section class="card">
            <h2>{t('whenAndWho')}</h2>
            <DeliveryFields survey={s} onChange={setS} />
          </section>
        </div>
        <aside class="editor-side">
          <SurveyPreview survey={preview} locale={lang} />
          <section class="card">
            <div class="card-head">
              <h2>{t('embed')}</h2>
              {site && <CopyButton text={embedSnippet(location.origin, site.siteKey, s)} label={t('copySnippet')} />}
            </div>
            {site ? <CodeBlock code={embedSnippet(location.origin, site.siteKey, s)} label={t('embedSnippet')} /> : <p class="muted">{t('needSite')}</p>}
          </section>
        </aside>
      </div>
    </form>
  )
}
