// widget/triggers.js: decides which candidate survey is due (URL rules, triggers, anonymous
// throttling and sticky sampling) before the survey bundle is loaded. Split from widget.js so
// pages where nothing can be due (blocked, or the server sent nothing) never download it.
import type { Survey, TriggerEnv, Triggers } from '../types.ts'
import { urlMatches } from '../shared/rules.ts'
import { inSample } from '../shared/hash.ts'
import { isDue, readLog } from '../shared/throttle.ts'
import { clientId } from '../shared/keys.ts'

let autoShown = false

// The server already throttled, targeted and sampled identified customers.
export function isEligible(s: Survey, env: TriggerEnv, storage: Storage, href: string, path: string, now: number): boolean {
  return urlMatches(s.trigger.url, href, path)
    && !!(env.customer || (isDue(s, readLog(storage, env.site), now) && inSample(clientId(storage), s.id, s.sampling)))
}

// Automatic triggers show at most one survey per page, so never two at a time.
// Without localStorage (blocked by the browser) a visitor cannot be throttled here, so gets no
// automatic survey rather than one on every page; show() and exit() still work.
function auto(s: Survey, env: TriggerEnv) {
  try {
    if (!autoShown && isEligible(s, env, localStorage, location.href, location.pathname, Date.now())) {
      autoShown = true
      env.run(s)
    }
  } catch {}
}

export const triggers: Triggers = (surveys, env, event) => {
  for (const s of surveys) {
    const t = s.trigger
    if (event) t.type == 'event' && t.event == event && auto(s, env)
    else if (t.type == 'pageview') auto(s, env)
    else if (t.type == 'delay') setTimeout(auto, t.delayMs, s, env)
    else if (t.type == 'exit_intent')
      document.addEventListener('mouseout', (e) => e.relatedTarget || e.clientY > 0 || auto(s, env))
  }
}

export function resetTriggers() {
  autoShown = false
}
