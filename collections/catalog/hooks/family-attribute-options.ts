import type { FilterOptions, PayloadRequest } from 'payload'

import { loadFamily, loadProduct, type LoadedFamily } from './load-catalog'
import { idOf } from '../../../src/kit/ids'
import type { Id } from '../../../src/kit/ids'

const families = new WeakMap<PayloadRequest, Map<string, Promise<LoadedFamily | null>>>()

/** The family, loaded once per request: filterOptions runs for every attribute row of the form. */
function familyOnce(req: PayloadRequest, id: unknown): Promise<LoadedFamily | null> {
  const familyId = idOf(id)
  if (familyId === null) return Promise.resolve(null)
  const loaded = families.get(req) ?? new Map<string, Promise<LoadedFamily | null>>()
  families.set(req, loaded)
  if (!loaded.has(String(familyId))) loaded.set(String(familyId), loadFamily(req, familyId))
  return loaded.get(String(familyId)) as Promise<LoadedFamily | null>
}

const onlyIds = (ids: Id[]) => (ids.length ? { id: { in: ids } } : false)

/**
 * The attribute select of a product's value rows offers the family's attributes only (without the variant
 * attributes on a configurable product, whose variants carry them).
 */
export const productFamilyAttributes: FilterOptions = async ({ data, req }) => {
  const family = await familyOnce(req, data?.family)
  if (!family) return false
  const configurable = data?.type === 'configurable'
  return onlyIds(family.attributes.filter((entry) => !(configurable && entry.isVariantAttribute)).map((entry) => entry.attribute))
}

/** The attribute select of a variant's value rows offers its product family's variant attributes only. */
export const variantFamilyAttributes: FilterOptions = async ({ data, req }) => {
  const product = await loadProduct(req, data?.product)
  const family = product ? await familyOnce(req, product.family) : null
  if (!family) return false
  return onlyIds(family.attributes.filter((entry) => entry.isVariantAttribute).map((entry) => entry.attribute))
}
