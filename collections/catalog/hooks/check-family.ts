import type { CollectionBeforeChangeHook } from 'payload'

import { refuseIssues, type FieldIssue } from '../../../src/kit/errors'
import {
  checkFamilyAttributes,
  removedAttributes,
  toFamilyAttributes,
  variantAttributesChanged,
  type FamilyRow,
} from '../rules/attribute-family'
import { loadAttributeDefinitions } from './load-catalog'
import type { Id } from '../../../src/kit/ids'

/**
 * Validates a family's attribute list; on update also refuses changes existing products could not follow: other
 * variant attributes while variants exist, or dropping an attribute products of the family have values for.
 */
export const checkFamilyOnChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'update' && !('attributes' in data)) return data
  const rows = (data.attributes ?? []) as FamilyRow[]
  const definitions = await loadAttributeDefinitions(req, rows.map((row) => row.attribute))
  const issues: FieldIssue[] = checkFamilyAttributes(rows, definitions)
  const familyId = (originalDoc as { id?: Id } | undefined)?.id
  if (operation === 'update' && familyId !== undefined && issues.length === 0) {
    const before = toFamilyAttributes(((originalDoc as { attributes?: FamilyRow[] }).attributes ?? []) as FamilyRow[])
    const after = toFamilyAttributes(rows)
    if (variantAttributesChanged(before, after)) {
      const configurable = await req.payload.find({
        collection: 'products',
        where: { and: [{ family: { equals: familyId } }, { type: { equals: 'configurable' } }] },
        select: { type: true },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      const ids = configurable.docs.map((doc) => doc.id)
      const variants = ids.length
        ? (await req.payload.count({ collection: 'product-variants', where: { product: { in: ids } }, overrideAccess: true, req })).totalDocs
        : 0
      if (variants > 0) {
        issues.push({ path: 'attributes', message: `${variants} variants of this family's products vary by the current variant attributes; they cannot change` })
      }
    }
    const removed = removedAttributes(before, after)
    if (removed.length) {
      const using = await req.payload.count({
        collection: 'products',
        where: { and: [{ family: { equals: familyId } }, { 'attributeValues.attribute': { in: removed } }] },
        overrideAccess: true,
        req,
      })
      if (using.totalDocs > 0) {
        issues.push({ path: 'attributes', message: `${using.totalDocs} products of this family have values for a removed attribute; remove those values first` })
      }
    }
  }
  refuseIssues(issues, 'attribute-families')
  return data
}
