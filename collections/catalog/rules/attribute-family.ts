/**
 * A product family ("product class"): which attributes its products have, which are required, and which ones the
 * variants of a configurable product differ by (pure).
 */
import { VARIANT_ATTRIBUTE_TYPES, type AttributeDefinition, type FamilyAttribute, type Issue } from './attribute-values'
import type { Id } from '../../../src/kit/ids'

export type FamilyRow = { attribute?: Id | null; required?: boolean | null; isVariantAttribute?: boolean | null }

/** Each attribute once; variant attributes only of a type a variant can take exactly one value of. */
export function checkFamilyAttributes(rows: readonly FamilyRow[], definitions: ReadonlyMap<string, AttributeDefinition>): Issue[] {
  const issues: Issue[] = []
  const seen = new Set<string>()
  rows.forEach((row, index) => {
    if (row.attribute === null || row.attribute === undefined) return // the field's own `required` reports it
    const attribute = definitions.get(String(row.attribute))
    if (!attribute) {
      issues.push({ path: `attributes.${index}.attribute`, message: `Attribute ${row.attribute} does not exist` })
      return
    }
    if (seen.has(String(row.attribute))) {
      issues.push({ path: `attributes.${index}.attribute`, message: `"${attribute.code}" is listed twice` })
    }
    seen.add(String(row.attribute))
    if (row.isVariantAttribute && !VARIANT_ATTRIBUTE_TYPES.includes(attribute.type)) {
      issues.push({
        path: `attributes.${index}.isVariantAttribute`,
        message: `Variants can differ by ${VARIANT_ATTRIBUTE_TYPES.join(', ')} attributes, not by the ${attribute.type} "${attribute.code}"`,
      })
    }
  })
  return issues
}

export const toFamilyAttributes = (rows: readonly FamilyRow[]): FamilyAttribute[] =>
  rows
    .filter((row) => row.attribute !== null && row.attribute !== undefined)
    .map((row) => ({ attribute: row.attribute as Id, required: row.required === true, isVariantAttribute: row.isVariantAttribute === true }))

const variantSet = (rows: readonly FamilyAttribute[]) =>
  rows.filter((row) => row.isVariantAttribute).map((row) => String(row.attribute)).sort().join(',')

/** True when the attributes variants differ by are not the same before and after (existing variants would break). */
export const variantAttributesChanged = (before: readonly FamilyAttribute[], after: readonly FamilyAttribute[]) =>
  variantSet(before) !== variantSet(after)

/** Attributes in the family before and not after: products' stored values for them would no longer be allowed. */
export const removedAttributes = (before: readonly FamilyAttribute[], after: readonly FamilyAttribute[]): Id[] => {
  const kept = new Set(after.map((row) => String(row.attribute)))
  return before.filter((row) => !kept.has(String(row.attribute))).map((row) => row.attribute)
}
