/**
 * Catalog records others depend on cannot be deleted while in use: the database would otherwise null the
 * references and leave products with values of no attribute, or variants outside their product's family.
 */
import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { countAttributeUse } from './check-attribute-definition'

const inUse = (message: string) => new APIError(message, 409, undefined, true)

export const refuseDeletingUsedAttribute: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const families = await req.payload.count({ collection: 'attribute-families', where: { 'attributes.attribute': { equals: id } }, overrideAccess: true, req })
  if (families.totalDocs > 0) throw inUse(`Attribute ${id} belongs to ${families.totalDocs} product families; remove it from them first`)
  const used = await countAttributeUse(req, id)
  if (used > 0) throw inUse(`Attribute ${id} has values on ${used} products or variants; remove them first`)
}

export const refuseDeletingUsedFamily: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const products = await req.payload.count({ collection: 'products', where: { family: { equals: id } }, overrideAccess: true, req })
  if (products.totalDocs > 0) throw inUse(`${products.totalDocs} products belong to family ${id}; move them to another family first`)
}

export const refuseDeletingCategoryWithChildren: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const children = await req.payload.count({ collection: 'categories', where: { parent: { equals: id } }, overrideAccess: true, req })
  if (children.totalDocs > 0) throw inUse(`Category ${id} has ${children.totalDocs} subcategories; move or delete them first`)
}
