// A small per-isolate cache for hot, rarely changing rows (site by key, survey by id): the
// widget's routes then read D1 once per key every few seconds instead of on every request.
// Writes in this isolate invalidate at once; other isolates see a change within the TTL.
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; expires: number }>()

  constructor(private readonly ttlMs: number, private readonly maxEntries = 1000) {}

  async get(key: string, load: () => Promise<V>): Promise<V> {
    const now = Date.now()
    const hit = this.entries.get(key)
    if (hit && hit.expires > now) return hit.value
    const value = await load()
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string)
    this.entries.set(key, { value, expires: now + this.ttlMs })
    return value
  }

  delete(key: string): void {
    this.entries.delete(key)
  }

  clear(): void {
    this.entries.clear()
  }
}
