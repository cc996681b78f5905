/**
 * The ledger's kinds of movement and what each does to a level. Every change to on hand or reserved is one movement
 * row; a level always equals the sum of its movements (the ledger check proves it).
 */
export const MOVEMENT_KINDS = [
  'receipt',
  'reservation',
  'release',
  'shipment',
  'return',
  'return-damaged',
  'return-broken',
  'adjustment',
  'transfer-out',
  'transfer-in',
] as const
export type MovementKind = (typeof MOVEMENT_KINDS)[number]

export const RETURN_DISPOSITIONS = ['restock', 'damaged', 'broken'] as const
export type ReturnDisposition = (typeof RETURN_DISPOSITIONS)[number]

export type Deltas = { onHand: bigint; reserved: bigint }

/**
 * The change a movement of `quantity` (thousandths, > 0; an adjustment may be negative) makes. A return written off
 * as damaged or broken is recorded but never re-enters sellable stock.
 */
export function movementDeltas(kind: MovementKind, quantity: bigint): Deltas {
  switch (kind) {
    case 'receipt':
    case 'return':
    case 'transfer-in':
    case 'adjustment':
      return { onHand: quantity, reserved: 0n }
    case 'reservation':
      return { onHand: 0n, reserved: quantity }
    case 'release':
      return { onHand: 0n, reserved: -quantity }
    case 'shipment':
      return { onHand: -quantity, reserved: -quantity }
    case 'transfer-out':
      return { onHand: -quantity, reserved: 0n }
    case 'return-damaged':
    case 'return-broken':
      return { onHand: 0n, reserved: 0n }
  }
}

/** The movement a returned line makes, as its return disposition says. */
export const returnMovement = (disposition: ReturnDisposition | null | undefined): MovementKind =>
  disposition === 'damaged' ? 'return-damaged' : disposition === 'broken' ? 'return-broken' : 'return'

/** How much an order line still holds per level, from its movements: reserved and not yet shipped or released. */
export function outstandingByLevel(movements: ReadonlyArray<{ level: string; kind: MovementKind; quantity: bigint }>, kinds: { add: MovementKind[]; subtract: MovementKind[] }): Map<string, bigint> {
  const result = new Map<string, bigint>()
  for (const movement of movements) {
    const sign = kinds.add.includes(movement.kind) ? 1n : kinds.subtract.includes(movement.kind) ? -1n : 0n
    if (sign !== 0n) result.set(movement.level, (result.get(movement.level) ?? 0n) + sign * movement.quantity)
  }
  for (const [level, quantity] of result) if (quantity <= 0n) result.delete(level)
  return result
}

/** Reserved and not yet shipped or released. */
export const RESERVED_KINDS = { add: ['reservation'], subtract: ['release', 'shipment'] } satisfies Parameters<typeof outstandingByLevel>[1]
/** Shipped and not yet returned. */
export const SHIPPED_KINDS = { add: ['shipment'], subtract: ['return', 'return-damaged', 'return-broken'] } satisfies Parameters<typeof outstandingByLevel>[1]
