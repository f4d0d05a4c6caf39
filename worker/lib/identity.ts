// Identity verification for widget requests. The public site key is in every page, so without it
// anyone could answer, send events or change traits as any customer id. Where the workspace has an
// identity secret (one for all its sites: its customers are the workspace's), a
// request naming a customer must carry the HMAC-SHA256 of that id under it, hex encoded, computed by
// the customer's own server (Intercom's and Pendo's scheme).
import { hexBytes, hmacKey, verifyHmac } from '../domain/import/hmac.ts'
import { ApiError } from './errors.ts'

/** The secrets a workspace accepts now: its current one and, for a day after a rotation, the one before. */
export type IdentitySecrets = readonly string[]

type IdentityRow = { identity_secret: string | null; identity_previous: string | null; identity_previous_until: number | null }

export function identitySecrets(row: IdentityRow, now = Date.now()): IdentitySecrets {
  if (!row.identity_secret) return []
  return row.identity_previous && (row.identity_previous_until ?? 0) > now ? [row.identity_secret, row.identity_previous] : [row.identity_secret]
}

/** A customer as widget bodies name one: an id, or an object with it (and the hash). */
type CustomerField = string | { id: string; hash?: string | null } | undefined

/** Refuses (403) a request naming a customer without the hash a workspace with a secret requires. */
export async function verifyCustomer(secrets: IdentitySecrets, customer: CustomerField, hash?: string | null): Promise<void> {
  if (secrets.length === 0 || customer === undefined) return
  const id = typeof customer === 'string' ? customer : customer.id
  const given = (typeof customer === 'string' ? hash : customer.hash || hash) || ''
  const signature = hexBytes(given)
  if (signature && signature.length === 32) {
    for (const secret of secrets) if (await verifyHmac(await hmacKey(secret), signature, id)) return
  }
  throw new ApiError('forbidden', given
    ? 'customer.hash: does not match this customer id under the workspace\'s identity secret'
    : 'customer.hash: required, this workspace verifies identities (the HMAC-SHA256 of the customer id under its identity secret, hex)')
}
