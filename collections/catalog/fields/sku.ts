import type { PayloadRequest, TextField } from 'payload'

import { skuFormatProblem, skuTakenMessage, type SkuHolder } from '../rules/sku'

const SKU_COLLECTIONS = ['products', 'product-variants'] as const

/** Who holds `sku` today, in both collections (through the request, so inside the operation's transaction). */
async function skuHolders(req: PayloadRequest, sku: string): Promise<SkuHolder[]> {
  const holders: SkuHolder[] = []
  for (const collection of SKU_COLLECTIONS) {
    const found = await req.payload.find({
      collection,
      where: { sku: { equals: sku } },
      select: { sku: true },
      depth: 0,
      limit: 2,
      pagination: false,
      overrideAccess: true,
      req,
    })
    holders.push(...found.docs.map((doc) => ({ collection, id: doc.id })))
  }
  return holders
}

/**
 * The SKU field of products and variants: trimmed, no spaces, unique across both collections. The 400 names `sku`
 * and the holder ("SKU "X" is already used by product 12"); the unique index stays as the guard against races.
 */
export const skuField = (collection: SkuHolder['collection']): TextField => ({
  name: 'sku',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  label: 'SKU',
  hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim() : value)] },
  validate: async (value, { req, id, previousValue }) => {
    const problem = skuFormatProblem(value)
    if (problem) return problem
    const sku = (value as string).trim()
    // Saving a document without touching its SKU needs no query.
    if (id !== undefined && sku === previousValue) return true
    const self = id === undefined ? undefined : { collection, id }
    return skuTakenMessage(sku, await skuHolders(req, sku), self) ?? true
  },
})
