import type { CollectionBeforeChangeHook } from 'payload'

import { refuseIssues, validationError, type FieldIssue } from '../../../src/kit/errors'
import { checkVariantValues, type ValueRow } from '../rules/attribute-values'
import { variantParentProblem } from '../rules/product-structure'
import { loadAttributeDefinitions, loadFamily, loadProduct } from './load-catalog'
import { idOf } from '../../../src/kit/ids'
import type { Id } from '../../../src/kit/ids'

const COLLECTION = 'product-variants'
const STRUCTURE_FIELDS = ['product', 'variantValues']

type VariantData = { id?: Id; product?: unknown; variantValues?: Array<ValueRow & { id?: string }> | null }

/**
 * A variant belongs to a configurable product and carries exactly one valid value for each variant attribute of
 * that product's family; no two variants of a product share a combination (also a unique index on
 * product + combination, against races).
 */
export const checkVariantOnChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'update' && !STRUCTURE_FIELDS.some((field) => field in data)) return data
  const variant = { ...(operation === 'update' ? originalDoc : {}), ...data } as VariantData
  const product = await loadProduct(req, variant.product)
  const parentProblem = variantParentProblem(product)
  if (parentProblem || !product) throw validationError([{ path: 'product', message: parentProblem ?? 'The product does not exist' }], COLLECTION)
  const family = await loadFamily(req, product.family)
  if (!family) throw validationError([{ path: 'product', message: `Product ${product.sku} has no family to define its variants` }], COLLECTION)
  const rows = (variant.variantValues ?? []).map((row) => ({ ...row, attribute: idOf(row.attribute) }))
  const definitions = await loadAttributeDefinitions(req, [...rows.map((row) => row.attribute), ...family.attributes.map((entry) => entry.attribute)])
  const checked = checkVariantValues({ family: family.attributes, definitions, rows })
  const issues: FieldIssue[] = [...checked.issues]
  if (issues.length === 0) {
    const twins = await req.payload.find({
      collection: 'product-variants',
      where: {
        and: [
          { product: { equals: product.id } },
          { combination: { equals: checked.combination } },
          ...(variant.id !== undefined ? [{ id: { not_equals: variant.id } }] : []),
        ],
      },
      select: { sku: true },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    const twin = twins.docs[0] as { sku?: string } | undefined
    if (twin) {
      issues.push({ path: 'variantValues', message: `Variant ${twin.sku} of this product already has ${checked.combination.replaceAll('|', ', ')}` })
    }
  }
  refuseIssues(issues, COLLECTION)
  return {
    ...data,
    variantValues: rows.map((row, index) => ({ ...row, ...checked.rows[index] })),
    combination: checked.combination,
  }
}
