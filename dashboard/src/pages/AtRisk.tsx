// At-risk customers, ranked by risk × value, with tier, score, reasons in words and revenue.
import type { PageProps } from './index.tsx'
import { useEffect, useState } from 'preact/hooks'
import { get, qs } from '../lib/api.ts'
import { useApi } from '../lib/use-api.ts'
import { navigate, withQuery } from '../lib/router.ts'
import { money, num, reasonText } from '../lib/format.ts'
import type { AtRiskCustomer } from '../lib/types.ts'
import { getLang, t } from '../i18n/index.ts'
import { PageHead } from '../components/Layout.tsx'
import { Empty, Show } from '../components/States.tsx'
import { Badge } from '../components/Badge.tsx'
import { Link } from '../components/Link.tsx'

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

type Page = { data: AtRiskCustomer[]; total?: number; nextCursor?: string | null }

export function AtRisk({ path, query }: PageProps) {
  const tab = TABS.find((x) => x.id === (query.get('tier') ?? '')) ?? TABS[0]
  const state = useApi<Page>('/v1/customers/at-risk' + qs({ tier: tab.tiers, limit: PAGE }))
  // Later pages, appended below the first by "Load more"; a new tab starts again.
  const [more, setMore] = useState<{ rows: AtRiskCustomer[]; cursor: string | null; busy: boolean } | null>(null)
  useEffect(() => setMore(null), [tab.id])
  const loadMore = async (cursor: string) => {
    setMore((m) => ({ rows: m?.rows ?? [], cursor, busy: true }))
    try {
      const page = await get<Page>('/v1/customers/at-risk' + qs({ tier: tab.tiers, limit: PAGE, cursor }))
      setMore((m) => ({ rows: [...(m?.rows ?? []), ...page.data], cursor: page.nextCursor ?? null, busy: false }))
    } catch {
      setMore((m) => (m ? { ...m, busy: false } : m))
    }
  }
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
      <Show state={state} rows={6}>
        {(first) => {
          const d = { ...first, data: [...first.data, ...(more?.rows ?? [])] }
          const cursor = more ? more.cursor : first.nextCursor ?? null
          return d.data.length === 0 ? <Empty title={t('noAtRisk')} /> : (
          <section class="card flush">
            <table class="table risk-table">
              <thead>
                <tr>
                  <th scope="col">{t('customer')}</th>
                  <th scope="col">{t('risk')}</th>
                  <th scope="col">{t('reasons')}</th>
                  <th scope="col" class="num">{t('revenue')}</th>
                </tr>
              </thead>
              <tbody>
                {d.data.map((c) => (
                  <tr key={c.id}>
                    <td data-label={t('customer')}>
                      <Link to={`/customers/${encodeURIComponent(c.id)}`} class="strong">{c.id}</Link>
                      <div class="muted small">{[c.plan, c.valueTier && t('valueTierN', { v: c.valueTier })].filter(Boolean).join(' · ')}</div>
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
            {d.total !== undefined && d.total > d.data.length && <p class="muted table-foot" role="status">{t('showingOf', { n: num(d.data.length), total: num(d.total) })}</p>}
            {cursor && (
              <button type="button" class="btn wide" disabled={more?.busy} onClick={() => loadMore(cursor)}>{more?.busy ? t('loading') : t('loadMore')}</button>
            )}
          </section>
          )
        }}
      </Show>
    </>
  )
}
