/**
 * Loads what the catalog rules need (attribute definitions, a family's attribute list, a product) through the
 * request, so reads join the operation's transaction. Plain data out: the rules never see Payload documents.
 */
import type { PayloadRequest } from 'payload'

import type { AttributeDefinition, AttributeType, FamilyAttribute } from '../rules/attribute-values'
import { toFamilyAttributes, type FamilyRow } from '../rules/attribute-family'
import { idOf } from '../../../src/kit/ids'
import type { Id } from '../../../src/kit/ids'

type AttributeDoc = { id: Id; code: string; type: AttributeType; options?: Array<{ value: string }> | null }

export async function loadAttributeDefinitions(req: PayloadRequest, ids: readonly unknown[]): Promise<Map<string, AttributeDefinition>> {
  const wanted = [...new Set(ids.map(idOf).filter((id): id is Id => id !== null))]
  if (!wanted.length) return new Map()
  const found = await req.payload.find({
    collection: 'attributes',
    where: { id: { in: wanted } },
    select: { code: true, type: true, options: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(
    (found.docs as unknown as AttributeDoc[]).map((doc) => [
      String(doc.id),
      { id: doc.id, code: doc.code, type: doc.type, options: (doc.options ?? []).map((option) => option.value) },
    ]),
  )
}

export type LoadedFamily = { id: Id; code: string; attributes: FamilyAttribute[] }

/** The family's attribute list, or null when `id` names no family. */
export async function loadFamily(req: PayloadRequest, id: unknown): Promise<LoadedFamily | null> {
  const familyId = idOf(id)
  if (familyId === null) return null
  const doc = await req.payload.findByID({
    collection: 'attribute-families',
    id: familyId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!doc) return null
  const family = doc as unknown as { id: Id; code: string; attributes?: FamilyRow[] | null }
  return { id: family.id, code: family.code, attributes: toFamilyAttributes(family.attributes ?? []) }
}

export type LoadedProduct = { id: Id; sku: string; type: 'simple' | 'configurable'; family: Id | null }

export async function loadProduct(req: PayloadRequest, id: unknown): Promise<LoadedProduct | null> {
  const productId = idOf(id)
  if (productId === null) return null
  const doc = await req.payload.findByID({
    collection: 'products',
    id: productId,
    select: { sku: true, type: true, family: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!doc) return null
  const product = doc as unknown as { id: Id; sku: string; type?: 'simple' | 'configurable' | null; family?: unknown }
  return { id: product.id, sku: product.sku, type: product.type ?? 'simple', family: idOf(product.family) }
}
