// /v1/workspace/identity-secret: identity verification for every site of the workspace (its
// customers are the workspace's, whichever site names them). POST turns it on or rotates the
// secret, shown once; DELETE turns it off. See lib/identity.ts for what the widget then sends.
import { Hono } from 'hono'
import type { AppEnv } from '../../env.ts'
import { randomToken } from '../../lib/ids.ts'
import { forgetSites } from '../../middleware/site-key.ts'

/** How long the secret a rotation replaced keeps working: pages served before it carry hashes under it. */
export const IDENTITY_ROTATION_GRACE_MS = 24 * 3_600_000
/**
 * A secret replaced within this long of being made was never deployed (a double click, a retry):
 * the one before it stays the previous secret, so the secret the customer's server uses keeps working.
 */
export const IDENTITY_UNDEPLOYED_MS = 10 * 60_000

export const identity = new Hono<AppEnv>()
  .post('/', async (c) => {
    const { workspaceId } = c.get('auth')
    const secret = `idsec_${randomToken(40)}`, now = Date.now()
    // One statement, so rotations at once cannot lose a secret between a read and a write: SET reads the old values.
    const row = await c.env.DB.prepare(
      `UPDATE workspaces SET
         identity_previous = CASE WHEN identity_secret_at > ?3 AND identity_previous_until > ?2 THEN identity_previous ELSE identity_secret END,
         identity_previous_until = CASE WHEN identity_secret_at > ?3 AND identity_previous_until > ?2 THEN identity_previous_until
                                        WHEN identity_secret IS NULL THEN NULL ELSE ?4 END,
         identity_secret = ?1, identity_secret_at = ?2
       WHERE id = ?5 RETURNING identity_previous_until AS until`,
    ).bind(secret, now, now - IDENTITY_UNDEPLOYED_MS, now + IDENTITY_ROTATION_GRACE_MS, workspaceId).first<{ until: number | null }>()
    forgetSites()
    return c.json({ identitySecret: secret, previousValidUntil: row?.until ?? null }, 201)
  })
  .delete('/', async (c) => {
    await c.env.DB.prepare('UPDATE workspaces SET identity_secret = NULL, identity_secret_at = NULL, identity_previous = NULL, identity_previous_until = NULL WHERE id = ?')
      .bind(c.get('auth').workspaceId).run()
    forgetSites()
    return c.body(null, 204)
  })
