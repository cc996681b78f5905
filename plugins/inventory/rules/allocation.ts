/**
 * Which warehouses serve an order line. Two behaviours, as the peers differ (README "Allocation"):
 * - `prioritySplit` (default; Oro's "warehouse priority" fallback, Medusa's multi-location fulfilment): take what is
 *   on hand from the warehouses in priority order, splitting the line when one has too little; only then backorder,
 *   again in priority order, each level up to its own backorder limit.
 * - `shipComplete` (Vendure's single stock location per line): the first warehouse, in priority order, that can
 *   serve the whole line from stock, else the first that can with its backorders; never split.
 */
import type { Id } from '../../../src/kit'
import { positive } from './quantities'

export const ALLOCATION_MODES = ['prioritySplit', 'shipComplete'] as const
export type AllocationMode = (typeof ALLOCATION_MODES)[number]

/** A tracked inventory level that may serve the line; quantities in thousandths. */
export type AllocationCandidate = { level: Id; priority: number; available: bigint; backorderLimit: bigint }
export type AllocationPiece = { level: Id; quantity: bigint }
export type Allocation = { pieces: AllocationPiece[]; shortfall: bigint; available: bigint }

/** Lower priority numbers serve first; equal priorities by level id, so every process picks the same order. */
const byPriority = (a: AllocationCandidate, b: AllocationCandidate) => a.priority - b.priority || String(a.level).localeCompare(String(b.level), 'en', { numeric: true })

function split(quantity: bigint, candidates: readonly AllocationCandidate[]): { pieces: AllocationPiece[]; left: bigint } {
  const taken = new Map<Id, bigint>()
  let left = quantity
  const take = (candidate: AllocationCandidate, room: bigint) => {
    const amount = room < left ? room : left
    if (amount <= 0n) return
    taken.set(candidate.level, (taken.get(candidate.level) ?? 0n) + amount)
    left -= amount
  }
  for (const candidate of candidates) take(candidate, positive(candidate.available))
  // then backorders: each level may go below zero down to minus its limit
  for (const candidate of candidates) take(candidate, positive(candidate.available + candidate.backorderLimit - (taken.get(candidate.level) ?? 0n)))
  return { pieces: [...taken].map(([level, amount]) => ({ level, quantity: amount })), left }
}

export function allocate(quantity: bigint, candidates: readonly AllocationCandidate[], mode: AllocationMode): Allocation {
  const ordered = [...candidates].sort(byPriority)
  const available = ordered.reduce((sum, candidate) => sum + positive(candidate.available), 0n)
  if (mode === 'shipComplete') {
    const whole = ordered.find((candidate) => candidate.available >= quantity) ?? ordered.find((candidate) => candidate.available + candidate.backorderLimit >= quantity)
    return whole ? { pieces: [{ level: whole.level, quantity }], shortfall: 0n, available } : { pieces: [], shortfall: quantity, available }
  }
  const { pieces, left } = split(quantity, ordered)
  return left > 0n ? { pieces: [], shortfall: left, available } : { pieces, shortfall: 0n, available }
}
