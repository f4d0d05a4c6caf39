// /v1/workspace: the workspace's name and settings (churn definition, recontact period, risk
// tiers, retention, integration secrets). Secrets are write-only: reads say only whether one is set.
import { Hono } from 'hono'
import * as z from 'zod'
import type { AppEnv } from '../../env.ts'
import { serverJson } from '../../lib/body.ts'
import { ApiError } from '../../lib/errors.ts'
import { resolveSettings } from '../../domain/settings.ts'
import { isTimeZone } from '../../domain/timezone.ts'

const SECRET_SETTINGS = ['stripeWebhookSecret', 'zendeskWebhookSecret'] as const

const settings = z.strictObject({
  churnInactiveDays: z.number().int().min(1).max(3650),
  churnOnSilence: z.enum(['auto', 'always', 'never']),
  recontactDays: z.number().int().min(0).max(3650),
  defaultLocale: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
  timezone: z.string().min(1).max(64).refine(isTimeZone, 'not a time zone: use an IANA name such as Asia/Shanghai or America/New_York'),
  riskThresholds: z.strictObject({ high: z.number().min(1).max(100), medium: z.number().min(0).max(99) }),
  highValueRevenue: z.number().min(0).max(1e12),
  alertCooldownHours: z.number().min(0).max(24 * 90),
  retentionDays: z.number().int().min(30).max(3650).nullable(),
  weeklyCallCapacity: z.number().int().min(1).max(10_000),
  // Links in alerts (Slack buttons, webhook customer.url): a javascript: or data: link would run script where shown.
  dashboardUrl: z.string().url().max(300).refine((u) => /^https?:\/\//i.test(u), 'must be an http or https URL').nullable(),
  stripeWebhookSecret: z.string().min(8).max(200).nullable(),
  zendeskWebhookSecret: z.string().min(8).max(200).nullable(),
}).partial()

const patchBody = z.strictObject({ name: z.string().min(1).max(200).optional(), settings: settings.optional() })

async function load(db: D1Database, id: string) {
  const row = await db.prepare('SELECT id, name, settings, identity_secret IS NOT NULL AS verifying FROM workspaces WHERE id = ?').bind(id).first<{ id: string; name: string; settings: string; verifying: number }>()
  if (!row) throw new ApiError('not_found', 'Workspace not found')
  return { id: row.id, name: row.name, stored: JSON.parse(row.settings) as Record<string, unknown>, verifying: row.verifying === 1 }
}

function view(w: { id: string; name: string; stored: Record<string, unknown>; verifying: boolean }) {
  const s: Record<string, unknown> = { ...resolveSettings(w.stored) }
  // Work in progress kept beside the settings is not a setting (GET /v1/taxonomy reports it).
  delete s.taxonomyReread
  for (const key of SECRET_SETTINGS) {
    delete s[key]
    s[`${key}Set`] = typeof w.stored[key] === 'string'
  }
  // Identity verification (routes/v1/identity.ts): whether it is on, never the secret.
  return { id: w.id, name: w.name, settings: s, identityVerification: w.verifying }
}

export const workspace = new Hono<AppEnv>()
  .get('/', async (c) => c.json(view(await load(c.env.DB, c.get('auth').workspaceId))))
  .patch('/', async (c) => {
    const input = await serverJson(c, patchBody)
    const current = await load(c.env.DB, c.get('auth').workspaceId)
    const stored = { ...current.stored, ...input.settings }
    const merged = resolveSettings(stored)
    if (merged.riskThresholds.medium >= merged.riskThresholds.high) throw new ApiError('invalid_request', 'settings.riskThresholds: medium must be below high')
    const name = input.name ?? current.name
    // Only the keys this request sets are written (json_patch), so state other writers keep in
    // settings at the same moment (a taxonomy re-read's progress) is not rewound to what was read above.
    const row = await c.env.DB.prepare('UPDATE workspaces SET name = ?, settings = json_patch(settings, ?) WHERE id = ? RETURNING settings')
      .bind(name, JSON.stringify(input.settings ?? {}), current.id).first<{ settings: string }>()
    return c.json(view({ id: current.id, name, stored: row ? JSON.parse(row.settings) as Record<string, unknown> : stored, verifying: current.verifying }))
  })
