/**
 * Seeds the demo catalog through the local API (every catalog rule runs), English first, then the German texts.
 * Returns products and variants by SKU, for the demo order.
 */
import type { Payload } from 'payload'

import { DEMO_ATTRIBUTES, DEMO_BRANDS, DEMO_CATALOG, DEMO_CATEGORIES, DEMO_FAMILIES, type DemoValue } from './demo-catalog-data'

const local = { overrideAccess: true, depth: 0 } as const

type Ids = Map<string, number>
type Currencies = { usd: number; eur: number }

/** Attribute values as rows: one per value, one per chosen option of a multiselect. */
const valueRows = (values: Record<string, DemoValue> | undefined, attributes: Ids) =>
  Object.entries(values ?? {}).flatMap(([code, value]) =>
    (Array.isArray(value) ? value : [value]).map((item) => ({ attribute: attributes.get(code)!, value: String(item) })),
  )

const basePrices = ([usdAmount, eurAmount]: [number, number], { usd, eur }: Currencies) => [
  { currency: usd, amount: usdAmount },
  { currency: eur, amount: eurAmount },
]

async function seedAttributes(payload: Payload): Promise<Ids> {
  const ids: Ids = new Map()
  for (const { label, options, ...attribute } of DEMO_ATTRIBUTES) {
    const created = await payload.create({
      collection: 'attributes',
      data: { ...attribute, label: label[0], options: options?.map(([value, en]) => ({ value, label: en })) },
      ...local,
    })
    // The German texts: the same option rows (by id), German labels.
    const rows = (created.options ?? []).map((row, index) => ({ id: row.id, value: row.value, label: options![index][2] }))
    await payload.update({ collection: 'attributes', id: created.id, locale: 'de', data: { label: label[1], ...(rows.length ? { options: rows } : {}) }, ...local })
    ids.set(attribute.code, created.id)
  }
  return ids
}

async function seedFamilies(payload: Payload, attributes: Ids): Promise<Ids> {
  const ids: Ids = new Map()
  for (const family of DEMO_FAMILIES) {
    const created = await payload.create({
      collection: 'attribute-families',
      data: {
        code: family.code,
        name: family.name[0],
        attributes: family.attributes.map(([code, required, isVariantAttribute]) => ({ attribute: attributes.get(code)!, required, isVariantAttribute })),
      },
      ...local,
    })
    await payload.update({ collection: 'attribute-families', id: created.id, locale: 'de', data: { name: family.name[1] }, ...local })
    ids.set(family.code, created.id)
  }
  return ids
}

async function seedCategories(payload: Payload): Promise<Ids> {
  const ids: Ids = new Map()
  for (const [key, en, de, parent] of DEMO_CATEGORIES) {
    const created = await payload.create({
      collection: 'categories',
      data: { title: en, slug: key, parent: parent ? ids.get(parent) : undefined, sortOrder: ids.size },
      ...local,
    })
    await payload.update({ collection: 'categories', id: created.id, locale: 'de', data: { title: de }, ...local })
    ids.set(key, created.id)
  }
  return ids
}

export async function seedCatalog(payload: Payload, currencies: Currencies) {
  const attributes = await seedAttributes(payload)
  const families = await seedFamilies(payload, attributes)
  const categories = await seedCategories(payload)
  const brands: Ids = new Map()
  for (const brand of DEMO_BRANDS) brands.set(brand.code, (await payload.create({ collection: 'brands', data: brand, ...local })).id)

  const products: Ids = new Map()
  const variants: Ids = new Map()
  for (const product of DEMO_CATALOG) {
    const created = await payload.create({
      collection: 'products',
      data: {
        sku: product.sku,
        name: product.name[0],
        type: product.variants ? 'configurable' : 'simple',
        status: 'active',
        family: product.family ? families.get(product.family) : undefined,
        brand: brands.get(product.brand),
        categories: [categories.get(product.category)!],
        unit: product.unit ?? 'item',
        weight: product.weight,
        basePrices: basePrices(product.prices, currencies),
        attributeValues: valueRows(product.values, attributes),
      },
      ...local,
    })
    await payload.update({ collection: 'products', id: created.id, locale: 'de', data: { name: product.name[1] }, ...local })
    products.set(product.sku, created.id)
    for (const variant of product.variants ?? []) {
      const createdVariant = await payload.create({
        collection: 'product-variants',
        data: {
          product: created.id,
          sku: variant.sku,
          name: variant.name?.[0],
          status: 'active',
          variantValues: valueRows(variant.values, attributes),
          basePrices: variant.prices ? basePrices(variant.prices, currencies) : [],
        },
        ...local,
      })
      if (variant.name) {
        await payload.update({ collection: 'product-variants', id: createdVariant.id, locale: 'de', data: { name: variant.name[1] }, ...local })
      }
      variants.set(variant.sku, createdVariant.id)
    }
  }
  return { products, variants, categories, attributes, families }
}
