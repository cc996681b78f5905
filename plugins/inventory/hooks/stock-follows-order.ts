import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { idOf, type Id } from '../../../src/kit'
import { applyMovement } from '../ledger/apply-movement'
import { outstandingByLevel, RESERVED_KINDS, returnMovement, SHIPPED_KINDS, type MovementKind, type ReturnDisposition } from '../rules/movements'
import { toThousandths } from '../rules/quantities'
import { reserveLines, type Order as ReservedOrder } from './reserve-stock-for-order'

type Line = { id?: string | null; status?: string | null; returnDisposition?: ReturnDisposition | null; product?: unknown; variant?: unknown; quantity?: number }
type Order = { id: Id; status?: string | null; lines?: Line[] | null }
type MovementDoc = { level: Id; kind: MovementKind; quantity: number; orderLine?: string | null }

/** What happens to a line's stock when the order or the line reaches a status. */
type Step = { line: Line; holds: typeof RESERVED_KINDS | typeof SHIPPED_KINDS; kind: (line: Line) => MovementKind }

const release: Omit<Step, 'line'> = { holds: RESERVED_KINDS, kind: () => 'release' }
const ship: Omit<Step, 'line'> = { holds: RESERVED_KINDS, kind: () => 'shipment' }
const takeBack: Omit<Step, 'line'> = { holds: SHIPPED_KINDS, kind: (line) => returnMovement(line.returnDisposition) }

const LINE_STEPS: Record<string, Omit<Step, 'line'>> = { shipped: ship, delivered: ship, cancelled: release, returned: takeBack }

/** Lines still waiting to ship hold reservations that follow what was ordered. */
const OPEN_LINE_STATUSES = new Set(['pending', 'allocated'])

const sameItem = (a: Line, b: Line) => String(idOf(a.product)) === String(idOf(b.product)) && String(idOf(a.variant)) === String(idOf(b.variant)) && Number(a.quantity) === Number(b.quantity)

/**
 * An editable order whose lines changed (quantity, product, added, removed) re-reserves them: what a changed or
 * removed line held is released, and the changed and added lines are reserved again (409 naming the line when short).
 */
function rebooked(order: Order, before: Order): { release: Line[]; reserve: Set<number> } {
  if (order.status === 'cancelled' || before.status === 'cancelled') return { release: [], reserve: new Set() }
  const previous = new Map((before.lines ?? []).map((line) => [line.id, line]))
  const current = new Set((order.lines ?? []).map((line) => line.id))
  const release: Line[] = (before.lines ?? []).filter((line) => !current.has(line.id))
  const reserve = new Set<number>()
  for (const [index, line] of (order.lines ?? []).entries()) {
    const was = previous.get(line.id)
    if (!OPEN_LINE_STATUSES.has(line.status ?? 'pending')) continue
    if (was && sameItem(was, line)) continue
    if (was) release.push(was)
    reserve.add(index)
  }
  return { release, reserve }
}

function stepsOf(order: Order, before: Order): Step[] {
  if (order.status === 'cancelled' && before.status !== 'cancelled') return (order.lines ?? []).map((line) => ({ line, ...release }))
  const previous = new Map((before.lines ?? []).map((line) => [line.id, line]))
  return (order.lines ?? []).flatMap((line) => {
    const was = previous.get(line.id)
    const step = was && was.status !== line.status && line.status ? LINE_STEPS[line.status] : undefined
    return step ? [{ line, ...step }] : []
  })
}

async function movementsOf(req: PayloadRequest, order: Id): Promise<MovementDoc[]> {
  const found = await req.payload.find({
    collection: 'stock-movements',
    where: { order: { equals: order } },
    pagination: false,
    depth: 0,
    select: { level: true, kind: true, quantity: true, orderLine: true },
    overrideAccess: true,
    req,
  })
  return found.docs as unknown as MovementDoc[]
}

/**
 * Stock follows the order, in the order's transaction: cancelling it releases what its lines still hold; a line
 * shipped (or delivered) moves its reservation out of on hand; a line cancelled releases it; a line returned comes
 * back to stock or is written off, as its `returnDisposition` says. The amounts come from the order's own movements.
 */
export const stockFollowsOrder: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !previousDoc) return doc
  const changed = rebooked(doc as Order, previousDoc as Order)
  const steps = [...stepsOf(doc as Order, previousDoc as Order), ...changed.release.map((line) => ({ line, ...release }))]
  if (steps.length === 0 && changed.reserve.size === 0) return doc
  const movements = await movementsOf(req, (doc as Order).id)
  for (const step of steps) {
    const own = movements
      .filter((movement) => movement.orderLine === step.line.id)
      .map((movement) => ({ level: String(movement.level), kind: movement.kind, quantity: toThousandths(movement.quantity) }))
    for (const [level, quantity] of outstandingByLevel(own, step.holds)) {
      const outcome = await applyMovement(req, {
        level,
        kind: step.kind(step.line),
        quantity,
        order: (doc as Order).id,
        orderLine: step.line.id ?? null,
        user: req.user?.collection === 'users' ? req.user.id : null,
      })
      if (!outcome.applied) throw new Error(`inventory: level ${level} no longer holds what order ${(doc as Order).id} reserved`)
    }
  }
  if (changed.reserve.size > 0) await reserveLines(req, doc as ReservedOrder, changed.reserve)
  return doc
}
