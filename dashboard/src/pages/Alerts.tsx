// Alerts and deliveries: what was sent where, status and attempts, replay of failed deliveries,
// and destinations with a test alert.
import type { PageProps } from './index.tsx'
import { navigate, withQuery } from '../lib/router.ts'
import { t } from '../i18n/index.ts'
import { PageHead } from '../components/Layout.tsx'
import { Destinations } from '../components/Destinations.tsx'
import { TabList, TabPanel } from '../components/Tabs.tsx'
import { DeliveryList } from '../components/alerts/DeliveryList.tsx'
import { AlertList } from '../components/alerts/AlertList.tsx'

const TABS = ['deliveries', 'alerts', 'destinations'] as const

export function Alerts({ path, query }: PageProps) {
  const tab = (TABS as readonly string[]).includes(query.get('tab') ?? '') ? (query.get('tab') as (typeof TABS)[number]) : 'deliveries'
  return (
    <>
      <PageHead title={t('navAlerts')} sub={t('alertsSub')} />
      <TabList idBase="alerts" label={t('navAlerts')} tabs={TABS} selected={tab} name={(x) => t(`tab_${x}`)}
        onSelect={(x) => navigate(withQuery(path, new URLSearchParams(), { tab: x }), true)} />
      <TabPanel idBase="alerts" tab={tab}>
        {tab === 'deliveries' && <DeliveryList path={path} query={query} />}
        {tab === 'alerts' && <AlertList />}
        {tab === 'destinations' && <Destinations />}
      </TabPanel>
    </>
  )
}
