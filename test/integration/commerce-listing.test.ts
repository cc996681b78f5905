/**
 * The commerce listing answers listing cards (LISTING_CARD_SELECT), each with the price and the availability resolved
 * for the buyer (the listing's own availability, for the buyer's website, replaces the one product reads carry), in
 * REST and GraphQL alike; `select` asks for other fields and `commerce.listingSelect` changes the default. Whatever
 * the projection, every reader gets the rows and fields `/api/products` gives them with the same select; and with the
 * inventory plugin off it answers the same cards without an availability.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { LISTING_CARD_SELECT } from '../../collections/sales/commerce/listing-card'
import { createCustomerWorld, PASSWORD as STOREFRONT_PASSWORD } from '../helpers/customer-world'
import { ADMIN, createCommerceBasics, createStaff } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

type Listed = Record<string, unknown> & { id: number; sku?: string; price?: { value: string; priceList: number | null } | null; availability?: string; stockQuantity?: number | null }
type ProductsAnswer = { docs: Listed[]; totalDocs: number }

const QUERY = '/commerce/products?sort=sku&where[sku][in]=DRILL,SCREW'
const CARD_KEYS = ['id', ...Object.keys(LISTING_CARD_SELECT)]
const keysOf = (doc: object) => Object.keys(doc).sort()
/** A select as a query string, as a REST client writes it. */
const selectQuery = (select: Record<string, boolean>) => Object.entries(select).map(([field, on]) => `select[${field}]=${on}`).join('&')
const withoutListingFields = ({ price: _price, availability: _availability, stockQuantity: _quantity, ...product }: Listed) => product

describe('the commerce listing with every plugin', () => {
  let app: TestApp
  let token: string
  let categoryId: number
  const callers: Array<[string, string | undefined]> = []

  beforeAll(async () => {
    app = await startTestApp({ freshDatabase: true })
    await createStaff(app.payload)
    const basics = await createCommerceBasics(app.payload)
    const local = { overrideAccess: true } as const
    const warehouse = await app.payload.create({ collection: 'warehouses', data: { code: 'LST', name: 'Listing stock' }, ...local })
    await app.payload.create({ collection: 'inventory-levels', data: { product: basics.screw.id, warehouse: warehouse.id, onHand: 3, lowStockThreshold: 5 }, ...local })
    await app.payload.create({ collection: 'inventory-levels', data: { product: basics.drill.id, warehouse: warehouse.id, onHand: 40, lowStockThreshold: 5 }, ...local })
    await app.payload.update({ collection: 'products', id: basics.screw.id, data: { costPrice: { currency: basics.usd.id, amount: 55 } }, ...local })
    // a German name for the drill only: the screw falls back to English in `locale=de`
    await app.payload.update({ collection: 'products', id: basics.drill.id, locale: 'de', data: { name: 'Bohrmaschine' }, ...local })
    const tools = await app.payload.create({ collection: 'categories', data: { title: 'Tools', slug: 'tools' } as never, ...local })
    await app.payload.update({ collection: 'products', id: basics.drill.id, data: { categories: [tools.id] }, ...local })
    categoryId = tools.id
    token = await app.login(ADMIN.email, ADMIN.password)

    // a storefront buyer, one disabled after logging in (its token still circulates), and staff whose role hides `name`
    const world = await createCustomerWorld(app.payload)
    const buyer = await app.login(world.users.northwindBuyer.email, STOREFRONT_PASSWORD, 'customer-users')
    const disabled = await app.login(world.users.westBuyer.email, STOREFRONT_PASSWORD, 'customer-users')
    await app.payload.update({ collection: 'customer-users', id: world.users.westBuyer.id, data: { enabled: false }, ...local })
    const cataloguer = await app.payload.create({
      collection: 'roles',
      data: { name: 'Cataloguer', code: 'cataloguer', permissions: [{ collection: 'products', read: 'global', create: 'none', update: 'none', delete: 'none' }], fieldRules: [{ collection: 'products', field: 'name', effect: 'hidden' }] },
      ...local,
    })
    await app.payload.create({ collection: 'users', data: { email: 'cataloguer@test.local', password: 'cataloguer-password', roles: [cataloguer.id] }, ...local })
    const clerk = await app.login('clerk@test.local', 'clerk-password')
    callers.push(['anonymous', undefined], ['customer user', buyer], ['disabled customer user', disabled], ['staff hiding name', await app.login('cataloguer@test.local', 'cataloguer-password')], ['staff without roles', clerk], ['administrator', token])
  })
  afterAll(() => app?.close())

  it('answers listing cards with the buyer’s price and availability, in REST and GraphQL alike', async () => {
    const rest = await app.rest.get<ProductsAnswer>(QUERY, { token })
    expect(rest.status).toBe(200)
    expect(rest.body.docs.map((doc) => [doc.sku, doc.name, doc.type, doc.unit, doc.status, doc.price?.value, doc.availability])).toEqual([
      ['DRILL', 'Drill', 'simple', 'item', 'active', '129.9900', 'inStock'],
      ['SCREW', 'Screw', 'simple', 'item', 'active', '1.0100', 'lowStock'],
    ])
    for (const doc of rest.body.docs) expect(keysOf(doc)).toEqual([...CARD_KEYS, 'availability', 'price', 'stockQuantity'].sort())
    const graphql = await app.graphql<{ data: { commerceProducts: ProductsAnswer } }>(
      `{ commerceProducts(sort: "sku", where: { sku: { in: ["DRILL", "SCREW"] } }) }`,
      undefined,
      token,
    )
    expect(graphql.body.data.commerceProducts.docs).toEqual(rest.body.docs)
  })

  it('answers the fields a select names (REST strings or GraphQL booleans), plus price and availability', async () => {
    const rest = await app.rest.get<ProductsAnswer>(`${QUERY}&${selectQuery({ weight: true, basePrices: true })}`, { token })
    expect(rest.status).toBe(200)
    expect(rest.body.docs.map((doc) => [keysOf(doc), doc.weight, (doc.basePrices as Array<{ amount: number }>)[0].amount, doc.price?.value])).toEqual([
      [['availability', 'basePrices', 'id', 'price', 'stockQuantity', 'weight'], 2, 12999, '129.9900'],
      [['availability', 'basePrices', 'id', 'price', 'stockQuantity', 'weight'], 0.01, 101, '1.0100'],
    ])
    const graphql = await app.graphql<{ data: { commerceProducts: ProductsAnswer } }>(
      `{ commerceProducts(sort: "sku", where: { sku: { in: ["DRILL", "SCREW"] } }, select: { weight: true, basePrices: true }) }`,
      undefined,
      token,
    )
    expect(graphql.body.data.commerceProducts.docs).toEqual(rest.body.docs)
  })

  it('answers whole documents but the excluded fields with an exclusion select, never the product reads’ own availability', async () => {
    const rest = await app.rest.get<ProductsAnswer>(`${QUERY}&select[description]=false`, { token })
    expect(rest.status).toBe(200)
    const [drill, screw] = rest.body.docs
    expect(drill).not.toHaveProperty('description')
    expect([drill.weight, screw.costPrice, screw.availability]).toEqual([2, { currency: expect.any(Number), amount: 55 }, 'lowStock'])
    expect(drill).not.toHaveProperty('variants')
  })

  it('refuses a select that is not field names mapped to true or false (400 naming select)', async () => {
    const response = await app.rest.get<{ errors: Array<{ data?: { errors?: Array<{ path: string }> } }> }>(`${QUERY}&select=weight`)
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data?.errors?.[0].path).toBe('select')
  })

  it('gives every reader the rows and fields /api/products gives them with the same select', async () => {
    const selects = [LISTING_CARD_SELECT, { weight: true, costPrice: true, name: true }]
    for (const [who, caller] of callers) {
      for (const select of selects) {
        const query = `sort=sku&depth=0&${selectQuery(select)}`
        const plain = await app.rest.get<ProductsAnswer>(`/products?${query}`, { token: caller })
        const listed = await app.rest.get<ProductsAnswer>(`/commerce/products?${query}`, { token: caller })
        expect([who, listed.status]).toEqual([who, plain.status])
        if (plain.status !== 200) continue
        expect([who, listed.body.docs.map(withoutListingFields)]).toEqual([who, plain.body.docs])
        expect([who, listed.body.totalDocs]).toEqual([who, plain.body.totalDocs])
      }
    }
    // the checks above are not vacuous: staff hiding `name` get cards without it, visitors no cost price
    const hidden = await app.rest.get<ProductsAnswer>('/commerce/products?sort=sku', { token: callers[3][1] })
    expect(hidden.body.docs.map((doc) => ['name' in doc, doc.sku])).toEqual([[false, 'DRILL'], [false, 'SCREW']])
    const visitor = await app.rest.get<ProductsAnswer>(`/commerce/products?sort=sku&${selectQuery({ costPrice: true, sku: true })}`)
    expect(visitor.body.docs.map((doc) => ['costPrice' in doc, doc.sku])).toEqual([[false, 'DRILL'], [false, 'SCREW']])
  })

  it('pages, sorts, filters (own columns, a has-many relation, a localized name) and localizes as /api/products, without Payload’s find', async () => {
    const queries = [
      'sort=-sku&limit=1',
      'sort=sku&limit=1&page=2',
      'sort=sku&limit=1&page=9',
      'sort=-name&locale=de',
      'sort=name&where[name][like]=bohr&locale=de',
      `where[categories][in]=${categoryId}`,
      `where[categories][in]=${categoryId}&page=3`,
      'where[sku][equals]=NONE',
      'where[or][0][sku][equals]=SCREW&where[or][1][weight][greater_than]=1&sort=sku',
    ]
    const find = vi.spyOn(app.payload, 'find')
    try {
      for (const [who, caller] of callers) {
        for (const query of queries) {
          const select = selectQuery(LISTING_CARD_SELECT)
          const plain = await app.rest.get<ProductsAnswer>(`/products?depth=0&${select}&${query}`, { token: caller })
          const listed = await app.rest.get<ProductsAnswer>(`/commerce/products?${query}`, { token: caller })
          expect([who, query, listed.status]).toEqual([who, query, plain.status])
          // (a 400 here: staff hiding `name` sorting or filtering on it, refused by both)
          if (plain.status !== 200) continue
          expect([who, query, { ...listed.body, docs: listed.body.docs.map(withoutListingFields) }]).toEqual([who, query, plain.body])
        }
      }
      // the German page shows the German name and the English fallback
      const german = await app.rest.get<ProductsAnswer>('/commerce/products?sort=sku&locale=de')
      expect(german.body.docs.map((doc) => doc.name)).toEqual(['Bohrmaschine', 'Screw'])
      // the card page never went through Payload's find of products (listing-query.ts answered it)
      expect(find.mock.calls.filter(([options]) => options.collection === 'products')).toEqual([])
    } finally {
      find.mockRestore()
    }
  })

  it('refuses, like /api/products, a where or sort on a field the reader may not read', async () => {
    for (const [who, caller, path] of [['anonymous', undefined, 'costPrice.amount'], ['staff hiding name', callers[3][1], 'name']] as const) {
      for (const query of [`where[${path}][equals]=55`, `sort=${path}`]) {
        const plain = await app.rest.get(`/products?${query}`, { token: caller })
        const listed = await app.rest.get(`/commerce/products?${query}`, { token: caller })
        expect([who, query, listed.status]).toEqual([who, query, plain.status])
        expect([who, query, listed.status]).toEqual([who, query, 400])
      }
    }
  })

  it('shows stock quantities where the website says so, from the same availability query', async () => {
    const hidden = await app.rest.get<ProductsAnswer>(QUERY, { token })
    expect(hidden.body.docs.map((doc) => doc.stockQuantity)).toEqual([null, null])
    const website = (await app.payload.find({ collection: 'websites', limit: 1, overrideAccess: true })).docs[0]
    await app.payload.update({ collection: 'websites', id: website.id, data: { showStockQuantities: true } as never, overrideAccess: true })
    try {
      const shown = await app.rest.get<ProductsAnswer>(QUERY, { token })
      expect(shown.body.docs.map((doc) => [doc.sku, doc.availability, doc.stockQuantity])).toEqual([
        ['DRILL', 'inStock', 40],
        ['SCREW', 'lowStock', 3],
      ])
    } finally {
      await app.payload.update({ collection: 'websites', id: website.id, data: { showStockQuantities: false } as never, overrideAccess: true })
    }
  })
})

describe('the commerce listing without the inventory plugin, with its own default select', () => {
  let app: TestApp

  beforeAll(async () => {
    app = await startTestApp({ plugins: { inventory: { enabled: false } }, commerce: { listingSelect: { sku: true, weight: true } }, freshDatabase: true })
    await createCommerceBasics(app.payload)
  })
  afterAll(() => app?.close())

  it('answers the configured fields, with no availability', async () => {
    const rest = await app.rest.get<ProductsAnswer>(QUERY)
    expect(rest.status).toBe(200)
    expect(rest.body.docs.map((doc) => [keysOf(doc), doc.sku, doc.weight, doc.price?.value])).toEqual([
      [['id', 'price', 'sku', 'weight'], 'DRILL', 2, '129.9900'],
      [['id', 'price', 'sku', 'weight'], 'SCREW', 0.01, '1.0100'],
    ])
  })
})
