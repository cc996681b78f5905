/** One price per slot (list, product, variant, unit, minimum quantity, currency): a readable 400 before the unique index. */
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { idOf, parseDecimal, QUANTITY_SCALE } from '../../../src/kit'
import { PRODUCT_PRICES_SLUG } from '../collections/slugs'

type PriceData = { priceList?: unknown; product?: unknown; variant?: unknown; unit?: unknown; minQuantity?: unknown; currency?: unknown; slot?: string }

export const priceSlotOf = (price: PriceData): string => {
  let minQuantity = String(price.minQuantity ?? 1)
  try {
    minQuantity = parseDecimal(price.minQuantity ?? 1, QUANTITY_SCALE).toString()
  } catch {
    // the field's own validation reports a malformed quantity
  }
  const currency = String(price.currency ?? '').toUpperCase()
  return [idOf(price.priceList), idOf(price.product), idOf(price.variant) ?? '', price.unit ?? 'item', minQuantity, currency].join('|')
}

export const stampPriceSlot: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...(originalDoc as PriceData | undefined), ...(data as PriceData) }
  if (typeof merged.currency === 'string') data.currency = merged.currency.toUpperCase()
  data.slot = priceSlotOf(merged)
  // whatever the API writes is a price entered by hand (rules write with SQL): it beats a generated one
  data.generated = false
  return data
}

export const refusePriceSlotTaken: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const taken = await req.payload.find({
    collection: PRODUCT_PRICES_SLUG,
    where: { slot: { equals: data.slot } },
    limit: 1,
    depth: 0,
    select: { slot: true, generated: true },
    overrideAccess: true,
    req,
  })
  const other = taken.docs.find((doc) => String(doc.id) !== String((originalDoc as { id?: unknown } | undefined)?.id))
  if (other?.generated) {
    await req.payload.delete({ collection: PRODUCT_PRICES_SLUG, id: other.id, overrideAccess: true, req })
  } else if (other) {
    throw new ValidationError({
      collection: PRODUCT_PRICES_SLUG,
      errors: [{ path: 'minQuantity', message: `This list already has a price for this product, variant, unit, minimum quantity and currency (price ${other.id})` }],
    })
  }
  return data
}
