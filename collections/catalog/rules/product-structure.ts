/**
 * Simple and configurable products (pure). A configurable product is sold through its variants: it needs a family
 * with at least one variant attribute, and while it has variants neither its type nor its family may change (the
 * variants' values are defined by the family's variant attributes).
 */
import type { Issue } from './attribute-values'

export type ProductType = 'simple' | 'configurable'

export type ProductStructure = {
  type: ProductType
  /** the family's variant attribute count, or null without a family */
  familyVariantAttributes: number | null
  /** variants the product has now (0 on create) */
  variantCount: number
  typeChanged: boolean
  familyChanged: boolean
}

export function checkProductStructure(product: ProductStructure): Issue[] {
  const issues: Issue[] = []
  if (product.variantCount > 0 && product.typeChanged) {
    issues.push({ path: 'type', message: `The product has ${product.variantCount} variants; delete them before making it simple` })
  }
  if (product.variantCount > 0 && product.familyChanged) {
    issues.push({ path: 'family', message: `The product has ${product.variantCount} variants, whose values follow the family; delete them before changing it` })
  }
  if (product.type === 'configurable' && product.familyVariantAttributes === null) {
    issues.push({ path: 'family', message: 'A configurable product needs a family that defines its variant attributes' })
  } else if (product.type === 'configurable' && product.familyVariantAttributes === 0) {
    issues.push({ path: 'family', message: 'The family has no variant attributes, so a configurable product of it could have no variants' })
  }
  return issues
}

/** Only a configurable product has variants. */
export function variantParentProblem(product: { type?: string | null; sku?: string | null } | null): string | null {
  if (!product) return 'The product does not exist'
  if (product.type === 'configurable') return null
  return `${product.sku ? `Product ${product.sku}` : 'The product'} is simple; only configurable products have variants`
}
