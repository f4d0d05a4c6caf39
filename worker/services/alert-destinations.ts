// Destinations as stored and as the API shows them, and the rules a destination's target must
// follow. Secrets and Zendesk tokens never appear in a view; a new secret is shown once by the route.
import { checkDestinationUrl, isValidSubdomain, parseFilters, problemOf, zendeskTicketsUrl, type DestinationFilters } from '../domain/alerts/index.ts'
import { ApiError } from '../lib/errors.ts'

export type DestinationKind = 'webhook' | 'slack' | 'zendesk'

export interface DestinationRow {
  id: string
  workspace_id: string
  kind: DestinationKind
  name: string
  url: string
  secret: string | null
  previous_secret: string | null
  previous_secret_expires_at: number | null
  config: string
  filters: string
  digest: number
  enabled: number
  disabled_reason: string | null
  created_at: number
  updated_at: number
}

export function destinationView(r: DestinationRow) {
  const config = JSON.parse(r.config) as { subdomain?: string; email?: string }
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    url: r.url,
    filters: JSON.parse(r.filters) as DestinationFilters,
    digest: r.digest === 1,
    enabled: r.enabled === 1,
    disabledReason: r.disabled_reason,
    // The reason as facts (a 410: { code: 'gone', at }); null when enabled or paused by a person.
    disabled: problemOf(r.disabled_reason),
    ...(r.kind === 'zendesk' ? { subdomain: config.subdomain ?? null, email: config.email ?? null } : {}),
    ...(r.kind === 'webhook' ? { previousSecretExpiresAt: r.previous_secret_expires_at && r.previous_secret ? r.previous_secret_expires_at : null } : {}),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }
}

export async function loadDestination(db: D1Database, workspaceId: string, id: string): Promise<DestinationRow> {
  const row = await db.prepare('SELECT * FROM destinations WHERE id = ? AND workspace_id = ?').bind(id, workspaceId).first<DestinationRow>()
  if (!row) throw new ApiError('not_found', 'Unknown destination')
  return row
}

export function checkFilters(raw: unknown): DestinationFilters {
  const parsed = parseFilters(raw)
  if (!parsed.ok) throw new ApiError('invalid_request', `filters: ${parsed.error}`)
  return parsed.filters
}

export interface TargetInput {
  kind: DestinationKind
  url?: string
  zendesk?: { subdomain?: string; email?: string; token?: string }
}

/**
 * The URL to store, checked: private and loopback targets are refused unless `dev` (local
 * development and tests allow loopback). A Zendesk destination posts to its subdomain's tickets
 * endpoint; only local development may point it at a stand-in.
 */
export function targetUrl(input: TargetInput, dev: boolean): string {
  let url = input.url
  if (input.kind === 'zendesk') {
    const { subdomain, email, token } = input.zendesk ?? {}
    if (!subdomain || !email || !token) throw new ApiError('invalid_request', 'A Zendesk destination needs subdomain, email and token')
    if (!isValidSubdomain(subdomain)) throw new ApiError('invalid_request', 'subdomain: not a Zendesk subdomain')
    const derived = zendeskTicketsUrl(subdomain)
    if (url && url !== derived && !dev) throw new ApiError('invalid_request', `url: a Zendesk destination posts to ${derived}`)
    url = url || derived
  } else if (input.zendesk && Object.values(input.zendesk).some((v) => v !== undefined)) {
    throw new ApiError('invalid_request', 'subdomain, email and token are for Zendesk destinations only')
  }
  if (!url) throw new ApiError('invalid_request', 'url: required')
  const check = checkDestinationUrl(url, { allowLoopback: dev, requireHttps: input.kind === 'slack' && !dev })
  if (!check.ok) throw new ApiError('invalid_request', `url: ${check.reason}`)
  return url
}
