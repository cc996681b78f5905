import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { Id } from '../../../src/kit'
import { applyMovement } from '../ledger/apply-movement'
import { outstandingByLevel, RESERVED_KINDS, returnMovement, SHIPPED_KINDS, type MovementKind, type ReturnDisposition } from '../rules/movements'
import { toThousandths } from '../rules/quantities'

type Line = { id?: string | null; status?: string | null; returnDisposition?: ReturnDisposition | null }
type Order = { id: Id; status?: string | null; lines?: Line[] | null }
type MovementDoc = { level: Id; kind: MovementKind; quantity: number; orderLine?: string | null }

/** What happens to a line's stock when the order or the line reaches a status. */
type Step = { line: Line; holds: typeof RESERVED_KINDS | typeof SHIPPED_KINDS; kind: (line: Line) => MovementKind }

const release: Omit<Step, 'line'> = { holds: RESERVED_KINDS, kind: () => 'release' }
const ship: Omit<Step, 'line'> = { holds: RESERVED_KINDS, kind: () => 'shipment' }
const takeBack: Omit<Step, 'line'> = { holds: SHIPPED_KINDS, kind: (line) => returnMovement(line.returnDisposition) }

const LINE_STEPS: Record<string, Omit<Step, 'line'>> = { shipped: ship, delivered: ship, cancelled: release, returned: takeBack }

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
  const steps = stepsOf(doc as Order, previousDoc as Order)
  if (steps.length === 0) return doc
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
  return doc
}
