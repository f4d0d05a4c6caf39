// Makes what the widget sends fit what the API accepts (worker/lib/schemas.ts and the public
// routes): the API refuses a whole body for one bad field, and a refused answer is lost for good.
import type { Customer } from '../types.ts'
import { MAX_BODY, warnOnce } from '../shared/api-limits.ts'

// Traits: at most 50, keys of 1-100 characters, values a string of at most 1000 characters, a
// number, a boolean or null. Objects and arrays are sent as JSON text; anything else is dropped.
export function cleanTraits(traits: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  let n = 0
  for (const key in traits) {
    let v = traits[key]
    try {
      if (v && typeof v == 'object') v = JSON.stringify(v)
    } catch {
      v = undefined // a cycle or a BigInt inside
    }
    if (typeof v == 'string') v = v.slice(0, 1000)
    const ok = key && key.length <= 100 && n < 50 && (v === null || /^(string|number|boolean)$/.test(typeof v))
    if (ok) (out[key] = v), n++
    if (!ok || v !== traits[key]) warnOnce('traits cut to what the API accepts (50 keys; strings, numbers, booleans; 1000 characters)')
  }
  return out
}

// Who answers, as the API takes it; an id over its 200 characters would lose every answer, so
// the answer is kept, anonymously.
export function customerRef(c: Customer | undefined): { id: string; traits: Record<string, unknown>; hash?: string } | undefined {
  if (c && c.id.length <= 200) return { id: c.id, traits: cleanTraits(c.traits), hash: c.hash || undefined }
  if (c) warnOnce('customer id over 200 characters: answers sent anonymously')
}

const size = (body: object) => new Blob([JSON.stringify(body)]).size

// Bodies are at most 16 KB. The comment matters most: the page URL goes first, then the traits
// (already sent with the first part of the answer), then the comment is shortened.
export function fitBody(body: Record<string, any>): Record<string, any> {
  if (size(body) > MAX_BODY) delete body.url
  if (size(body) > MAX_BODY && body.customer) delete body.customer.traits
  // (Never half an emoji: a high surrogate left at the end goes too.)
  while (size(body) > MAX_BODY && body.comment) body.comment = body.comment.slice(0, -100).replace(/[\ud800-\udbff]$/, '')
  return body
}
