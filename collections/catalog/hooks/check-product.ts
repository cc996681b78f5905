import type { CollectionBeforeChangeHook } from 'payload'

import { refuseIssues, type FieldIssue } from '../../../src/kit/errors'
import { checkProductValues, type ValueRow } from '../rules/attribute-values'
import { checkProductStructure, type ProductType } from '../rules/product-structure'
import { loadAttributeDefinitions, loadFamily } from './load-catalog'
import { idOf } from '../../../src/kit/ids'
import type { Id } from '../../../src/kit/ids'

/** Product fields the family rules read; an update touching none of them (a new price, a status) is not rechecked. */
const STRUCTURE_FIELDS = ['attributeValues', 'family', 'type']

type ProductData = { id?: Id; type?: ProductType | null; family?: unknown; attributeValues?: Array<ValueRow & { id?: string }> | null }

/**
 * A product against its family: type and family consistent with its variants, and its attribute values those of
 * the family, valid for their types, every required one present. Stores the values in canonical form with their key.
 */
export const checkProductOnChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'update' && !STRUCTURE_FIELDS.some((field) => field in data)) return data
  const before = (operation === 'update' ? originalDoc : {}) as ProductData
  const product = { ...before, ...data } as ProductData
  const type = product.type ?? 'simple'
  const familyId = idOf(product.family)
  const family = await loadFamily(req, familyId)
  const issues: FieldIssue[] = familyId !== null && !family ? [{ path: 'family', message: `Product family ${familyId} does not exist` }] : []
  const variantCount =
    operation === 'update' && before.id !== undefined
      ? (await req.payload.count({ collection: 'product-variants', where: { product: { equals: before.id } }, overrideAccess: true, req })).totalDocs
      : 0
  issues.push(
    ...checkProductStructure({
      type,
      familyVariantAttributes: family ? family.attributes.filter((entry) => entry.isVariantAttribute).length : null,
      variantCount,
      typeChanged: (before.type ?? 'simple') !== type,
      familyChanged: String(idOf(before.family)) !== String(familyId),
    }),
  )
  const rows = (product.attributeValues ?? []).map((row) => ({ ...row, attribute: idOf(row.attribute) }))
  const definitions = await loadAttributeDefinitions(req, [
    ...rows.map((row) => row.attribute),
    ...(family?.attributes ?? []).map((entry) => entry.attribute),
  ])
  const checked = checkProductValues({ productType: type, family: family?.attributes ?? null, definitions, rows })
  refuseIssues([...issues, ...checked.issues], 'products')
  // No issues: every row has its canonical form at the same index. Row ids are kept, so rows are updated in place.
  return { ...data, attributeValues: rows.map((row, index) => ({ ...row, ...checked.rows[index] })) }
}
