// At-risk customers, ranked by risk × value, with tier, score, reasons in words and revenue.
import type { PageProps } from './index.tsx'
import { useRef } from 'preact/hooks'
import { qs } from '../lib/api.ts'
import { usePages } from '../lib/use-pages.ts'
import { navigate, withQuery } from '../lib/router.ts'
import { money, num, reasonText } from '../lib/format.ts'
import { valueTierText } from '../lib/value-tier.ts'
import type { AtRiskCustomer } from '../lib/types.ts'
import { getLang, t } from '../i18n/index.ts'
import { PageHead } from '../components/Layout.tsx'
import { Empty, Show } from '../components/States.tsx'
import { Badge } from '../components/Badge.tsx'
import { Link } from '../components/Link.tsx'
import { PageFoot, useFocusPageStart } from '../components/PageFoot.tsx'

// The default view is what the API lists by default: high and medium, named as such; "All"
// really is every tier.
const TABS: { id: string; tiers: string; label: () => string }[] = [
  { id: '', tiers: 'high,medium', label: () => t('tierHighMedium') },
  { id: 'high', tiers: 'high', label: () => t('v_high') },
  { id: 'medium', tiers: 'medium', label: () => t('v_medium') },
  { id: 'low', tiers: 'low', label: () => t('v_low') },
  { id: 'all', tiers: 'high,medium,low', label: () => t('allTiers') },
]
const PAGE = 100

export function AtRisk({ path, query }: PageProps) {
  const tab = TABS.find((x) => x.id === (query.get('tier') ?? '')) ?? TABS[0]
  // Pages of the list, "Load more" appending the next; a new tab starts again.
  const pages = usePages<AtRiskCustomer>('/v1/customers/at-risk' + qs({ tier: tab.tiers, limit: PAGE }))
  const table = useRef<HTMLTableElement>(null)
  useFocusPageStart(pages.pageStart, table)
  return (
    <>
      <PageHead title={t('navAtRisk')} sub={t('atRiskSub')}>
        <div class="seg" role="group" aria-label={t('tier')}>
          {TABS.map((x) => (
            <button key={x.id} type="button" aria-pressed={tab.id === x.id} onClick={() => navigate(withQuery(path, query, { tier: x.id }), true)}>
              {x.label()}
            </button>
          ))}
        </div>
      </PageHead>
      <Show state={pages.state} rows={6}>
        {(rows) => rows.length === 0 ? <Empty title={t('noAtRisk')} /> : (
          <section class="card flush">
            <table class="table risk-table" ref={table}>
              <thead>
                <tr>
                  <th scope="col">{t('customer')}</th>
                  <th scope="col">{t('risk')}</th>
                  <th scope="col">{t('reasons')}</th>
                  <th scope="col" class="num">{t('revenue')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c, i) => (
                  <tr key={c.id} {...(i === pages.pageStart ? { 'data-page-start': '', tabIndex: -1 } : {})}>
                    <td data-label={t('customer')}>
                      <Link to={`/customers/${encodeURIComponent(c.id)}`} class="strong">{c.id}</Link>
                      <div class="muted small">{[c.plan, c.valueTier && valueTierText(c.valueTier)].filter(Boolean).join(' · ')}</div>
                    </td>
                    <td data-label={t('risk')}>
                      <div class="risk-cell">
                        <Badge value={c.tier} />
                        <span class="meter" aria-hidden="true"><i class={c.tier} style={{ width: `${Math.max(0, Math.min(100, c.score))}%` }} /></span>
                        <b>{num(c.score)}</b>
                      </div>
                    </td>
                    <td data-label={t('reasons')}>
                      <ul class="reasons compact">{c.reasons.slice(0, 3).map((r) => <li key={r.code}>{reasonText(r, getLang())}</li>)}</ul>
                    </td>
                    <td data-label={t('revenue')} class="num">{money(c.revenue)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <PageFoot pages={pages} shown={rows.length} />
          </section>
        )}
      </Show>
    </>
  )
}
