/** CSV import and export of prices (item 8): through REST (upload + job) and GraphQL (the job's status), staff only. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DataFromCollectionSlug } from 'payload'

import { ADMIN, createCommerceBasics, createStaff } from '../../../../test/helpers/fixtures'
import type { DocResponse, GraphQLResponse, ValidationErrorResponse } from '../../../../test/helpers/api-types'
import { startTestApp, type TestApp } from '../../../../test/helpers/payload'
import { drainJobs } from '../../../../test/helpers/drain-jobs'
import { createRole, createStaffUser, createUnits, PASSWORD as STAFF_PASSWORD } from '../../../../test/helpers/security-world'

type PriceImport = DataFromCollectionSlug<'price-imports'>
type PriceExport = DataFromCollectionSlug<'price-exports'>
type ListedPrice = { value: string | null; priceList: number | null }
type ProductsAnswer = { docs: Array<{ sku: string; price: ListedPrice | null }> }

const local = { overrideAccess: true, depth: 0 } as const

let app: TestApp
let token: string
let basics: Awaited<ReturnType<typeof createCommerceBasics>>
let list: { id: number }
let other: { id: number }

const csvForm = (text: string, fields: Record<string, unknown> = {}) => {
  const form = new FormData()
  form.append('file', new Blob([text], { type: 'text/csv' }), 'prices.csv')
  if (Object.keys(fields).length) form.append('_payload', JSON.stringify(fields))
  return form
}

const pricesOf = async (priceList: number) =>
  (await app.payload.find({ collection: 'product-prices', where: { priceList: { equals: priceList } }, sort: 'id', ...local })).docs.map((doc) => [
    doc.product,
    doc.unit,
    doc.minQuantity,
    doc.currency,
    doc.value,
    doc.generated,
  ])

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  token = await app.login(ADMIN.email, ADMIN.password)
  list = await app.payload.create({ collection: 'price-lists', data: { name: 'Retail', currencies: [basics.usd.id] }, ...local })
  other = await app.payload.create({ collection: 'price-lists', data: { name: 'Outlet', currencies: [basics.usd.id] }, ...local })
  await app.payload.create({ collection: 'price-list-assignments', data: { priceList: list.id, website: basics.website.id, sortOrder: 1 }, ...local })
  // an existing price the import updates by slot
  await app.payload.create({ collection: 'product-prices', data: { priceList: list.id, product: basics.screw.id, unit: 'item', minQuantity: 1, currency: 'USD', value: '1.00' }, ...local })
  await drainJobs(app.payload)
}, 120_000)
afterAll(() => app?.close())

describe('importing prices from CSV', () => {
  const file = [
    'sku,unit,minQuantity,currency,value,priceList',
    'SCREW,item,1,USD,0.95,', // row 2: updates the existing slot of the import's list
    'SCREW,item,100,usd,0.8125,', // row 3: a new tier, currency in lower case
    'DRILL,item,1,USD,119.5,Outlet', // row 4: another list, by name
    'DRILL,item,1,GBP,99,', // row 5: unknown currency
    'NOPE,item,1,USD,1,', // row 6: unknown SKU
    'SCREW,item,100,USD,0.79,', // row 7: the slot of row 3 again
    'DRILL,item,1,USD,1.00001,', // row 8: five decimals
    'DRILL,item,0,USD,5,', // row 9: minimum quantity 0
  ].join('\n')

  it('imports the good rows of an upload over REST, reports each bad one with its row and reason, then rebuilds once', async () => {
    const uploaded = await app.rest.post<DocResponse<PriceImport>>('/price-imports', { token, body: csvForm(file, { priceList: list.id }) })
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201)
    expect(uploaded.body.doc).toMatchObject({ status: 'queued', filename: 'prices.csv' })
    expect(uploaded.body.doc).not.toHaveProperty('content')
    const id = uploaded.body.doc.id
    const queuedRebuilds = async () => (await app.payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'event-pricing-rebuild-prices' } }, overrideAccess: true })).totalDocs
    const rebuildsBefore = await queuedRebuilds()
    await drainJobs(app.payload)
    const done = await app.rest.get<PriceImport>(`/price-imports/${id}`, { token })
    expect(done.body).toMatchObject({ status: 'done', total: 8, processed: 8, created: 2, updated: 1, rejected: 5, message: '3 prices written (2 new, 1 updated), 5 rows rejected' })
    expect(done.body.rowErrors).toEqual([
      { row: 5, column: 'currency', message: 'Unknown currency GBP' },
      { row: 6, column: 'sku', message: 'No product with SKU NOPE' },
      { row: 7, column: 'minQuantity', message: 'Row 3 already prices this list, SKU, unit, minimum quantity and currency' },
      { row: 8, column: 'value', message: '"1.00001": value has more than 4 decimal places' },
      { row: 9, column: 'minQuantity', message: 'The minimum quantity must be above 0' },
    ])
    expect(await pricesOf(list.id)).toEqual([
      [basics.screw.id, 'item', 1, 'USD', '0.95', false],
      [basics.screw.id, 'item', 100, 'USD', '0.8125', false],
    ])
    expect(await pricesOf(other.id)).toEqual([[basics.drill.id, 'item', 1, 'USD', '119.5', false]])
    // one rebuild for the whole file (Retail and Outlet, SCREW and DRILL), and buyers see the imported prices
    expect((await queuedRebuilds()) - rebuildsBefore).toBe(1)
    const listed = await app.rest.get<ProductsAnswer>(`/commerce/products?customer=${basics.customer.id}&quantity=100&where[sku][equals]=SCREW`, { token })
    expect(listed.body.docs[0].price).toMatchObject({ value: '0.8125', priceList: list.id })
  })

  it('shows the job’s status over GraphQL', async () => {
    const response = await app.graphql<GraphQLResponse<{ PriceImports: { docs: Array<{ status: string; processed: number; total: number; rejected: number }> } }>>(
      '{ PriceImports(sort: "-id", limit: 1) { docs { status processed total rejected } } }',
      undefined,
      token,
    )
    expect(response.body.data?.PriceImports.docs).toEqual([{ status: 'done', processed: 8, total: 8, rejected: 5 }])
  })

  it('fails a file whose header is not a price CSV, importing nothing', async () => {
    const uploaded = await app.rest.post<DocResponse<PriceImport>>('/price-imports', { token, body: csvForm('sku,price\nSCREW,1') })
    await drainJobs(app.payload)
    const done = await app.payload.findByID({ collection: 'price-imports', id: uploaded.body.doc.id, ...local })
    expect(done).toMatchObject({ status: 'failed', message: 'The header row is not a price CSV: nothing imported' })
    expect((done.rowErrors as Array<{ message: string }>).map((error) => error.message)).toEqual([
      'Unknown column "price" (expected priceList, sku, variantSku, unit, minQuantity, currency, value)',
      'Missing column "currency"',
      'Missing column "value"',
      'Missing column "priceList"',
    ])
  })

  it('refuses an upload without a file (400 naming file)', async () => {
    const response = await app.rest.post<ValidationErrorResponse>('/price-imports', { token, body: { priceList: list.id } })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0].path).toBe('file')
    expect(await app.payload.count({ collection: 'price-imports', where: { status: { equals: 'queued' } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
  })
})

describe('exporting a list’s prices', () => {
  it('writes the list’s prices as CSV with the import’s columns, downloadable once the job is done', async () => {
    const created = await app.rest.post<DocResponse<PriceExport>>('/price-exports', { token, body: { priceList: list.id } })
    expect(created.status).toBe(201)
    expect((await app.rest.get(`/price-exports/${created.body.doc.id}/download`, { token })).status).toBe(404)
    await drainJobs(app.payload)
    expect(await app.payload.findByID({ collection: 'price-exports', id: created.body.doc.id, ...local })).toMatchObject({ status: 'done', total: 2, processed: 2 })
    const download = await app.rest.get<string>(`/price-exports/${created.body.doc.id}/download`, { token })
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toContain('text/csv')
    expect(download.body).toBe(`priceList,sku,variantSku,unit,minQuantity,currency,value\r\n${list.id},SCREW,,item,1,USD,0.95\r\n${list.id},SCREW,,item,100,USD,0.8125\r\n`)
  })

  it('imports its own export back without changing a price', async () => {
    const created = await app.payload.create({ collection: 'price-exports', data: { priceList: list.id }, ...local })
    await drainJobs(app.payload)
    const csv = (await app.rest.get<string>(`/price-exports/${created.id}/download`, { token })).body
    const uploaded = await app.rest.post<DocResponse<PriceImport>>('/price-imports', { token, body: csvForm(csv) })
    await drainJobs(app.payload)
    expect(await app.payload.findByID({ collection: 'price-imports', id: uploaded.body.doc.id, ...local })).toMatchObject({ status: 'done', created: 0, updated: 2, rejected: 0 })
    expect((await pricesOf(list.id)).map((row) => row[4])).toEqual(['0.95', '0.8125'])
  })
})

describe('who may import and export', () => {
  it('refuses anonymous visitors, staff without rights and staff who may not update every price; a global pricing role may', async () => {
    expect((await app.rest.post('/price-imports', { body: csvForm('sku,currency,value\nSCREW,USD,1') })).status).toBe(403)
    expect((await app.rest.get('/price-imports')).status).toBe(403)
    const units = await createUnits(app.payload)
    const own = await createRole(app.payload, 'own-pricer', [
      { collection: 'price-imports', read: 'own', create: 'own' },
      { collection: 'price-exports', read: 'own', create: 'own' },
      { collection: 'product-prices', read: 'own', create: 'own', update: 'own' },
    ])
    const global = await createRole(app.payload, 'global-pricer', [
      { collection: 'price-imports', read: 'own', create: 'own' },
      { collection: 'price-exports', read: 'own', create: 'own' },
      { collection: 'product-prices', read: 'global', create: 'global', update: 'global' },
      // the import names its list: a list the user may not read is refused (secured references)
      { collection: 'price-lists', read: 'global' },
    ])
    await createStaffUser(app.payload, 'own@test.local', [units.a], [own.id])
    await createStaffUser(app.payload, 'global@test.local', [units.a], [global.id])
    const ownToken = await app.login('own@test.local', STAFF_PASSWORD)
    const globalToken = await app.login('global@test.local', STAFF_PASSWORD)
    const form = () => csvForm(`sku,currency,value\nDRILL,USD,118`, { priceList: list.id })
    expect((await app.rest.post('/price-imports', { token: ownToken, body: form() })).status).toBe(403)
    expect((await app.rest.post('/price-exports', { token: ownToken, body: { priceList: list.id } })).status).toBe(403)
    const allowed = await app.rest.post<DocResponse<PriceImport>>('/price-imports', { token: globalToken, body: form() })
    expect(allowed.status, JSON.stringify(allowed.body)).toBe(201)
    // the global pricer sees its own import, not the administrator's
    const seen = await app.rest.get<{ docs: PriceImport[] }>('/price-imports', { token: globalToken })
    expect(seen.body.docs.map((doc) => doc.id)).toEqual([allowed.body.doc.id])
    await drainJobs(app.payload)
    expect((await pricesOf(list.id)).map((row) => [row[0], row[4]])).toContainEqual([basics.drill.id, '118'])
  })
})
