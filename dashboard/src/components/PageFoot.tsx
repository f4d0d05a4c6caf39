// Under a paged table: "Showing N of total" (a live region, so the new count is announced) and
// a "Load more" button while the API has a next page.
import type { RefObject } from 'preact'
import { useEffect } from 'preact/hooks'
import { num } from '../lib/format.ts'
import type { Pages } from '../lib/use-pages.ts'
import { t } from '../i18n/index.ts'
import { ErrorNote } from './States.tsx'

export function PageFoot({ pages, shown }: { pages: Pages<unknown>; shown: number }) {
  return (
    <>
      {pages.total !== undefined && <p class="muted table-foot" role="status">{t('nOfTotal', { n: num(shown), total: num(pages.total) })}</p>}
      {pages.moreError && <ErrorNote message={pages.moreError.message} requestId={pages.moreError.requestId} />}
      {pages.more && (
        // aria-disabled, not disabled: a disabled button drops keyboard focus while it loads.
        <button type="button" class="btn wide" aria-disabled={pages.busy} onClick={() => pages.loadMore()}>{pages.busy ? t('loading') : t('loadMore')}</button>
      )}
    </>
  )
}

/**
 * After "Load more", focus moves to the first added row (marked data-page-start, tabindex -1):
 * reading goes on where the new rows begin, and focus is not lost when the button goes away.
 */
export function useFocusPageStart(pageStart: number | null, root: RefObject<HTMLElement>) {
  useEffect(() => {
    if (pageStart !== null) root.current?.querySelector<HTMLElement>('[data-page-start]')?.focus()
  }, [pageStart])
}
