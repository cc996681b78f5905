import type { CollectionBeforeChangeHook, PayloadRequest, Where } from 'payload'

import { refuseIssues, type FieldIssue } from '../../../src/kit/errors'
import { checkAttributeDefinition, removedOptionValues, type AttributeInput } from '../rules/attribute-definition'
import { valueKey } from '../rules/attribute-values'
import type { Id } from '../../../src/kit/ids'

/** How many products and variants store a value of this attribute (optionally: one of these values). */
export async function countAttributeUse(req: PayloadRequest, id: Id, keys?: string[]): Promise<number> {
  const where = (prefix: 'attributeValues' | 'variantValues'): Where =>
    keys ? { [`${prefix}.key`]: { in: keys } } : { [`${prefix}.attribute`]: { equals: id } }
  const products = await req.payload.count({ collection: 'products', where: where('attributeValues'), overrideAccess: true, req })
  const variants = await req.payload.count({ collection: 'product-variants', where: where('variantValues'), overrideAccess: true, req })
  return products.totalDocs + variants.totalDocs
}

/**
 * Validates an attribute definition; on update also refuses what would invalidate stored values: a new code (the
 * code is part of every stored `key`), a new type, or removing options products or variants use.
 */
export const checkAttributeDefinitionOnChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const before = (originalDoc ?? {}) as AttributeInput & { id?: Id }
  const after = { ...before, ...data } as AttributeInput
  const issues: FieldIssue[] = checkAttributeDefinition(after)
  if (operation === 'update' && before.id !== undefined) {
    if ('code' in data && data.code !== before.code) {
      issues.push({ path: 'code', message: `The code "${String(before.code)}" is fixed once created: storefront filters use it` })
    }
    if (after.type !== before.type && (await countAttributeUse(req, before.id)) > 0) {
      issues.push({ path: 'type', message: `Products or variants have values for "${String(before.code)}"; its type cannot change` })
    }
    const removed = removedOptionValues(before, after)
    if (removed.length && typeof before.code === 'string') {
      const used = await countAttributeUse(req, before.id, removed.map((value) => valueKey(before.code as string, value)))
      if (used > 0) {
        issues.push({ path: 'options', message: `${used} products or variants use the removed options ${removed.join(', ')}; change them first` })
      }
    }
  }
  refuseIssues(issues, 'attributes')
  return data
}
