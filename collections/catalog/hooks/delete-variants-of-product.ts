import type { CollectionBeforeDeleteHook } from 'payload'

/** A variant cannot outlive its product: deleting a product deletes its variants in the same transaction. */
export const deleteVariantsOfProduct: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'product-variants', where: { product: { equals: id } }, overrideAccess: true, req })
}
