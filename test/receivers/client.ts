// The test side of the loopback receivers: URLs for a behaviour under a fresh key, and what arrived.
import { inject } from 'vitest'
import type { ReceivedRequest } from './server.ts'

export type { ReceivedRequest }

export interface Receiver {
  key: string
  url(behaviour: string): string
  records(): Promise<ReceivedRequest[]>
  /** For `down`: from now on the key's target answers 200. */
  bringUp(): Promise<void>
}

export function receiver(): Receiver {
  const base = `http://127.0.0.1:${inject('receiverPort')}`
  const key = crypto.randomUUID()
  return {
    key,
    url: (behaviour) => `${base}/${key}/${behaviour}`,
    records: async () => (await fetch(`${base}/__records/${key}`)).json() as Promise<ReceivedRequest[]>,
    bringUp: async () => {
      await fetch(`${base}/__up/${key}`, { method: 'POST' })
    },
  }
}

/** Polls the receiver until `enough` holds for what it got. */
export async function received(r: Receiver, enough: (got: ReceivedRequest[]) => boolean, ms = 15_000): Promise<ReceivedRequest[]> {
  const until = Date.now() + ms
  for (;;) {
    const got = await r.records()
    if (enough(got)) return got
    if (Date.now() > until) throw new Error(`receiver ${r.key}: timed out; got ${got.length} request(s)`)
    await new Promise((res) => setTimeout(res, 50))
  }
}
