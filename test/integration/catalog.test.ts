import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createCatalogBasics } from '../helpers/catalog'
import { ADMIN, createCommerceBasics, createStaff } from '../helpers/fixtures'
import type { Order, Product, ProductVariant } from '../../src/payload-types'
import type { DocResponse, ErrorResponse, GraphQLErrorResponse, GraphQLResponse, GraphQLValidationError, Joined, ListResponse, WithFields } from '../helpers/api-types'
import { startTestApp, type ApiResponse, type TestApp } from '../helpers/payload'

let app: TestApp
let token: string
let basics: Awaited<ReturnType<typeof createCommerceBasics>>
let catalog: Awaited<ReturnType<typeof createCatalogBasics>>

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  catalog = await createCatalogBasics(app.payload)
  token = await app.login(ADMIN.email, ADMIN.password)
})
afterAll(() => app?.close())

const count = async (collection: 'products' | 'product-variants' | 'attributes') =>
  (await app.payload.count({ collection, overrideAccess: true })).totalDocs

/** The `{ path, message }` list of a 400 answer. */
const fieldErrors = (response: ApiResponse<ErrorResponse>) =>
  (response.body.errors[0].data?.errors ?? []).map(({ path, message }: { path: string; message: string }) => ({ path, message }))

const a = () => catalog.attributes

/** A configurable M6 screw product with variants by length (the family also varies by thread size). */
async function configurableScrew(sku: string) {
  const product = await app.rest.post<DocResponse<Product>>('/products', {
    token,
    body: { sku, name: `Hex screw ${sku}`, type: 'configurable', family: catalog.families.fasteners.id, basePrices: [{ currency: basics.usd.id, amount: 1249 }] },
  })
  expect(product.status).toBe(201)
  return product.body.doc
}

const variantBody = (product: number, sku: string, thread: string, length: unknown) => ({
  product,
  sku,
  variantValues: [
    { attribute: a().threadSize.id, value: thread },
    { attribute: a().length.id, value: length },
  ],
})

describe('SKUs are unique across products and variants', () => {
  it('refuses a product SKU another product has, with a 400 naming sku, and writes nothing', async () => {
    const first = await app.rest.post<DocResponse<Product>>('/products', { token, body: { sku: 'DUP-1', name: 'First' } })
    expect(first.status).toBe(201)
    const before = await count('products')
    const second = await app.rest.post<ErrorResponse>('/products', { token, body: { sku: 'DUP-1', name: 'Second' } })
    expect(second.status).toBe(400)
    expect(fieldErrors(second)).toEqual([{ path: 'sku', message: `SKU "DUP-1" is already used by product ${first.body.doc.id}` }])
    expect(await count('products')).toBe(before)
  })

  it('refuses a variant SKU a product has, and a product SKU a variant has', async () => {
    const screw = await configurableScrew('SCR-CFG-1')
    const clash = await app.rest.post<ErrorResponse>('/product-variants', { token, body: variantBody(screw.id, 'SCR-CFG-1', 'm6', 20) })
    expect(clash.status).toBe(400)
    expect(fieldErrors(clash)).toEqual([{ path: 'sku', message: `SKU "SCR-CFG-1" is already used by product ${screw.id}` }])

    const variant = await app.rest.post<DocResponse<ProductVariant>>('/product-variants', { token, body: variantBody(screw.id, 'SCR-CFG-1-20', 'm6', 20) })
    expect(variant.status).toBe(201)
    const before = await count('products')
    const product = await app.rest.post<ErrorResponse>('/products', { token, body: { sku: 'SCR-CFG-1-20', name: 'Taken' } })
    expect(product.status).toBe(400)
    expect(fieldErrors(product)).toEqual([{ path: 'sku', message: `SKU "SCR-CFG-1-20" is already used by product variant ${variant.body.doc.id}` }])
    expect(await count('products')).toBe(before)
  })

  it('lets a product keep its SKU on update and refuses taking another one', async () => {
    const product = await app.rest.post<DocResponse<Product>>('/products', { token, body: { sku: ' KEEP-1 ', name: 'Keeper' } })
    expect(product.body.doc.sku).toBe('KEEP-1')
    expect((await app.rest.patch(`/products/${product.body.doc.id}`, { token, body: { sku: 'KEEP-1', name: 'Keeper 2' } })).status).toBe(200)
    const taken = await app.rest.patch<ErrorResponse>(`/products/${product.body.doc.id}`, { token, body: { sku: 'DUP-1' } })
    expect(taken.status).toBe(400)
    expect(fieldErrors(taken)[0]).toMatchObject({ path: 'sku', message: expect.stringContaining('"DUP-1" is already used') })
    expect((await app.payload.findByID({ collection: 'products', id: product.body.doc.id, overrideAccess: true })).sku).toBe('KEEP-1')
  })

  it('refuses a SKU with spaces', async () => {
    const response = await app.rest.post<ErrorResponse>('/products', { token, body: { sku: 'SCR M6', name: 'Spaced' } })
    expect(response.status).toBe(400)
    expect(fieldErrors(response)).toEqual([{ path: 'sku', message: expect.stringContaining('contains spaces') }])
  })
})

describe('product attribute values follow the family', () => {
  it('stores values in canonical form with a code:value key', async () => {
    const response = await app.rest.post<DocResponse<WithFields<Product, { attributeValues: Array<{ value: string; key: string }> }>>>('/products', {
      token,
      body: {
        sku: 'SCR-M6-40',
        name: 'Hex screw M6 × 40 mm',
        family: catalog.families.fasteners.id,
        attributeValues: [
          { attribute: a().threadSize.id, value: 'm6' },
          { attribute: a().length.id, value: 40 },
          { attribute: a().coated.id, value: true },
          { attribute: a().color.id, value: 'black' },
          { attribute: a().color.id, value: 'blue' },
          { attribute: a().material.id, value: ' stainless A2 ' },
        ],
      },
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.attributeValues.map(({ value, key }: { value: string; key: string }) => [value, key])).toEqual([
      ['m6', 'thread-size:m6'],
      ['40', 'length:40'],
      ['true', 'coated:true'],
      ['black', 'color:black'],
      ['blue', 'color:blue'],
      ['stainless A2', 'material:stainless A2'],
    ])
  })

  it('names each bad row and writes nothing', async () => {
    const before = await count('products')
    const response = await app.rest.post<ErrorResponse>('/products', {
      token,
      body: {
        sku: 'SCR-BAD',
        name: 'Bad screw',
        family: catalog.families.fasteners.id,
        attributeValues: [
          { attribute: a().threadSize.id, value: 'm7' },
          { attribute: a().size.id, value: 'l' },
          { attribute: a().coated.id, value: 'maybe' },
        ],
      },
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response)).toEqual([
      { path: 'attributeValues.0.value', message: '"m7" is not an option of "thread-size" (m4, m6, m8)' },
      { path: 'attributeValues.1.attribute', message: '"size" is not an attribute of the product\'s family' },
      { path: 'attributeValues.2.value', message: '"coated" takes true or false' },
      { path: 'attributeValues', message: 'Required attributes have no value: thread-size, length' },
    ])
    expect(response.body.errors[0].message).toContain('attributeValues.0.value')
    expect(await count('products')).toBe(before)
  })

  it('rechecks values when the family changes, but not on a price-only update', async () => {
    const product = await app.rest.post<DocResponse<Product>>('/products', {
      token,
      body: { sku: 'GLV-SIMPLE', name: 'Gloves', family: catalog.families.gloves.id, attributeValues: [{ attribute: a().size.id, value: 'l' }, { attribute: a().material.id, value: 'nitrile' }] },
    })
    expect(product.status).toBe(201)
    const id = product.body.doc.id
    const moved = await app.rest.patch<ErrorResponse>(`/products/${id}`, { token, body: { family: catalog.families.fasteners.id } })
    expect(moved.status).toBe(400)
    expect(fieldErrors(moved)[0]).toEqual({ path: 'attributeValues.0.attribute', message: '"size" is not an attribute of the product\'s family' })
    const priced = await app.rest.patch(`/products/${id}`, { token, body: { basePrices: [{ currency: basics.usd.id, amount: 399 }] } })
    expect(priced.status).toBe(200)
  })
})

describe('variants', () => {
  it('belong to configurable products only', async () => {
    const before = await count('product-variants')
    const response = await app.rest.post<ErrorResponse>('/product-variants', { token, body: variantBody(basics.drill.id, 'DRILL-X', 'm6', 20) })
    expect(response.status).toBe(400)
    expect(fieldErrors(response)).toEqual([{ path: 'product', message: 'Product DRILL is simple; only configurable products have variants' }])
    expect(await count('product-variants')).toBe(before)
  })

  it('need one valid value for each variant attribute of the family, in a combination no sibling has', async () => {
    const screw = await configurableScrew('SCR-CFG-2')
    const missing = await app.rest.post<ErrorResponse>('/product-variants', {
      token,
      body: { product: screw.id, sku: 'SCR-CFG-2-A', variantValues: [{ attribute: a().threadSize.id, value: 'm6' }, { attribute: a().material.id, value: 'steel' }] },
    })
    expect(missing.status).toBe(400)
    expect(fieldErrors(missing)).toEqual([
      { path: 'variantValues.1.attribute', message: '"material" is not a variant attribute of the product\'s family' },
      { path: 'variantValues', message: 'A variant needs a value for each variant attribute; missing: length' },
    ])

    const first = await app.rest.post<DocResponse<ProductVariant>>('/product-variants', { token, body: variantBody(screw.id, 'SCR-CFG-2-20', 'm6', '20.0') })
    expect(first.status).toBe(201)
    expect(first.body.doc.combination).toBe('length:20|thread-size:m6')
    const twin = await app.rest.post<ErrorResponse>('/product-variants', { token, body: variantBody(screw.id, 'SCR-CFG-2-20B', 'm6', 20) })
    expect(twin.status).toBe(400)
    expect(fieldErrors(twin)).toEqual([{ path: 'variantValues', message: 'Variant SCR-CFG-2-20 of this product already has length:20, thread-size:m6' }])
    // the same values on another product's variant are fine
    const other = await configurableScrew('SCR-CFG-3')
    expect((await app.rest.post('/product-variants', { token, body: variantBody(other.id, 'SCR-CFG-3-20', 'm6', 20) })).status).toBe(201)
  })

  it('are validated the same way through GraphQL', async () => {
    const screw = await configurableScrew('SCR-CFG-4')
    const mutation = `mutation ($data: mutationProductVariantInput!) { createProductVariant(data: $data) { id sku combination } }`
    // GraphQL types value as String: clients send numbers as text
    const bad = await app.graphql<GraphQLErrorResponse<{ createProductVariant: null } | null, GraphQLValidationError>>(mutation, { data: variantBody(screw.id, 'SCR-CFG-4-X', 'm9', '30') }, token)
    expect(bad.body.data?.createProductVariant ?? null).toBeNull()
    expect(bad.body.errors[0].message).toContain('variantValues.0.value')
    expect(bad.body.errors[0].extensions.data.errors[0]).toMatchObject({ path: 'variantValues.0.value', message: expect.stringContaining('"m9" is not an option') })
    const good = await app.graphql<GraphQLResponse<{ createProductVariant: Pick<ProductVariant, 'id' | 'sku' | 'combination'> }>>(mutation, { data: variantBody(screw.id, 'SCR-CFG-4-30', 'm8', '30.0') }, token)
    expect(good.body.errors).toBeUndefined()
    expect(good.body.data.createProductVariant).toMatchObject({ sku: 'SCR-CFG-4-30', combination: 'length:30|thread-size:m8' })
  })

  it('hold the product to its type and family, and go with it when it is deleted', async () => {
    const screw = await configurableScrew('SCR-CFG-5')
    await app.rest.post('/product-variants', { token, body: variantBody(screw.id, 'SCR-CFG-5-16', 'm4', 16) })
    const simple = await app.rest.patch<ErrorResponse>(`/products/${screw.id}`, { token, body: { type: 'simple' } })
    expect(simple.status).toBe(400)
    expect(fieldErrors(simple)).toEqual([
      { path: 'type', message: 'The product has 1 variants; delete them before making it simple' },
      // as a simple product it would carry the family's variant attributes itself
      { path: 'attributeValues', message: 'Required attributes have no value: thread-size, length' },
    ])
    const noFamily = await app.rest.post<ErrorResponse>('/products', { token, body: { sku: 'CFG-NOFAM', name: 'No family', type: 'configurable' } })
    expect(fieldErrors(noFamily)).toEqual([{ path: 'family', message: 'A configurable product needs a family that defines its variant attributes' }])

    expect((await app.rest.delete(`/products/${screw.id}`, { token })).status).toBe(200)
    const left = await app.payload.count({ collection: 'product-variants', where: { sku: { equals: 'SCR-CFG-5-16' } }, overrideAccess: true })
    expect(left.totalDocs).toBe(0)
  })

  it('are listed on their product through the join', async () => {
    const screw = await configurableScrew('SCR-CFG-6')
    await app.rest.post('/product-variants', { token, body: variantBody(screw.id, 'SCR-CFG-6-16', 'm4', 16) })
    await app.rest.post('/product-variants', { token, body: variantBody(screw.id, 'SCR-CFG-6-20', 'm4', 20) })
    const read = await app.rest.get<WithFields<Product, { variants: Joined<ProductVariant> }>>(`/products/${screw.id}?depth=1`)
    expect(read.body.variants.docs.map((variant: { sku: string }) => variant.sku).sort()).toEqual(['SCR-CFG-6-16', 'SCR-CFG-6-20'])
  })
})

describe('attribute definitions protect the values that use them', () => {
  it('asks options of a select and refuses them on a number', async () => {
    const before = await count('attributes')
    const select = await app.rest.post<ErrorResponse>('/attributes', { token, body: { code: 'finish', label: 'Finish', type: 'select' } })
    expect(select.status).toBe(400)
    expect(fieldErrors(select)).toEqual([{ path: 'options', message: 'A select attribute needs at least one option' }])
    const number = await app.rest.post<ErrorResponse>('/attributes', { token, body: { code: 'voltage', label: 'Voltage', type: 'number', options: [{ value: '18' }] } })
    expect(fieldErrors(number)).toEqual([{ path: 'options', message: 'Only select and multiselect attributes have options, not number' }])
    expect(await count('attributes')).toBe(before)
  })

  it('keeps the code, the type and the options products use', async () => {
    const id = a().threadSize.id // SCR-M6-40 above stores thread-size m6
    expect(fieldErrors(await app.rest.patch<ErrorResponse>(`/attributes/${id}`, { token, body: { code: 'thread' } }))[0].path).toBe('code')
    expect(fieldErrors(await app.rest.patch<ErrorResponse>(`/attributes/${id}`, { token, body: { type: 'text', options: [] } }))[0].path).toBe('type')
    const dropM6 = await app.rest.patch<ErrorResponse>(`/attributes/${id}`, { token, body: { options: [{ value: 'm4' }, { value: 'm8' }] } })
    expect(dropM6.status).toBe(400)
    expect(fieldErrors(dropM6)[0]).toMatchObject({ path: 'options', message: expect.stringContaining('removed options m6') })
    const addM10 = await app.rest.patch(`/attributes/${id}`, { token, body: { options: [{ value: 'm4' }, { value: 'm6' }, { value: 'm8' }, { value: 'm10' }] } })
    expect(addM10.status).toBe(200)
  })

  it('refuses deleting an attribute a family uses with a 409', async () => {
    const response = await app.rest.delete<ErrorResponse>(`/attributes/${a().coated.id}`, { token })
    expect(response.status).toBe(409)
    expect(response.body.errors[0].message).toContain('belongs to 1 product families')
  })

  it('refuses a family variant attribute of a type variants cannot take', async () => {
    const response = await app.rest.post<ErrorResponse>('/attribute-families', {
      token,
      body: { code: 'bad', name: 'Bad', attributes: [{ attribute: a().color.id, isVariantAttribute: true }] },
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response)[0].path).toBe('attributes.0.isVariantAttribute')
  })
})

describe('products are searchable by SKU, name and attribute values', () => {
  const skus = (response: ApiResponse<ListResponse<Product>>) => response.body.docs.map((doc: { sku: string }) => doc.sku).sort()

  it('through REST where', async () => {
    expect(skus(await app.rest.get<ListResponse<Product>>('/products?where[sku][like]=scr-m6&depth=0'))).toEqual(['SCR-M6-40'])
    expect(skus(await app.rest.get<ListResponse<Product>>('/products?where[name][like]=hex%20M6&depth=0'))).toEqual(['SCR-M6-40'])
    expect(skus(await app.rest.get<ListResponse<Product>>('/products?where[attributeValues.value][equals]=stainless%20A2&depth=0'))).toEqual(['SCR-M6-40'])
    expect(skus(await app.rest.get<ListResponse<Product>>('/products?where[attributeValues.key][in]=color:blue,size:l&depth=0'))).toEqual(['GLV-SIMPLE', 'SCR-M6-40'])
    const any = await app.rest.get<ListResponse<Product>>(
      '/products?where[or][0][sku][like]=drill&where[or][1][name][like]=drill&where[or][2][attributeValues.value][equals]=drill&depth=0',
    )
    expect(skus(any)).toEqual(['DRILL'])
  })

  it('through GraphQL where', async () => {
    const { body } = await app.graphql<
      GraphQLResponse<{ bySku: Joined<Pick<Product, 'sku'>>; byValue: Joined<Pick<Product, 'sku' | 'attributeValues'>>; byAny: Joined<Pick<Product, 'sku'>> }>
    >(`{
      bySku: Products(where: { sku: { like: "scr-m6" } }) { docs { sku } }
      byValue: Products(where: { attributeValues__key: { equals: "length:40" } }) { docs { sku attributeValues { value key } } }
      byAny: Products(where: { OR: [{ sku: { like: "glv" } }, { name: { like: "glv" } }, { attributeValues__value: { equals: "nitrile" } }] }) { docs { sku } }
    }`)
    expect(body.errors).toBeUndefined()
    expect(body.data.bySku.docs).toEqual([{ sku: 'SCR-M6-40' }])
    expect(body.data.byValue.docs[0].sku).toBe('SCR-M6-40')
    expect(body.data.byAny.docs).toEqual([{ sku: 'GLV-SIMPLE' }])
  })
})

describe('search indexes', () => {
  it('serve `like` on SKUs and names with pg_trgm GIN indexes', async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URI })
    await client.connect()
    try {
      const { rows } = await client.query<{ indexname: string }>("select indexname from pg_indexes where indexname like '%trgm_idx' order by 1")
      expect(rows.map((row) => row.indexname)).toEqual([
        'product_variants_locales_name_trgm_idx',
        'product_variants_sku_trgm_idx',
        'products_locales_name_trgm_idx',
        'products_sku_trgm_idx',
      ])
      // The tables are tiny, so the planner prefers a scan; without that option it shows it can use the index.
      await client.query('set enable_seqscan = off')
      const plan = await client.query("explain select id from products_locales where name ilike '%screw%'")
      expect(plan.rows.map((row) => row['QUERY PLAN']).join('\n')).toContain('products_locales_name_trgm_idx')
      // A second variant with the same values is refused by the database too, should two saves race past the hook.
      const unique = await client.query<{ indexdef: string }>("select indexdef from pg_indexes where tablename = 'product_variants' and indexdef like 'CREATE UNIQUE%'")
      expect(unique.rows.map((row) => row.indexdef).join('\n')).toMatch(/\(product_id, combination\)/)
    } finally {
      await client.end()
    }
  })
})

describe('orders sell variants', () => {
  it('asks a variant for a configurable product, naming lines.0.variant', async () => {
    const screw = await configurableScrew('SCR-ORD')
    const response = await app.rest.post<ErrorResponse>('/orders', {
      token,
      body: { customer: basics.customer.id, currency: 'USD', lines: [{ product: screw.id, quantity: 1 }] },
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response)).toEqual([{ path: 'lines.0.variant', message: 'Product SCR-ORD is sold as variants: choose one' }])
  })

  it("snapshots the variant's SKU and prices at its own price, else the product's", async () => {
    const screw = await configurableScrew('SCR-ORD-2')
    const priced = await app.rest.post<DocResponse<ProductVariant>>('/product-variants', {
      token,
      body: { ...variantBody(screw.id, 'SCR-ORD-2-40', 'm6', 40), name: 'Hex screw M6 × 40', basePrices: [{ currency: basics.usd.id, amount: 1499 }] },
    })
    const plain = await app.rest.post<DocResponse<ProductVariant>>('/product-variants', { token, body: variantBody(screw.id, 'SCR-ORD-2-20', 'm6', 20) })
    const response = await app.rest.post<DocResponse<Order>>('/orders', {
      token,
      body: {
        customer: basics.customer.id,
        currency: 'USD',
        lines: [
          { product: screw.id, variant: priced.body.doc.id, quantity: 2 },
          { product: screw.id, variant: plain.body.doc.id, quantity: 1 },
        ],
      },
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.lines.map((line) => [line.sku, line.name, line.amount])).toEqual([
      ['SCR-ORD-2-40', 'Hex screw M6 × 40', 2998],
      ['SCR-ORD-2-20', 'Hex screw SCR-ORD-2', 1249],
    ])
    expect(response.body.doc.grandTotal).toBe(4247)
  })

  it("refuses another product's variant", async () => {
    const one = await configurableScrew('SCR-ORD-3')
    const variant = await app.rest.post<DocResponse<ProductVariant>>('/product-variants', { token, body: variantBody(one.id, 'SCR-ORD-3-20', 'm6', 20) })
    const other = await configurableScrew('SCR-ORD-4')
    const response = await app.rest.post<ErrorResponse>('/orders', {
      token,
      body: { customer: basics.customer.id, currency: 'USD', lines: [{ product: other.id, variant: variant.body.doc.id, quantity: 1 }] },
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response)[0]).toEqual({ path: 'lines.0.variant', message: `Variant ${variant.body.doc.id} is not a variant of product SCR-ORD-4` })
  })
})
