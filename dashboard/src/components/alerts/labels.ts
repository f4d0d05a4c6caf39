// Words for the kinds and statuses the Alerts page shows; an unknown one reads as itself, never
// as a raw key.
import { t, type Key } from '../../i18n/index.ts'

/** A kind's label ("Slack", "Detractor") or a status's ("Waiting for the daily digest"). */
export function label(prefix: 'dest_' | 'alert_' | 'v_', kind: string): string {
  const key = (prefix + kind) as Key
  const text = t(key)
  return text === key ? kind.replace(/_/g, ' ') : text
}

/** "Ops hook (Slack)": a destination by its name and kind. */
export function destinationLabel(name: string | null | undefined, kind: string | null | undefined, id: string): string {
  return kind ? `${name ?? id} (${label('dest_', kind)})` : name ?? id
}
