// The signed-in frame: sidebar navigation (a top bar with a menu on phones), language and sign-out.
import type { ComponentChildren } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { LANGS, getLang, t, type Key, type Lang } from '../i18n/index.ts'
import { skipToMain, useFocusOnRouteChange, usePageTitle } from '../lib/route-focus.ts'
import { Link } from './Link.tsx'

const NAV: { to: string; key: Key; icon: string }[] = [
  { to: '/', key: 'navOverview', icon: 'M3 13h4v8H3zM10 8h4v13h-4zM17 3h4v18h-4z' },
  { to: '/themes', key: 'navThemes', icon: 'M4 6h16M4 12h10M4 18h7' },
  { to: '/responses', key: 'navResponses', icon: 'M4 5h16v11H8l-4 4z' },
  { to: '/customers', key: 'navAtRisk', icon: 'M12 3l9 16H3zM12 10v4M12 17v.5' },
  { to: '/alerts', key: 'navAlerts', icon: 'M6 16V11a6 6 0 0112 0v5l2 2H4zM10 21h4' },
  { to: '/cohorts', key: 'navCohorts', icon: 'M3 3h6v6H3zM11 3h6v6h-6zM3 11h6v6H3zM19 3h2v2h-2z' },
  { to: '/surveys', key: 'navSurveys', icon: 'M5 4h14v16H5zM8 9h8M8 13h8M8 17h5' },
  { to: '/settings', key: 'navSettings', icon: 'M12 8a4 4 0 100 8 4 4 0 000-8zM12 2v3M12 19v3M2 12h3M19 12h3M5 5l2 2M17 17l2 2M5 19l2-2M17 7l2-2' },
]

export function section(path: string): string {
  if (path === '/') return '/'
  const first = '/' + path.split('/')[1]
  return first === '/taxonomy' ? '/themes' : first
}

export function Layout({ path, workspace, onLang, onSignOut, children }: {
  path: string
  workspace: string
  onLang(l: Lang): void
  onSignOut(): void
  children: ComponentChildren
}) {
  const [open, setOpen] = useState(false)
  const menuButton = useRef<HTMLButtonElement>(null)
  const here = section(path)
  const page = NAV.find((n) => n.to === here)
  usePageTitle(page ? t(page.key) : null)
  useFocusOnRouteChange(path)
  // Escape closes the phone menu and gives focus back to the button that opened it.
  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      setOpen(false)
      menuButton.current?.focus()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [open])
  return (
    <div class={`shell${open ? ' menu-open' : ''}`}>
      <a class="skip-link" href="#main" onClick={(e) => skipToMain(e)}>{t('skipToContent')}</a>
      <header class="topbar">
        <Brand />
        <button ref={menuButton} type="button" class="icon-btn" aria-expanded={open} aria-controls="sidenav" onClick={() => setOpen(!open)}>
          <span class="sr">{t('menu')}</span>
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true"><path d="M4 7h16M4 12h16M4 17h16" stroke="currentColor" stroke-width="2" /></svg>
        </button>
      </header>
      <nav id="sidenav" class="sidenav" aria-label={t('mainNav')} onClick={(e) => (e.target as HTMLElement).closest('a') && setOpen(false)}>
        <div class="side-brand"><Brand /></div>
        <p class="workspace" title={workspace}>{workspace}</p>
        <ul>
          {NAV.map((n) => (
            <li key={n.to}>
              <Link to={n.to} aria-current={here === n.to ? 'page' : undefined}>
                <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><path d={n.icon} fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" stroke-linecap="round" /></svg>
                {t(n.key)}
              </Link>
            </li>
          ))}
        </ul>
        <div class="side-foot">
          <label class="lang">
            <span class="sr">{t('language')}</span>
            <select value={getLang()} onChange={(e) => onLang(e.currentTarget.value as Lang)}>
              {LANGS.map((l) => <option key={l.id} value={l.id}>{l.label}</option>)}
            </select>
          </label>
          <button type="button" class="btn ghost small" onClick={onSignOut}>{t('signOut')}</button>
        </div>
      </nav>
      <main class="main" id="main" tabIndex={-1}>{children}</main>
    </div>
  )
}

export function Brand() {
  return (
    <span class="brand">
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true"><path d="M12 3a9 9 0 109 9" fill="none" stroke="var(--brand)" stroke-width="2.6" stroke-linecap="round" /><circle cx="19.5" cy="5.5" r="2.2" fill="var(--accent)" /></svg>
      Stayloop
    </span>
  )
}

export function PageHead({ title, sub, children }: { title: string; sub?: ComponentChildren; children?: ComponentChildren }) {
  return (
    <div class="page-head">
      <div>
        <h1>{title}</h1>
        {sub && <p class="muted">{sub}</p>}
      </div>
      {children && <div class="actions">{children}</div>}
    </div>
  )
}
