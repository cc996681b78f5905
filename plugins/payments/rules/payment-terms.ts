/** Payment terms (pure): which term applies to a buyer, and when its invoice falls due. */
import type { Id } from '../../../src/kit'

export type TermRef = Id | null | undefined

/** The customer's own term, else its group's, else none (Oro's customer → customer group fallback). */
export const effectiveTerm = (customerTerm: TermRef, groupTerm: TermRef): Id | null => customerTerm ?? groupTerm ?? null

/** The due date of an order placed at `placedAt` on a term of `netDays` days (calendar days, UTC). */
export function dueDate(placedAt: Date, netDays: number): Date {
  const due = new Date(placedAt.getTime())
  due.setUTCDate(due.getUTCDate() + netDays)
  return due
}
