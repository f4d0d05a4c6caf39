// The churn history (customer_churns): every departure and return of a customer, beside the
// current state in customers.churned_at / churn_reason. Writers keep both in the same D1 batch;
// the period figures (summary, cohorts, segment churn) count from the history, so a customer who
// comes back stays lost in the month they left.
//
// A customer is active at t when first_seen_at < t and none of their churns has churned_at < t
// with (returned_at IS NULL OR returned_at > t): churned exactly at t is still a customer at t,
// returned exactly at t is one again.

import { utcDay } from '../domain/signals.ts'

const CUSTOMER = 'SELECT pk FROM customers WHERE workspace_id = ?1 AND external_id = ?2'

/**
 * After an UPDATE that set a customer's churn, records it in the history: the open churn (they are
 * still gone) takes the current date and reason (a correction of the same departure), or a new row
 * opens. Idempotent: the same churn sent twice is one row.
 */
export function recordChurnStatements(db: D1Database, workspaceId: string, externalId: string): D1PreparedStatement[] {
  return [
    // OR IGNORE: a correction onto the moment of an earlier, closed churn keeps the open row as it was.
    db.prepare(`UPDATE OR IGNORE customer_churns SET churned_at = c.churned_at, reason = c.churn_reason
                  FROM customers c WHERE c.workspace_id = ?1 AND c.external_id = ?2 AND c.churned_at IS NOT NULL
                   AND customer_churns.customer_pk = c.pk AND customer_churns.returned_at IS NULL`).bind(workspaceId, externalId),
    db.prepare(`INSERT INTO customer_churns (workspace_id, customer_pk, churned_at, reason)
                  SELECT c.workspace_id, c.pk, c.churned_at, c.churn_reason FROM customers c
                   WHERE c.workspace_id = ?1 AND c.external_id = ?2 AND c.churned_at IS NOT NULL
                     AND NOT EXISTS (SELECT 1 FROM customer_churns h WHERE h.customer_pk = c.pk AND h.returned_at IS NULL)
                  ON CONFLICT DO NOTHING`).bind(workspaceId, externalId),
  ]
}

/** SQL over churn row `h`'s absorbed cancellations (JSON [at, reason] pairs), as rows of `e`: their times and reasons. */
const AT = "json_extract(e.value, '$[0]')", WHY = "json_extract(e.value, '$[1]')"
const absorbedAfter = (h: string, t: string) => `FROM json_each(${h}.absorbed) e WHERE ${AT} > ${t}`
/** The first cancellation `h` absorbed after ?3: where a renewal at ?3 parts the churn. */
const FIRST_AFTER = (h: string) => `(SELECT MIN(${AT}) ${absorbedAfter(h, '?3')})`

/**
 * A renewal at `at` (the contract renewing at `renewalAt`, if given): the customer is back from it.
 * It closes the churn it falls in (the customers UPDATE clears the same one when it is the open one).
 * One that arrives late, dated inside a churn already closed by a later return, is the return: as if
 * it had arrived in time. One dated before a cancellation that churn absorbed parts them: the
 * cancellations after the renewal start a churn of their own, with the first one's reason and the
 * old churn's return, and if it is still open the customer is gone again from its start.
 */
export function renewalStatements(db: D1Database, workspaceId: string, externalId: string, at: number, renewalAt: number | null): D1PreparedStatement[] {
  const bind = (s: D1PreparedStatement) => s.bind(workspaceId, externalId, at)
  // The customer's churn row `h` that the renewal at ?3 falls in.
  const within = (h: string) => `${h}.customer_pk = (${CUSTOMER}) AND ${h}.churned_at < ?3 AND (${h}.returned_at IS NULL OR ${h}.returned_at > ?3)`
  return [
    bind(db.prepare(`INSERT INTO customer_churns (workspace_id, customer_pk, churned_at, reason, returned_at, absorbed)
                      SELECT h.workspace_id, h.customer_pk, ${FIRST_AFTER('h')},
                             (SELECT ${WHY} ${absorbedAfter('h', '?3')} ORDER BY ${AT} LIMIT 1), h.returned_at,
                             NULLIF((SELECT json_group_array(json(e.value)) ${absorbedAfter('h', FIRST_AFTER('h'))}), '[]')
                        FROM customer_churns h WHERE ${within('h')} AND ${FIRST_AFTER('h')} IS NOT NULL
                      ON CONFLICT DO NOTHING`)),
    bind(db.prepare(`UPDATE customer_churns SET returned_at = ?3,
                      absorbed = NULLIF((SELECT json_group_array(json(e.value)) FROM json_each(customer_churns.absorbed) e WHERE ${AT} <= ?3), '[]')
                      WHERE ${within('customer_churns')}`)),
    db.prepare(`UPDATE customers SET churned_at = NULL, churn_reason = NULL, renewal_at = COALESCE(?4, renewal_at)
                 WHERE workspace_id = ?1 AND external_id = ?2 AND (churned_at IS NULL OR churned_at < ?3)`).bind(workspaceId, externalId, at, renewalAt),
    // The churn parted off above, still open: they left again after this renewal.
    bind(db.prepare(`UPDATE customers SET churned_at = h.churned_at, churn_reason = h.reason FROM customer_churns h
                      WHERE customers.workspace_id = ?1 AND customers.external_id = ?2 AND customers.churned_at IS NULL
                        AND h.customer_pk = customers.pk AND h.returned_at IS NULL AND h.churned_at > ?3`)),
  ]
}

// A cancellation signal at ?3 (reason ?4, UTC day ?5) of customer ?1/?2, against what is stored.
const PK = `(${CUSTOMER})`
/** A churn of theirs already covers ?3 (a retry, or a second cancellation while gone). */
const COVERED = `EXISTS (SELECT 1 FROM customer_churns h WHERE h.customer_pk = ${PK} AND h.churned_at <= ?3 AND (h.returned_at IS NULL OR h.returned_at > ?3))`
/** The start of their first churn after ?3. */
const NEXT_CHURN = `(SELECT MIN(churned_at) FROM customer_churns WHERE customer_pk = ${PK} AND churned_at > ?3)`
/**
 * Their first renewal after ?3 that an earlier request stored. Renewals are kept only as daily
 * counters, so it is the start of the first later UTC day with one (a renewal the same day is
 * not known to be after the cancellation: it stays open).
 */
const NEXT_RENEWAL = `(SELECT CAST(strftime('%s', MIN(day)) AS INTEGER) * 1000 FROM customer_days WHERE customer_pk = ${PK} AND day > ?5 AND renewals > 0)`
/** The churn after ?3 began with no renewal since ?3: they were gone from ?3, it is the same churn. */
const EXTENDS_NEXT = `NOT ${COVERED} AND (${NEXT_RENEWAL} IS NULL OR ${NEXT_CHURN} < ${NEXT_RENEWAL})`

/**
 * A subscription_cancelled signal, kept as if the customer's signals had arrived in time order
 * (a batch applies them sorted by time, and its renewal counters after these statements):
 * - inside a churn already kept: the churn takes it in, and its reason only where it has none (the same
 *   departure sent again with a reason takes that one);
 * - before a churn with no renewal between: that churn began at `at` instead;
 * - before a renewal stored earlier: a churn closed by that renewal;
 * - otherwise a new open churn, on the customer and in the history.
 */
export function cancellationStatements(db: D1Database, workspaceId: string, externalId: string, at: number, reason: string | null): D1PreparedStatement[] {
  const bind = (s: D1PreparedStatement) => s.bind(workspaceId, externalId, at, reason, utcDay(at))
  const notTakenIn = `NOT EXISTS (SELECT 1 FROM json_each(absorbed) e WHERE ${AT} = ?3)`
  return [
    // Inside a churn already kept, after its start: the churn takes it in (a renewal found between them later
    // parts them), and its reason only if it had none. The same cancellation again changes nothing.
    db.prepare(`UPDATE customer_churns SET absorbed = json_insert(COALESCE(absorbed, '[]'), '$[#]', json_array(?3, ?4)), reason = COALESCE(reason, ?4)
                 WHERE customer_pk = ${PK} AND churned_at < ?3 AND (returned_at IS NULL OR returned_at > ?3) AND ${notTakenIn}`).bind(workspaceId, externalId, at, reason),
    // Sent again with the reason it lacked, it takes that reason.
    db.prepare(`UPDATE customer_churns SET absorbed = (SELECT json_group_array(CASE WHEN ${AT} = ?3 AND ${WHY} IS NULL THEN json_array(?3, ?4) ELSE json(e.value) END)
                                                        FROM json_each(customer_churns.absorbed) e)
                 WHERE customer_pk = ${PK} AND ?4 IS NOT NULL AND EXISTS (SELECT 1 FROM json_each(customer_churns.absorbed) e WHERE ${AT} = ?3 AND ${WHY} IS NULL)`).bind(workspaceId, externalId, at, reason),
    // The churn about to begin at `at` instead takes in its own start and reason.
    bind(db.prepare(`UPDATE customer_churns SET absorbed = json_insert(COALESCE(absorbed, '[]'), '$[#]', json_array(churned_at, reason))
                      WHERE customer_pk = ${PK} AND churned_at = ${NEXT_CHURN} AND ${EXTENDS_NEXT}`)),
    // The churn that began earlier keeps its reason (the same departure given again, or no reason yet, takes this one).
    bind(db.prepare(`UPDATE customers SET churned_at = CASE WHEN churned_at <= ?3 THEN churned_at ELSE ?3 END,
                      churn_reason = CASE WHEN churned_at < ?3 AND churn_reason IS NOT NULL THEN churn_reason ELSE COALESCE(?4, churn_reason) END
                      WHERE workspace_id = ?1 AND external_id = ?2 AND (churned_at <= ?3
                        OR churned_at = ${NEXT_CHURN} AND ${EXTENDS_NEXT}
                        OR churned_at IS NULL AND NOT ${COVERED} AND ${NEXT_CHURN} IS NULL AND ${NEXT_RENEWAL} IS NULL)`)),
    // The history's open churn follows the customer's (a new one, an earlier start, a reason).
    ...recordChurnStatements(db, workspaceId, externalId),
    // Before a churn already closed: it began at `at` (its return stays).
    bind(db.prepare(`UPDATE OR IGNORE customer_churns SET churned_at = ?3, reason = COALESCE(?4, reason)
                      WHERE customer_pk = ${PK} AND churned_at = ${NEXT_CHURN} AND ${EXTENDS_NEXT}`)),
    bind(db.prepare(`INSERT INTO customer_churns (workspace_id, customer_pk, churned_at, reason, returned_at)
                      SELECT ?1, pk, ?3, ?4, ${NEXT_RENEWAL} FROM customers
                       WHERE workspace_id = ?1 AND external_id = ?2 AND NOT ${COVERED} AND ${NEXT_RENEWAL} IS NOT NULL
                         AND (${NEXT_CHURN} IS NULL OR ${NEXT_CHURN} >= ${NEXT_RENEWAL})
                      ON CONFLICT DO NOTHING`)),
  ]
}

/** SQL: churn row `h` has its customer gone at the instant `t` (a bound parameter or column). */
export const goneBy = (h: string, t: string) => `${h}.churned_at < ${t} AND (${h}.returned_at IS NULL OR ${h}.returned_at > ${t})`

/** SQL: customer `c` was gone at the instant `t`. */
export function goneAt(c: string, t: string): string {
  return `EXISTS (SELECT 1 FROM customer_churns h WHERE h.customer_pk = ${c}.pk AND ${goneBy('h', t)})`
}

/** SQL: customer `c` was gone at some time in [from, to]: a churn of theirs by `to` they had not come back from by `from`. */
export function goneDuring(c: string, from: string, to: string): string {
  return `EXISTS (SELECT 1 FROM customer_churns h WHERE h.customer_pk = ${c}.pk AND h.churned_at <= ${to} AND (h.returned_at IS NULL OR h.returned_at > ${from}))`
}

/** A churn read into memory, oldest first per customer (churnsSince). */
export interface ChurnSpell { churned_at: number; returned_at: number | null }

/** goneBy for a churn read into memory: its customer gone at the instant `t`. */
export const spellCovers = (h: ChurnSpell, t: number) => h.churned_at < t && (h.returned_at === null || h.returned_at > t)

/** Each customer's churns still open at `since` or begun after it, oldest first. */
export async function churnsSince(db: D1Database, workspaceId: string, since: number): Promise<Map<string, ChurnSpell[]>> {
  const { results } = await db.prepare(
    'SELECT customer_pk, churned_at, returned_at FROM customer_churns WHERE workspace_id = ?1 AND (returned_at IS NULL OR returned_at > ?2) ORDER BY churned_at',
  ).bind(workspaceId, since).all<ChurnSpell & { customer_pk: string }>()
  const byCustomer = new Map<string, ChurnSpell[]>()
  for (const { customer_pk, ...spell } of results) {
    const spells = byCustomer.get(customer_pk)
    if (spells) spells.push(spell)
    else byCustomer.set(customer_pk, [spell])
  }
  return byCustomer
}

/**
 * SQL for a WITH clause `h`: one row per customer of workspace `ws` with a churn before `to`, flagged
 * gone_start (gone at `from`), churned (a churn in [from, to)) and gone_end (gone at `to`). One pass
 * over the period's churns by the (workspace_id, churned_at) index; the summary and segment churn
 * rates read a period the same way.
 */
export function periodChurns(ws: string, from: string, to: string): string {
  return `h AS (
       SELECT customer_pk, MAX(${goneBy('customer_churns', from)}) AS gone_start, MAX(churned_at >= ${from}) AS churned,
              MAX(returned_at IS NULL OR returned_at > ${to}) AS gone_end
         FROM customer_churns WHERE workspace_id = ${ws} AND churned_at < ${to} GROUP BY customer_pk)`
}
