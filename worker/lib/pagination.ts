// Keyset pagination: the cursor is an opaque base64url of the last row's (time, id).
import * as z from 'zod'
import { ApiError } from './errors.ts'

export const limitParam = z.coerce.number().int().min(1).max(500).default(50)

export function encodeCursor(at: number, id: string): string {
  return btoa(JSON.stringify([at, id])).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function decodeCursor(cursor: string | undefined): { at: number; id: string } | null {
  if (!cursor) return null
  try {
    const [at, id] = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')))
    if (typeof at !== 'number' || typeof id !== 'string') throw new Error('shape')
    return { at, id }
  } catch {
    throw new ApiError('invalid_request', 'cursor: not a cursor this API returned')
  }
}
