// Bindings the worker runs with (wrangler.toml) and the messages its queue carries.
export type WorkMessage =
  /**
   * `ifAbandoned`: the check a minute after an exit answer's last write (queue/alerts.ts:
   * EXIT_ABANDONED_AFTER_MS), read only if the answer is still unfinished and untouched since.
   */
  | { type: 'analyze'; workspaceId: string; responseId: string; ifAbandoned?: true }
  | { type: 'rescore'; workspaceId: string; customerPk: string }
  /** The daily pass: a few customers per message (fewer queue operations, within D1's per-invocation query limit). */
  | { type: 'rescore_many'; workspaceId: string; customerPks: string[] }
  | { type: 'deliver'; deliveryId: string }
  /** The daily self-check of a workspace's learned sentiment model (services/text-model-check.ts). */
  | { type: 'check_text_model'; workspaceId: string }
  /** A page of the re-read after a taxonomy edit (queue/retopic.ts); `revision` names the edit. */
  | { type: 'retopic'; workspaceId: string; revision: number }

export interface Env {
  DB: D1Database
  QUEUE: Queue<WorkMessage>
  ASSETS: Fetcher
  PUBLIC_LIMITER?: RateLimit
  /** Per site and caller address: a fresh client id per request does not escape it. */
  PUBLIC_ADDRESS_LIMITER?: RateLimit
  /** "1" in local development and tests: loopback webhook targets allowed. */
  STAYLOOP_DEV?: string
}

export interface AuthContext {
  workspaceId: string
  /** The secret key that authorised the request (directly or through a dashboard session). */
  apiKeyId: string
}

export type AppEnv = {
  Bindings: Env
  Variables: {
    requestId: string
    auth: AuthContext
    site: { id: string; workspaceId: string; allowedOrigins: string[]; identitySecrets: readonly string[] }
  }
}
