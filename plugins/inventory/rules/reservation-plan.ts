/**
 * Plans an order's whole reservation before any level is touched, so that one statement can take it all
 * (ledger/reserve-levels.ts). Lines are planned in lock order (rules/lock-order.ts), each with `allocate`; what a line
 * plans on a level is deducted before the next line plans, so two lines of one product never count the same units
 * twice (exactly as reserving them one after the other did).
 */
import type { Id } from '../../../src/kit'
import { allocate, type AllocationCandidate, type AllocationMode } from './allocation'

/** A line to reserve: its index in the order, its quantity (thousandths) and the levels that may serve it. */
export type PlannedLine = { index: number; quantity: bigint; candidates: readonly AllocationCandidate[] }
export type ReservationPiece = { index: number; level: Id; quantity: bigint }
/** Every line's pieces, or the first line (in the order given) that cannot be served, with what it could have. */
export type ReservationPlan = { ok: true; pieces: ReservationPiece[] } | { ok: false; index: number; available: bigint }

const keyOf = (level: Id) => String(level)

export function planReservations(lines: readonly PlannedLine[], mode: AllocationMode): ReservationPlan {
  const left = new Map<string, bigint>()
  for (const line of lines) for (const candidate of line.candidates) if (!left.has(keyOf(candidate.level))) left.set(keyOf(candidate.level), candidate.available)
  const pieces: ReservationPiece[] = []
  for (const line of lines) {
    const candidates = line.candidates.map((candidate) => ({ ...candidate, available: left.get(keyOf(candidate.level)) ?? candidate.available }))
    const allocation = allocate(line.quantity, candidates, mode)
    if (allocation.shortfall > 0n) return { ok: false, index: line.index, available: allocation.available }
    for (const piece of allocation.pieces) {
      left.set(keyOf(piece.level), (left.get(keyOf(piece.level)) ?? 0n) - piece.quantity)
      pieces.push({ index: line.index, level: piece.level, quantity: piece.quantity })
    }
  }
  return { ok: true, pieces }
}

/** What the plan takes from each level, summed over its lines, by level id (the order the statement locks them in). */
export function levelTotals(pieces: readonly ReservationPiece[]): Array<{ level: Id; quantity: bigint }> {
  const totals = new Map<string, { level: Id; quantity: bigint }>()
  for (const piece of pieces) {
    const total = totals.get(keyOf(piece.level))
    if (total) total.quantity += piece.quantity
    else totals.set(keyOf(piece.level), { level: piece.level, quantity: piece.quantity })
  }
  return [...totals.values()].sort((a, b) => keyOf(a.level).localeCompare(keyOf(b.level), 'en', { numeric: true }))
}
