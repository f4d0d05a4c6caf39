// Verifying inbound webhook signatures with WebCrypto: crypto.subtle.verify compares in
// constant time, so a forged signature learns nothing from how long the answer took.

const encoder = new TextEncoder()

export async function hmacKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify'])
}

export function hexBytes(hex: string): Uint8Array<ArrayBuffer> | null {
  if (!/^(?:[0-9a-f]{2})+$/i.test(hex)) return null
  const out = new Uint8Array(hex.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return out
}

export function base64Bytes(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    return Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0))
  } catch {
    return null
  }
}

export function bytesHex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

export function bytesBase64(bytes: ArrayBuffer): string {
  return btoa(String.fromCharCode(...new Uint8Array(bytes)))
}

export async function verifyHmac(key: CryptoKey, signature: Uint8Array<ArrayBuffer>, message: string): Promise<boolean> {
  return crypto.subtle.verify('HMAC', key, signature, encoder.encode(message))
}

/** For tests and senders: the raw HMAC-SHA256 of a message. */
export async function signHmac(secret: string, message: string): Promise<ArrayBuffer> {
  return crypto.subtle.sign('HMAC', await hmacKey(secret), encoder.encode(message))
}

export const TOLERANCE_MS = 5 * 60_000
