// The Alerts tab: every alert, newest first and paged, with the customer it is about and how
// its delivery to each destination went.
import { useRef } from 'preact/hooks'
import { qs } from '../../lib/api.ts'
import { usePages } from '../../lib/use-pages.ts'
import { useApi } from '../../lib/use-api.ts'
import { dateTime } from '../../lib/format.ts'
import type { Alert, Destination, List } from '../../lib/types.ts'
import { t } from '../../i18n/index.ts'
import { Empty, Show } from '../States.tsx'
import { Badge } from '../Badge.tsx'
import { Link } from '../Link.tsx'
import { PageFoot, useFocusPageStart } from '../PageFoot.tsx'
import { destinationLabel, label } from './labels.ts'

const PAGE = 100

export function AlertList() {
  const pages = usePages<Alert>('/v1/alerts' + qs({ limit: PAGE }))
  // An alert's deliveries carry only the destination id: the names come from one list.
  const destinations = useApi<List<Destination>>('/v1/destinations')
  const byId = new Map((destinations.data?.data ?? []).map((x) => [x.id, x]))
  const table = useRef<HTMLTableElement>(null)
  useFocusPageStart(pages.pageStart, table)
  return (
    <Show state={pages.state} rows={5}>
      {(d) => d.length === 0 ? <Empty title={t('noAlerts')} /> : (
        <section class="card flush">
          <table class="table" ref={table}>
            <thead>
              <tr>
                <th scope="col">{t('alert')}</th>
                <th scope="col">{t('customer')}</th>
                <th scope="col">{t('deliveries')}</th>
                <th scope="col">{t('created')}</th>
              </tr>
            </thead>
            <tbody>
              {d.map((a, i) => (
                <tr key={a.id} {...(i === pages.pageStart ? { 'data-page-start': '', tabIndex: -1 } : {})}>
                  <td data-label={t('alert')}><Badge value={a.severity} /> <b>{label('alert_', a.kind)}</b></td>
                  <td data-label={t('customer')}>{a.customerId ? <Link to={`/customers/${encodeURIComponent(a.customerId)}`}>{a.customerId}</Link> : '–'}</td>
                  <td data-label={t('deliveries')}>
                    {(a.deliveries ?? []).length === 0 ? <span class="muted">{t('noDestinationMatched')}</span>
                      : (a.deliveries ?? []).map((x) => {
                        const dest = byId.get(x.destinationId)
                        const tries = x.attempts > 0 ? ` · ${x.attempts}×` : ''
                        return <Badge key={x.id} value={x.status} label={`${destinationLabel(dest?.name, dest?.kind, x.destinationId)}: ${label('v_', x.status)}${tries}`} />
                      })}
                  </td>
                  <td data-label={t('created')}>{dateTime(a.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <PageFoot pages={pages} shown={d.length} />
        </section>
      )}
    </Show>
  )
}
