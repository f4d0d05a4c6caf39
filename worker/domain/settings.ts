// Workspace settings with their defaults; stored as JSON, so old rows gain new settings safely.
import { isTimeZone } from './timezone.ts'
export interface WorkspaceSettings {
  /** A customer with no activity for this many days counts as churned, where silence counts (churnOnSilence). */
  churnInactiveDays: number
  /**
   * Whether a silence of churnInactiveDays is a churn: 'auto' only in a workspace that records no
   * subscriptions (no cancellation or renewal ever sent), 'always', or 'never' (recorded churns only).
   */
  churnOnSilence: 'auto' | 'always' | 'never'
  /** No survey of any kind within this many days of the last one shown or dismissed. */
  recontactDays: number
  defaultLocale: string
  timezone: string
  riskThresholds: { high: number; medium: number }
  /** Customers at or above this monthly revenue are the top value tier. */
  highValueRevenue: number
  /** Hours during which a customer gets no second alert of the same kind. */
  alertCooldownHours: number
  /** Responses older than this are purged by the daily cron; null keeps everything. */
  retentionDays: number | null
  /** How many customers a success team can call in a week: K for precision at K. */
  weeklyCallCapacity: number
  dashboardUrl: string | null
  demo?: boolean
}

export const DEFAULT_SETTINGS: WorkspaceSettings = {
  churnInactiveDays: 30,
  churnOnSilence: 'auto',
  recontactDays: 90,
  defaultLocale: 'en',
  timezone: 'UTC',
  riskThresholds: { high: 70, medium: 40 },
  highValueRevenue: 500,
  alertCooldownHours: 24,
  retentionDays: null,
  weeklyCallCapacity: 50,
  dashboardUrl: null,
}

export function resolveSettings(stored: unknown): WorkspaceSettings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Partial<WorkspaceSettings>
  const settings = { ...DEFAULT_SETTINGS, ...s, riskThresholds: { ...DEFAULT_SETTINGS.riskThresholds, ...(s.riskThresholds ?? {}) } }
  // A link saved before only http(s) was allowed goes into no alert (javascript: would run where shown).
  if (settings.dashboardUrl !== null && !/^https?:\/\//i.test(String(settings.dashboardUrl))) settings.dashboardUrl = null
  // A zone saved before zones were checked, that this runtime does not know, reads as UTC.
  return isTimeZone(settings.timezone) ? settings : { ...settings, timezone: DEFAULT_SETTINGS.timezone }
}
