// Standard Webhooks (https://www.standardwebhooks.com): per-destination `whsec_` secrets,
// `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` signatures, and rotation with two secrets.
import { base64ToBytes, bytesToBase64 } from './base64.ts'

export const SECRET_PREFIX = 'whsec_'
const HOUR_MS = 3_600_000
const encoder = new TextEncoder()

/** A new secret: `whsec_` + base64 of `bytes` (24-32, default 32) random bytes. */
export function generateSecret(bytes = 32): string {
  if (!Number.isInteger(bytes) || bytes < 24 || bytes > 32) throw new RangeError('a webhook secret has 24 to 32 random bytes')
  return SECRET_PREFIX + bytesToBase64(crypto.getRandomValues(new Uint8Array(bytes)))
}

/** The HMAC key inside a `whsec_` secret. */
export function secretKey(secret: string): Uint8Array<ArrayBuffer> {
  if (!secret.startsWith(SECRET_PREFIX)) throw new Error('webhook secret must start with whsec_')
  const key = base64ToBytes(secret.slice(SECRET_PREFIX.length))
  if (key.length < 24 || key.length > 64) throw new Error('webhook secret must hold 24 to 64 bytes')
  return key
}

export function isValidSecret(secret: string): boolean {
  try {
    secretKey(secret)
    return true
  } catch {
    return false
  }
}

/** `v1,<base64 HMAC-SHA256(key, "msgId.timestamp.body")>`. */
export async function sign(secret: string, msgId: string, timestampSeconds: number, body: string): Promise<string> {
  const key = await hmacKey(secret)
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(`${msgId}.${Math.floor(timestampSeconds)}.${body}`))
  return `v1,${bytesToBase64(new Uint8Array(mac))}`
}

// Importing a key per message would dominate signing: keep the last few destinations' keys.
const keyCache = new Map<string, Promise<CryptoKey>>()

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keyCache.get(secret)
  if (!key) {
    key = crypto.subtle.importKey('raw', secretKey(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
    if (keyCache.size >= 256) keyCache.delete(keyCache.keys().next().value as string)
    keyCache.set(secret, key)
    key.catch(() => keyCache.delete(secret))
  }
  return key
}

/** Space-separated signatures, one per secret: receivers accept any, which is what makes rotation seamless. */
export async function signatureHeader(secrets: string[], msgId: string, timestampSeconds: number, body: string): Promise<string> {
  if (secrets.length === 0) throw new Error('no secret to sign with')
  const unique = [...new Set(secrets)]
  return (await Promise.all(unique.map((s) => sign(s, msgId, timestampSeconds, body)))).join(' ')
}

export interface DestinationSecrets {
  secret: string | null
  previousSecret?: string | null
  /** Epoch milliseconds; the previous secret signs too until then. */
  previousSecretExpiresAt?: number | null
}

/** The secrets that sign right now: the current one, plus the previous one during the overlap. */
export function activeSecrets(d: DestinationSecrets, now: number): string[] {
  const out = d.secret ? [d.secret] : []
  if (d.previousSecret && d.previousSecretExpiresAt != null && now < d.previousSecretExpiresAt) out.push(d.previousSecret)
  return out
}

/** New destination secret fields for a rotation: the old secret keeps signing for `overlapHours`. */
export function rotateSecret(current: string, now: number, overlapHours = 24): { secret: string; previousSecret: string; previousSecretExpiresAt: number } {
  return { secret: generateSecret(), previousSecret: current, previousSecretExpiresAt: now + overlapHours * HOUR_MS }
}

export interface SignedRequest {
  method: 'POST'
  headers: Record<string, string>
  body: string
}

/**
 * The request for one attempt. `msgId` is the delivery id, so it is the same on every retry and
 * receivers can dedupe on `webhook-id`; the timestamp is the attempt's, so signatures stay fresh.
 */
export async function signedRequest(secrets: string[], msgId: string, body: string, nowMs: number): Promise<SignedRequest> {
  const timestamp = Math.floor(nowMs / 1000)
  return {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'webhook-id': msgId,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': await signatureHeader(secrets, msgId, timestamp, body),
    },
    body,
  }
}

export { webhookPayload, digestPayload, type WebhookPayload } from './webhook-payload.ts'
