/**
 * The one way a level changes: a conditional UPDATE of the level inside the request's transaction (never
 * read-then-write), the movement row beside it (write-movement.ts), and the low-stock flag flipped in the same
 * transaction (emitting `stock.low` once per crossing). An order's reservation is the one batch: all its levels in
 * one statement of the same kind (reserve-levels.ts).
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { emitDomainEvent, idOf, type Id } from '../../../src/kit'
import { STOCK_LOW, type StockLow } from '../events'
import { movementDeltas, type MovementKind } from '../rules/movements'
import { quantityText, toThousandths } from '../rules/quantities'
import { serialIdOf, transactionOf } from '../../../src/kit'
import { writeMovement, type MovementRow } from './write-movement'

type Row = Record<string, unknown>

export type Movement = {
  level: Id
  kind: MovementKind
  /** thousandths; > 0 except for adjustments, which may be negative */
  quantity: bigint
  reason?: string | null
  order?: Id | null
  orderLine?: string | null
  transfer?: Id | null
  user?: Id | null
}

export type MovementOutcome = { applied: true; available: bigint } | { applied: false; available: bigint }

const num = (value: bigint) => sql`${quantityText(value)}::numeric`

/**
 * What must hold after the change, or nothing changes: availability never below minus the backorder limit when it
 * decreases (tracked levels), reserved never negative.
 */
function guardOf(kind: MovementKind, availableDelta: bigint, reservedDelta: bigint) {
  if (reservedDelta < 0n) return sql`reserved + ${num(reservedDelta)} >= 0`
  if (availableDelta < 0n && kind !== 'shipment') return sql`(not coalesce(tracked, true) or available + ${num(availableDelta)} >= -coalesce(backorder_limit, 0))`
  return sql`true`
}

/** The ledger row of `movement` on a level of `product` in `warehouse`. */
export function movementRow(movement: Movement, level: { product: Id | null; warehouse: Id | null }): MovementRow {
  const deltas = movementDeltas(movement.kind, movement.quantity)
  return {
    level: Number(movement.level),
    product: level.product as number | null,
    warehouse: level.warehouse as number | null,
    kind: movement.kind,
    quantity: Number(quantityText(movement.quantity)),
    onHandDelta: Number(quantityText(deltas.onHand)),
    reservedDelta: Number(quantityText(deltas.reserved)),
    reason: movement.reason ?? null,
    order: (movement.order ?? null) as number | null,
    orderLine: movement.orderLine ?? null,
    transfer: (movement.transfer ?? null) as number | null,
    user: (movement.user ?? null) as number | null,
  }
}

export async function applyMovement(req: PayloadRequest, movement: Movement): Promise<MovementOutcome> {
  const tx = await transactionOf(req, 'a stock movement')
  const deltas = movementDeltas(movement.kind, movement.quantity)
  const availableDelta = deltas.onHand - deltas.reserved
  const updated = await tx.execute(sql`
    update inventory_levels
       set on_hand = on_hand + ${num(deltas.onHand)},
           reserved = reserved + ${num(deltas.reserved)},
           available = available + ${num(availableDelta)},
           updated_at = now()
     where id = ${movement.level} and ${guardOf(movement.kind, availableDelta, deltas.reserved)}
     returning product_id, variant_id, warehouse_id, available`)
  const row: Row | undefined = updated.rows[0]
  if (!row) {
    const current = await tx.execute(sql`select available from inventory_levels where id = ${movement.level}`)
    return { applied: false, available: toThousandths(current.rows[0]?.available ?? 0) }
  }
  await writeMovement(req, tx, movementRow(movement, { product: idOf(row.product_id), warehouse: idOf(row.warehouse_id) }))
  await flipLowStockFlags(req, [movement.level])
  return { applied: true, available: toThousandths(row.available) }
}

/**
 * Sets or clears each level's flag when available crossed the threshold, in one statement; only a flip to low emits
 * `stock.low` (once per level, in the order given).
 */
async function flipLowStockFlags(req: PayloadRequest, levels: readonly Id[]): Promise<void> {
  const ids = [...new Set(levels.map((level) => serialIdOf(level)).filter((id): id is number => id !== null))]
  if (ids.length === 0) return
  const tx = await transactionOf(req, 'a stock movement')
  const flipped = await tx.execute(sql`
    update inventory_levels
       set low_stock = (available <= coalesce(low_stock_threshold, 0))
     where id = any(string_to_array(${ids.join(',')}, ',')::int[]) and coalesce(tracked, true)
       and coalesce(low_stock, false) is distinct from (available <= coalesce(low_stock_threshold, 0))
     returning id, low_stock, product_id, variant_id, warehouse_id, available, low_stock_threshold`)
  const low = new Map(flipped.rows.filter((row) => row.low_stock === true).map((row) => [Number(row.id), row]))
  for (const id of ids) {
    const row = low.get(id)
    if (!row) continue
    await emitStockLow(req, {
      level: levels.find((level) => serialIdOf(level) === id) ?? id,
      product: idOf(row.product_id),
      variant: idOf(row.variant_id),
      warehouse: idOf(row.warehouse_id),
      available: Number(row.available),
      threshold: Number(row.low_stock_threshold ?? 0),
    })
  }
}

/** `stock.low` for a level whose flag has just flipped to low, in the transaction that flipped it. */
export const emitStockLow = (req: PayloadRequest, facts: StockLow): Promise<void> => emitDomainEvent(req, STOCK_LOW, facts).then(() => undefined)
