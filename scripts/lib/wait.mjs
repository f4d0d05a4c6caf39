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
