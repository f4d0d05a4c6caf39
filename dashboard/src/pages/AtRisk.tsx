// At-risk customers, ranked by risk × value, with tier, score, reasons in words and revenue.
import type { PageProps } from './index.tsx'
import { qs } from '../lib/api.ts'
import { useApi } from '../lib/use-api.ts'
import { navigate, withQuery } from '../lib/router.ts'
import { money, num, reasonText } from '../lib/format.ts'
import type { AtRiskCustomer } from '../lib/types.ts'
import { getLang, t } from '../i18n/index.ts'
import { PageHead } from '../components/Layout.tsx'
import { Empty, Show } from '../components/States.tsx'
import { Badge } from '../components/Badge.tsx'
import { Link } from '../components/Link.tsx'

const TIERS = ['', 'high', 'medium', 'low'] as const

export function AtRisk({ path, query }: PageProps) {
  const tier = query.get('tier') ?? ''
  const state = useApi<{ data: AtRiskCustomer[]; total?: number }>('/v1/customers/at-risk' + qs({ tier, limit: 100 }))
  return (
    <>
      <PageHead title={t('navAtRisk')} sub={t('atRiskSub')}>
        <div class="seg" role="group" aria-label={t('tier')}>
          {TIERS.map((x) => (
            <button key={x} type="button" aria-pressed={tier === x} onClick={() => navigate(withQuery(path, query, { tier: x }), true)}>
              {x ? t(`v_${x}`) : t('allTiers')}
            </button>
          ))}
        </div>
      </PageHead>
      <Show state={state} rows={6}>
        {(d) => d.data.length === 0 ? <Empty title={t('noAtRisk')} /> : (
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
            {d.total !== undefined && d.total > d.data.length && <p class="muted table-foot">{t('showingOf', { n: num(d.data.length), total: num(d.total) })}</p>}
          </section>
        )}
      </Show>
    </>
  )
}
