// Workspaces, their keys and sites: who may read and write what.
import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core'

export const workspaces = sqliteTable('workspaces', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  // WorkspaceSettings as JSON: churn definition, recontact days, locale, timezone, risk tiers...
  settings: text('settings', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
  // The workspace's topic taxonomy; null means the built-in default.
  taxonomy: text('taxonomy', { mode: 'json' }).$type<unknown[] | null>(),
  // Features version (TEXT_FEATURES_VERSION) of the text model counts; another value means they
  // are to be rebuilt (negative: a rebuild is under way). New workspaces start at the current one.
  textModelVersion: integer('text_model_version').notNull().default(1),
  // Bumped by every batch that changes the workspace's text_examples; a writer that read them
  // applies its batch only if it is unchanged (optimistic, see services/text-model-examples.ts).
  textExamplesRevision: integer('text_examples_revision').notNull().default(0),
  // The daily self-check of its learned sentiment model on its own labelled texts, as JSON:
  // { checkedAt, texts, gain, accuracy: { [gain]: share of labels agreed } }. Analysis trusts the
  // learned model by `gain` (analyzeSentiment's modelGain); null until first checked (trust 1).
  textModelCheck: text('text_model_check', { mode: 'json' }).$type<Record<string, unknown> | null>(),
  createdAt: integer('created_at').notNull(),
  // Identity verification, for every site of the workspace (customers are the workspace's): widget
  // requests naming a customer must carry the HMAC of its id under this secret. The one a rotation
  // replaced stays valid until identity_previous_until (pages already served carry its hashes).
  identitySecret: text('identity_secret'),
  identitySecretAt: integer('identity_secret_at'),
  identityPrevious: text('identity_previous'),
  identityPreviousUntil: integer('identity_previous_until'),
})

export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    // First characters of the key, to tell keys apart in lists; never enough to use it.
    prefix: text('prefix').notNull(),
    // SHA-256 of the whole key, hex. The key itself is shown once and never stored.
    hash: text('hash').notNull(),
    createdAt: integer('created_at').notNull(),
    lastUsedAt: integer('last_used_at'),
    revokedAt: integer('revoked_at'),
  },
  (t) => [uniqueIndex('api_keys_hash').on(t.hash), index('api_keys_workspace').on(t.workspaceId)],
)

export const sessions = sqliteTable(
  'sessions',
  {
    // SHA-256 of the cookie value.
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    apiKeyId: text('api_key_id').notNull().references(() => apiKeys.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    revokedAt: integer('revoked_at'),
  },
  (t) => [index('sessions_key').on(t.apiKeyId)],
)

export const sites = sqliteTable(
  'sites',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    publicKey: text('public_key').notNull(),
    allowedOrigins: text('allowed_origins', { mode: 'json' }).notNull().$type<string[]>(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('sites_public_key').on(t.publicKey), index('sites_workspace').on(t.workspaceId)],
)
