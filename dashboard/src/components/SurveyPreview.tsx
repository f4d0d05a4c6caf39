// Live preview with the real widget: /widget/survey.js runs inside a same-origin iframe that
// stands in for the customer's page, and is handed the draft exactly as the API would serve it.
// The iframe's fetch and sendBeacon are stubbed, so trying the preview records nothing.
import { useEffect, useRef, useState } from 'preact/hooks'
import { t } from '../i18n/index.ts'

type Bundle = (ctx: Record<string, unknown>, request: unknown) => Promise<unknown> | undefined
interface PreviewWindow extends Window {
  StayloopSurvey?: Bundle
}

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<style>body{margin:0;font:14px system-ui,sans-serif;background:#f4f6f8;color:#9aa5b1}.bar{height:44px;background:#fff;border-bottom:1px solid #e4e8ec}
.c{padding:20px}.l{height:10px;border-radius:5px;background:#e4e8ec;margin:12px 0}</style></head>
<body><div class="bar"></div><div class="c"><div class="l" style="width:40%"></div><div class="l" style="width:85%"></div><div class="l" style="width:70%"></div><div class="l" style="width:78%"></div></div></body></html>`

export function SurveyPreview({ survey, locale, dark }: { survey: unknown; locale: string; dark?: boolean }) {
  const frame = useRef<HTMLIFrameElement>(null)
  const [ready, setReady] = useState(false)
  const [failed, setFailed] = useState(false)
  const [run, setRun] = useState(0)

  // Prepare the stand-in page once: stubs first, then the real bundle.
  useEffect(() => {
    const f = frame.current
    if (!f) return
    const doc = f.contentDocument
    const win = f.contentWindow as (PreviewWindow & typeof globalThis) | null
    if (!doc || !win) return
    doc.open()
    doc.write(PAGE)
    doc.close()
    win.fetch = (async () => new Response('{"data":[],"throttle":{"recontactDays":0,"blockedUntil":null}}', { status: 202, headers: { 'content-type': 'application/json' } })) as typeof fetch
    Object.defineProperty(win.navigator, 'sendBeacon', { value: () => true, configurable: true })
    const s = doc.createElement('script')
    s.src = `${location.origin}/widget/survey.js`
    s.onload = () => setReady(typeof win.StayloopSurvey === 'function')
    s.onerror = () => setFailed(true)
    doc.head.appendChild(s)
  }, [])

  const key = JSON.stringify([survey, locale, dark, run])
  useEffect(() => {
    if (!ready) return
    const win = frame.current?.contentWindow as PreviewWindow | null
    const bundle = win?.StayloopSurvey
    if (!bundle) return
    const ctx = { site: 'preview', host: location.origin, locale, recontactDays: 0, theme: { mode: dark ? 'dark' : 'light' } }
    // The draft arrives like an automatic trigger, which never replaces an open survey: close the
    // previous draft first.
    bundle(ctx, 'close')
    bundle(ctx, survey)
  }, [ready, key])

  return (
    <div class="preview">
      <div class="preview-bar">
        <span>{t('livePreview')}</span>
        <button type="button" class="link-btn" onClick={() => setRun(run + 1)} disabled={!ready}>{t('replayPreview')}</button>
      </div>
      {failed ? <p class="note error">{t('previewUnavailable')}</p> : null}
      <iframe ref={frame} title={t('livePreview')} class="preview-frame" data-ready={ready ? '1' : '0'} />
    </div>
  )
}
