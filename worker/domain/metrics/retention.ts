// Churn, retention, repeat purchase and lifetime value for a period.
import { percent, ratio, type Figure } from './figure.ts'

/** Customers lost in the period / customers at its start × 100 (5,000 at start, 500 lost: 10). */
export function churnRate(start: number, lost: number): Figure<{ start: number; lost: number }> {
  return { value: percent(lost, start), start, lost }
}

/**
 * Customers at the start not lost within the period (so still customers at the end) / customers
 * at the start × 100: the same starting customers as the churn rate, so the two add up to 100.
 * (Equal to (end − new) / start when "new" counts the others still here at the end: newcomers and
 * customers back after a churn; one who joined and left within the period is in neither the start
 * nor the end, and one who left and came back within it is lost, then new.)
 */
export function retentionRate(start: number, retained: number): Figure<{ start: number; retained: number }> {
  return { value: percent(retained, start), start, retained }
}

/** Customers with 2+ purchases / customers with 1+ purchase in the period × 100; takes each customer's purchase count. */
export function repeatPurchaseRate(purchasesPerCustomer: number[]): Figure<{ repeat: number; purchasers: number }> {
  const purchasers = purchasesPerCustomer.filter((n) => n >= 1).length
  const repeat = purchasesPerCustomer.filter((n) => n >= 2).length
  return { value: percent(repeat, purchasers), repeat, purchasers }
}

/** Days in an average month (365.25 / 12). */
export const MONTH_DAYS = 365.25 / 12

/**
 * The period's churn as a monthly rate, compounded: 1 − (1 − periodChurn)^(MONTH_DAYS / days). A
 * business that loses 5% a month loses 14.3% over three months, which reads back as 5% a month.
 */
export function monthlyChurn(periodChurn: number, periodDays: number): number {
  return 1 - (1 - periodChurn) ** (MONTH_DAYS / periodDays)
}

/**
 * Average monthly revenue per customer (customers' revenue is monthly) × expected lifetime in months
 * (1 / the monthly churn rate, from the period's churn by monthlyChurn), so a one-month and a
 * three-month range of the same business give the same CLTV. Null when no customers or no churn
 * (an infinite lifetime is not a number to report). `churnRate` is the period's, as the summary's.
 */
export function cltv(revenue: number, customers: number, start: number, lost: number, periodDays: number): Figure<{ revenue: number; customers: number; averageRevenue: number; churnRate: number; monthlyChurnRate: number; start: number; lost: number }> {
  const averageRevenue = ratio(revenue, customers)
  const churnFraction = ratio(lost, start)
  const monthly = churnFraction ? monthlyChurn(churnFraction, periodDays) : 0
  const value = averageRevenue === null || !monthly ? null : averageRevenue / monthly
  return { value, revenue, customers, averageRevenue: averageRevenue ?? 0, churnRate: (churnFraction ?? 0) * 100, monthlyChurnRate: monthly * 100, start, lost }
}

/** repeatPurchaseRate() from counts: customers with 2+ purchases and with 1+ purchase. */
export function repeatPurchaseFromCounts(repeat: number, purchasers: number): Figure<{ repeat: number; purchasers: number }> {
  return { value: percent(repeat, purchasers), repeat, purchasers }
}
