/**
 * The demo a newcomer logs in to: the administrator still reaches everything, and the sales manager of Sales East
 * sees the access levels at work (README "Access levels").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemo } from '../../src/seed/demo'
import { DEMO_ADMIN } from '../../src/seed/demo-data'
import { DEMO_SALES_MANAGER } from '../../src/seed/demo-security'
import type { BusinessUnit, Currency, Customer, Order, Product, ProductVariant, Role } from '../../src/payload-types'
import type { ListResponse, WithFields } from '../helpers/api-types'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let admin: string
let manager: string

const codes = (body: { docs: Array<{ code?: string | null }> }) => body.docs.map((doc) => doc.code).sort()

beforeAll(async () => {
  app = await startTestApp()
  await seedDemo(app.payload)
  admin = await app.login(DEMO_ADMIN.email, DEMO_ADMIN.password)
  manager = await app.login(DEMO_SALES_MANAGER.email, DEMO_SALES_MANAGER.password)
})
afterAll(() => app?.close())

describe('the demo organization', () => {
  it('has Bureau HQ over Sales East and Sales West, and the four staff roles', async () => {
    const units = (await app.rest.get<ListResponse<WithFields<BusinessUnit, { parent: BusinessUnit | null }>>>('/business-units?depth=1&sort=code', { token: admin })).body.docs
    expect(units.map((unit: { code: string; parent: { code: string } | null }) => [unit.code, unit.parent?.code ?? null])).toEqual([
      ['HQ', null],
      ['SALES-EAST', 'HQ'],
      ['SALES-WEST', 'HQ'],
    ])
    expect(codes((await app.rest.get<ListResponse<Role>>('/roles', { token: admin })).body)).toEqual(['administrator', 'catalog-editor', 'sales-manager', 'warehouse-clerk'])
  })

  it('gives every demo record an owner and a unit', async () => {
    for (const collection of ['customers', 'products', 'product-variants', 'orders'] as const) {
      const loose = await app.payload.count({ collection, where: { or: [{ businessUnit: { exists: false } }, { owner: { exists: false } }] }, overrideAccess: true })
      expect([collection, loose.totalDocs]).toEqual([collection, 0])
    }
  })
})

describe('the demo administrator', () => {
  it('still reaches every record', async () => {
    for (const collection of ['customers', 'products', 'product-variants', 'orders'] as const) {
      const response = await app.rest.get<ListResponse<unknown>>(`/${collection}?limit=100`, { token: admin })
      const total = await app.payload.count({ collection, overrideAccess: true })
      expect([collection, response.body.totalDocs]).toEqual([collection, total.totalDocs])
    }
  })
})

describe('the demo sales manager of Sales East', () => {
  it('reads products and their variants but never what a product costs', async () => {
    const [drill] = (await app.rest.get<ListResponse<Product>>('/products?where[sku][equals]=DRL-18V', { token: admin })).body.docs
    const usd = (await app.rest.get<ListResponse<Currency>>('/currencies?where[code][equals]=USD', { token: admin })).body.docs[0]
    const priced = await app.rest.patch(`/products/${drill.id}`, { token: admin, body: { costPrice: { currency: usd.id, amount: 7450 } } })
    expect(priced.status).toBe(200)
    expect((await app.rest.get<Product>(`/products/${drill.id}?depth=0`, { token: admin })).body.costPrice).toEqual({ currency: usd.id, amount: 7450 })

    const seen = await app.rest.get<Product>(`/products/${drill.id}?depth=0`, { token: manager })
    expect(seen.status).toBe(200)
    expect(seen.body.sku).toBe('DRL-18V')
    expect(seen.body).not.toHaveProperty('costPrice')
    const variants = await app.rest.get<ListResponse<ProductVariant>>('/product-variants?limit=100', { token: manager })
    expect(variants.body.totalDocs).toBe((await app.payload.count({ collection: 'product-variants', overrideAccess: true })).totalDocs)
    expect((await app.rest.patch(`/product-variants/${variants.body.docs[0].id}`, { token: manager, body: { status: 'archived' } })).status).toBe(403)
  })

  it('sees every customer of the organization', async () => {
    const response = await app.rest.get<ListResponse<Customer>>('/customers?limit=100', { token: manager })
    expect(codes(response.body)).toEqual(['CONTOSO', 'NORTHWIND', 'NORTHWIND-EAST', 'NORTHWIND-WEST'])
  })

  it('edits the customers of Sales East only', async () => {
    const customers = (await app.rest.get<ListResponse<Customer>>('/customers?limit=100', { token: manager })).body.docs as Array<{ id: number; code: string }>
    const idOf = (code: string) => customers.find((customer) => customer.code === code)!.id
    expect((await app.rest.patch(`/customers/${idOf('NORTHWIND-EAST')}`, { token: manager, body: { phone: '+1 555 0101' } })).status).toBe(200)
    expect((await app.rest.patch(`/customers/${idOf('NORTHWIND-WEST')}`, { token: manager, body: { phone: '+1 555 0102' } })).status).toBe(403)
  })

  it('sees the order of Sales East and reads products but cannot change them', async () => {
    expect((await app.rest.get<ListResponse<Order>>('/orders', { token: manager })).body.totalDocs).toBe(1)
    const product = (await app.rest.get<ListResponse<Product>>('/products?limit=1', { token: manager })).body.docs[0]
    expect((await app.rest.patch(`/products/${product.id}`, { token: manager, body: { weight: 1 } })).status).toBe(403)
  })

  // The plugins' demo seeds grant their level-secured collections to the demo roles (kit grantDemoRole).
  const disabled = (process.env.BUREAU_DISABLE_PLUGINS ?? '').split(',').map((name) => name.trim())
  it.runIf(!disabled.includes('inventory'))('sees both warehouses but cannot change them', async () => {
    const warehouses = await app.rest.get<ListResponse<{ id: number; code: string }>>('/warehouses', { token: manager })
    expect(codes(warehouses.body)).toEqual(['EAST', 'MAIN'])
    expect((await app.rest.patch(`/warehouses/${warehouses.body.docs[0].id}`, { token: manager, body: { name: 'Renamed' } })).status).toBe(403)
  })
  it.runIf(!disabled.includes('marketing'))('sees the running promotions and the coupons', async () => {
    expect((await app.rest.get<ListResponse<{ id: number }>>('/promotions', { token: manager })).body.totalDocs).toBeGreaterThan(0)
    expect((await app.rest.get<ListResponse<{ id: number }>>('/coupons', { token: manager })).body.totalDocs).toBeGreaterThan(0)
  })
})
