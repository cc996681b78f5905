/**
 * One level per (product, variant, warehouse). A unique index over the three columns lets every product-level row
 * through twice (PostgreSQL treats NULLs as distinct: `variant` empty), so the level carries one text key in which
 * "no variant" is a value, and that key is unique.
 */
import type { Id } from '../../../src/kit'

export const levelSlot = (product: Id, variant: Id | null, warehouse: Id): string => `${product}|${variant ?? '-'}|${warehouse}`
