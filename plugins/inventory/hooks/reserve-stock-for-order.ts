import { APIError, type CollectionAfterChangeHook, type PayloadRequest } from 'payload'

import { idOf, type Id } from '../../../src/kit'
import { applyMovement, flipLowStockFlags } from '../ledger/apply-movement'
import { allocate, type AllocationCandidate } from '../rules/allocation'
import { reservationOrder } from '../rules/lock-order'
import { quantityText, toThousandths } from '../rules/quantities'
import { allocationMode, loadCandidates } from './stock-candidates'

type Line = { id?: string | null; product: unknown; variant?: unknown; quantity: number; sku?: string | null; status?: string | null }
export type Order = { id: Id; website?: unknown; status?: string | null; lines?: Line[] | null }

/** Planning reads committed stock; a concurrent order may take it first, so a refused UPDATE re-plans a few times. */
const ATTEMPTS = 3

const shortfall = (index: number, line: Line, available: bigint) => {
  const message = `Only ${quantityText(available)} of ${line.sku ?? 'this product'} available`
  return new APIError(message, 409, { errors: [{ path: `lines.${index}.quantity`, message, available: Number(quantityText(available)) }] }, true)
}

/** Reserves one line; the levels it moved are added to `moved` (their low-stock flags are flipped once, by the caller). */
async function reserveLine(req: PayloadRequest, order: Order, index: number, line: Line, candidates: AllocationCandidate[], moved: Id[]): Promise<void> {
  const mode = await allocationMode(req)
  let remaining = toThousandths(line.quantity, `lines.${index}.quantity`)
  for (let attempt = 0; attempt < ATTEMPTS && remaining > 0n; attempt++) {
    const plan = allocate(remaining, candidates, mode)
    if (plan.shortfall > 0n) throw shortfall(index, line, plan.available)
    for (const piece of plan.pieces) {
      const outcome = await applyMovement(req, { level: piece.level, kind: 'reservation', quantity: piece.quantity, order: order.id, orderLine: line.id ?? null }, { deferLowStock: true })
      const candidate = candidates.find((each) => each.level === piece.level)
      if (candidate) candidate.available = outcome.available
      if (!outcome.applied) break
      moved.push(piece.level)
      remaining -= piece.quantity
    }
  }
  if (remaining > 0n) throw shortfall(index, line, candidates.reduce((sum, each) => sum + (each.available > 0n ? each.available : 0n), 0n))
}

/** Reserves the stock of the order's lines at `indexes` (all lines when omitted), in the request's transaction. */
export async function reserveLines(req: PayloadRequest, order: Order, indexes?: ReadonlySet<number>): Promise<void> {
  const lines = order.lines ?? []
  const products = [...new Set(lines.map((line) => idOf(line.product)).filter((id): id is Id => id !== null))]
  const candidatesOf = await loadCandidates(req, products, idOf(order.website))
  const moved: Id[] = []
  // by product, not line order: orders sharing products then lock their levels in one order (rules/lock-order.ts)
  for (const index of reservationOrder(lines.map((line) => ({ product: idOf(line.product), variant: idOf(line.variant) })))) {
    const line = lines[index]
    const product = idOf(line.product)
    if (product === null || (indexes && !indexes.has(index))) continue
    const { managed, candidates } = candidatesOf(product, idOf(line.variant))
    if (!managed) continue
    await reserveLine(req, order, index, line, candidates, moved)
  }
  await flipLowStockFlags(req, moved)
}

/**
 * Reserves every line's stock in the order's own transaction, on every create path (REST, GraphQL, admin, checkout):
 * one conditional UPDATE per level; a shortfall answers 409 naming `lines.N.quantity` and the whole order rolls
 * back. Products without tracked levels are not managed by inventory and pass.
 */
export const reserveStockForOrder: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create') await reserveLines(req, doc as Order)
  return doc
}
