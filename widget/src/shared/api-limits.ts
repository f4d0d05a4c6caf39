// What the widget routes accept (worker/lib/schemas.ts, worker/routes/public/*), applied before
// sending: the API refuses a whole body for one bad field, and a refused answer is lost for good.

// The behaviour events the API counts (EVENT_TYPES in worker/domain/signals.ts), exactly; other
// names only trigger surveys.
export const COUNTED_EVENT = /^(session|login|page_view|feature_used|purchase|email_clicked)$/

// A customer id is a string or a number: undefined, null or an object would otherwise become one
// customer called "undefined" or "[object Object]", shared by every such visitor. (The API's
// 200-character limit is applied where answers are sent: widget/src/survey/payload.ts.)
// A string or a number ("st", "nu"; not a symbol, which cannot become text).
export const customerId = (id: unknown): string | false => /^(st|nu)/.test(typeof id) && '' + (id as string)

export const MAX_COMMENT = 5000
export const MAX_URL = 2048
// Bodies are at most 16 KB; the rest is room for fields merged from an earlier unsent part.
export const MAX_BODY = 16e3

const warned: Record<string, boolean> = {}
// One console warning per mistake, not one per call.
export const warnOnce = (what: string) => (warned[what] ||= !(console.warn('stayloop: ' + what) as unknown))
