// Text from customers and workspaces, made safe to show in a chat message, a ticket or a
// receiver's screen. Control characters (NUL, BEL, ESC…) can cut, beep or garble a client; bidi
// overrides and isolates (U+202E and kin) make text display in another order than it was written,
// so a name can pose as something else ("\u202Egnp.exe" shows as "exe.png").

// C0 and C1 controls and DEL, except tab and the line breaks (\n, \r), which `safeText` handles.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g
// Bidi embeddings, overrides, isolates and marks (ALM, LRM, RLM).
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g

/**
 * `text` without control or bidi formatting characters. On one line (titles, names, labels) tabs
 * and line breaks become a space; `multiline` (a comment's body) keeps them, as "\n" and "\t".
 */
export function safeText(text: string, options: { multiline?: boolean } = {}): string {
  const cleaned = text.replace(LINE_BREAKS, '\n').replace(CONTROLS, '').replace(BIDI, '')
  return options.multiline ? cleaned : cleaned.replace(/[\t\n]+/g, ' ')
}
