// What a screen-reader or keyboard user needs when the page changes without a page load: the
// tab's title names the page, and focus moves to the page's heading (which reads it out).
import { useEffect, useRef } from 'preact/hooks'

export const APP_NAME = 'Stayloop'

/** "Themes · Stayloop", in the language the page is in. */
export function pageTitle(page: string | null): string {
  return page ? `${page} · ${APP_NAME}` : APP_NAME
}

export function usePageTitle(page: string | null) {
  useEffect(() => {
    document.title = pageTitle(page)
  }, [page])
}

/** How long to wait for a page that renders its heading after loading data. */
const HEADING_WAIT_MS = 2000

/**
 * On every route change but the first load (focus then stays where the browser puts it), moves
 * focus to the main heading, made focusable with tabindex=-1, or to `main` until one appears.
 */
export function useFocusOnRouteChange(path: string, mainId = 'main') {
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const main = document.getElementById(mainId)
    if (!main) return
    const focusHeading = () => focusHeadingIn(main)
    if (focusHeading()) return
    main.focus({ preventScroll: true })
    const observer = new MutationObserver(() => focusHeading() && observer.disconnect())
    observer.observe(main, { childList: true, subtree: true })
    const stop = setTimeout(() => observer.disconnect(), HEADING_WAIT_MS)
    return () => (observer.disconnect(), clearTimeout(stop))
  }, [path])
}

/** Moves focus to the main region, for the skip link (a plain #main would change the URL). */
export function skipToMain(e: Event, mainId = 'main') {
  e.preventDefault()
  const main = document.getElementById(mainId)
  if (main && !focusHeadingIn(main, false)) focusable(main).focus()
}

/** Focuses the page heading inside `main`, made focusable; false while there is none yet. */
function focusHeadingIn(main: HTMLElement, preventScroll = true): boolean {
  const h1 = main.querySelector('h1')
  if (h1) focusable(h1).focus({ preventScroll })
  return !!h1
}

const focusable = <T extends HTMLElement>(el: T): T => (el.setAttribute('tabindex', '-1'), el)
