// Waits until a URL answers (a worker that is starting), or gives up after `ms`.
export async function waitForUrl(url, ms, ok = (res) => res.ok) {
  const until = Date.now() + ms
  for (;;) {
    try {
      if (ok(await fetch(url))) return true
    } catch {}
    if (Date.now() > until) return false
    await new Promise((r) => setTimeout(r, 300))
  }
}

/** Waits until `read()` gives the same value `polls` times in a row, one second apart, or `ms` pass. */
export async function waitForSteady(read, ms, polls = 3) {
  const until = Date.now() + ms
  let last, same = 0
  while (Date.now() < until && same < polls) {
    await new Promise((r) => setTimeout(r, 1000))
    const now = await read().catch(() => undefined)
    same = now !== undefined && now === last ? same + 1 : 0
    last = now
  }
}
