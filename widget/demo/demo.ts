// The demo host page's script (no inline script anywhere: it must run under a strict CSP).
// It embeds the widget exactly like the README snippet, with keys from /demo/config.json.
interface DemoConfig {
  siteKey: string
  host: string
  surveys: Record<string, string>
}

type Stayloop = ((...args: unknown[]) => any) & { q?: IArguments[] }
const w = window as unknown as { stayloop: Stayloop }
const $ = <T extends HTMLElement>(sel: string) => document.querySelector(sel) as T

async function main() {
  const config: DemoConfig = await (await fetch('/demo/config.json')).json()
  const params = new URLSearchParams(location.search)
  const lang = params.get('lang') || undefined
  const mode = (params.get('mode') || 'auto') as 'auto' | 'light' | 'dark'

  // The README's stub: every call returns a promise of its result, even before widget.js loads.
  w.stayloop = w.stayloop || function () { const a = arguments as IArguments & { r?: unknown }; return new Promise((r) => { a.r = r; (w.stayloop.q = w.stayloop.q || []).push(a) }) } // eslint-disable-line
  w.stayloop('init', { site: config.siteKey, host: config.host, locale: lang, theme: { mode } })
  const customer = params.get('customer')
  if (customer) w.stayloop('identify', customer, { plan: 'pro' })
  const script = document.createElement('script')
  script.async = true
  script.src = config.host + '/widget.js'
  document.head.appendChild(script)

  const langSelect = $<HTMLSelectElement>('#lang')
  langSelect.value = lang || 'en'
  langSelect.onchange = () => w.stayloop('init', { locale: langSelect.value })
  const modeSelect = $<HTMLSelectElement>('#mode')
  modeSelect.value = mode
  modeSelect.onchange = () => w.stayloop('init', { theme: { mode: modeSelect.value } })

  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-show]'))
    b.onclick = () => w.stayloop('show', config.surveys[b.dataset.show!])

  const outcome = $<HTMLParagraphElement>('#outcome')
  $<HTMLButtonElement>('#cancel').onclick = async () => {
    outcome.textContent = ''
    const result = await w.stayloop('exit', { survey: config.surveys.exit })
    outcome.dataset.result = JSON.stringify(result)
    outcome.textContent = result.offerAccepted
      ? 'Offer accepted: your subscription continues.'
      : 'Subscription cancelled' + (result.reason ? ' (reason: ' + result.reason + ')' : '') + '.'
  }
}

main()
