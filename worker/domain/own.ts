// Tables keyed by words people type (a comment's words, a CSV header, a topic id) are plain objects,
// which also answer to Object.prototype's names: "constructor" in a comment read a function, and
// analysis threw. Look such keys up with `own`, which reads only the table's own entries.

/** `table[key]` when the table itself holds `key`; undefined for "constructor", "__proto__" and the like. */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}

/** An empty table for keys people chose (CSV headers, trait names): "__proto__" is stored as a key, not taken as the prototype. */
export const keyedByInput = <T>(): Record<string, T> => Object.create(null) as Record<string, T>
