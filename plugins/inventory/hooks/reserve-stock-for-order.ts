import { APIError, type CollectionAfterChangeHook, type PayloadRequest } from 'payload'

import { idOf, orderConflict, transactionOf, type Id } from '../../../src/kit'
import { emitStockLow, movementRow } from '../ledger/apply-movement'
import { reserveLevels } from '../ledger/reserve-levels'
import { carriedMovements, writeMovements, type MovementRow } from '../ledger/write-movement'
import { reservationOrder } from '../rules/lock-order'
import { quantityText, toThousandths } from '../rules/quantities'
import { levelTotals, planReservations, type PlannedLine, type ReservationPiece } from '../rules/reservation-plan'
import { allocationMode, loadCandidates, type OrderCandidates } from './stock-candidates'

type Line = { id?: string | null; product: unknown; variant?: unknown; quantity: number; sku?: string | null; status?: string | null }
export type Order = { id: Id; website?: unknown; status?: string | null; lines?: Line[] | null }

/**
 * Planning reads committed stock; a concurrent order may take it first. A refused reservation answers every level's
 * stock as it is now (and keeps it locked), so the order plans again on it a few times.
 */
const ATTEMPTS = 3

const shortfall = (index: number, line: Line, available: bigint) => {
  const message = `Only ${quantityText(available)} of ${line.sku ?? 'this product'} available`
  return new APIError(message, 409, { errors: [{ path: `lines.${index}.quantity`, message, available: Number(quantityText(available)) }] }, true)
}

/** The reservation's ledger: a row per line and level, in the plan's order, each on its level's product and warehouse. */
function reservationRows(order: Order, lines: Line[], pieces: readonly ReservationPiece[], levelOf: OrderCandidates['levelOf']): MovementRow[] {
  return pieces.map((piece) => {
    const movement = { level: piece.level, kind: 'reservation' as const, quantity: piece.quantity, order: order.id, orderLine: lines[piece.index].id ?? null }
    return movementRow(movement, levelOf(piece.level))
  })
}

/**
 * Reserves the stock of the order's lines at `indexes` (all lines when omitted), in the request's transaction: the
 * lines planned together in lock order (rules/reservation-plan.ts), then taken in one statement, all or nothing
 * (ledger/reserve-levels.ts), which also writes their ledger rows when it can, and `stock.low` emitted per crossing.
 */
export async function reserveLines(req: PayloadRequest, order: Order, indexes?: ReadonlySet<number>): Promise<void> {
  const lines = order.lines ?? []
  const products = [...new Set(lines.map((line) => idOf(line.product)).filter((id): id is Id => id !== null))]
  const { candidatesOf, levelOf } = await loadCandidates(req, products, idOf(order.website))
  const planned: PlannedLine[] = []
  // by product, not line order: orders sharing products then plan their levels in one order (rules/lock-order.ts)
  for (const index of reservationOrder(lines.map((line) => ({ product: idOf(line.product), variant: idOf(line.variant) })))) {
    const line = lines[index]
    const product = idOf(line.product)
    if (product === null || (indexes && !indexes.has(index))) continue
    const { managed, candidates } = candidatesOf(product, idOf(line.variant))
    if (managed) planned.push({ index, quantity: toThousandths(line.quantity, `lines.${index}.quantity`), candidates })
  }
  if (planned.length === 0) return
  const mode = await allocationMode(req)
  for (let attempt = 1; ; attempt++) {
    const plan = planReservations(planned, mode)
    if (!plan.ok) throw shortfall(plan.index, lines[plan.index], plan.available)
    const rows = reservationRows(order, lines, plan.pieces, levelOf)
    // the ledger rows go in with the reservation's statement when they can (one round trip), else right after it
    const carried = await carriedMovements(req, rows)
    const reservation = await reserveLevels(req, levelTotals(plan.pieces), carried?.insert)
    if (reservation.applied) {
      if (carried) await carried.finish(reservation.movements)
      else await writeMovements(req, await transactionOf(req, 'a stock reservation'), rows)
      for (const level of reservation.levels.values()) {
        if (!level.becameLow) continue
        const facts = { level: level.level, product: level.product, variant: level.variant, warehouse: level.warehouse }
        await emitStockLow(req, { ...facts, available: Number(quantityText(level.available)), threshold: level.threshold })
      }
      return
    }
    if (attempt >= ATTEMPTS) throw orderConflict()
    for (const line of planned) {
      line.candidates = line.candidates.map((candidate) => ({ ...candidate, available: reservation.levels.get(Number(candidate.level))?.available ?? candidate.available }))
    }
  }
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
