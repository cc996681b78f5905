import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ADMIN, createCommerceBasics, createStaff } from '../helpers/fixtures'
import type { Order, Product } from '../../src/payload-types'
import type { DocResponse, ErrorResponse, GraphQLResponse, Joined, ValidationErrorResponse, WithFields } from '../helpers/api-types'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let token: string
let basics: Awaited<ReturnType<typeof createCommerceBasics>>

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  token = await app.login(ADMIN.email, ADMIN.password)
  // The screw gets a German name; the drill stays English only.
  const german = await app.rest.patch(`/products/${basics.screw.id}?locale=de`, { token, body: { name: 'Schraube' } })
  expect(german.status).toBe(200)
})
afterAll(() => app?.close())

describe('localized reads', () => {
  it('reads the requested locale, and English where German is missing', async () => {
    expect((await app.rest.get<Product>(`/products/${basics.screw.id}?locale=de`)).body.name).toBe('Schraube')
    expect((await app.rest.get<Product>(`/products/${basics.screw.id}`)).body.name).toBe('Screw')
    expect((await app.rest.get<Product>(`/products/${basics.drill.id}?locale=de`)).body.name).toBe('Drill')
  })

  it('reads no fallback when asked, and every locale at once', async () => {
    expect((await app.rest.get<Product>(`/products/${basics.drill.id}?locale=de&fallback-locale=none`)).body.name ?? null).toBeNull()
    expect((await app.rest.get<WithFields<Product, { name: Record<string, string> }>>(`/products/${basics.screw.id}?locale=all`)).body.name).toEqual({ en: 'Screw', de: 'Schraube' })
  })

  it('keeps non-localized fields shared: a German update of the weight is the English weight', async () => {
    const german = await app.rest.patch(`/products/${basics.drill.id}?locale=de`, { token, body: { weight: 2.2 } })
    expect(german.status, JSON.stringify(german.body)).toBe(200)
    expect((await app.rest.get<Product>(`/products/${basics.drill.id}`)).body.weight).toBe(2.2)
    expect((await app.rest.get<Product>(`/products/${basics.drill.id}?locale=de`)).body.name).toBe('Drill')
  })

  it('asks the name in English, the default locale, and not in German', async () => {
    const english = await app.rest.patch<ValidationErrorResponse>(`/products/${basics.drill.id}`, { token, body: { name: '' } })
    expect(english.status).toBe(400)
    expect(english.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'name', message: 'This field is required.' })])
    const german = await app.rest.patch(`/products/${basics.drill.id}?locale=de`, { token, body: { name: '' } })
    expect(german.status).toBe(200)
    const created = await app.rest.post<ValidationErrorResponse>('/products?locale=de', { token, body: { sku: 'NO-NAME' } })
    expect(created.status).toBe(400)
    expect(created.body.errors[0].data.errors[0].path).toBe('name')
  })

  it('answers GraphQL in the requested locale and filters on the localized name', async () => {
    // One GraphQL request reads one locale: Payload sets it on the request from the first query that names one.
    const german = await app.graphql<GraphQLResponse<{ all: Joined<Pick<Product, 'sku' | 'name'>>; found: Joined<Pick<Product, 'sku'>> }>>(`{
      all: Products(locale: de, sort: "sku") { docs { sku name } }
      found: Products(locale: de, where: { name: { like: "schraub" } }) { docs { sku } }
    }`)
    expect(german.body.errors).toBeUndefined()
    expect(german.body.data.all.docs).toEqual([
      { sku: 'DRILL', name: 'Drill' },
      { sku: 'SCREW', name: 'Schraube' },
    ])
    expect(german.body.data.found.docs).toEqual([{ sku: 'SCREW' }])
    const english = await app.graphql<GraphQLResponse<{ Products: Joined<Pick<Product, 'name'>> }>>(`{ Products(sort: "sku") { docs { name } } }`)
    expect(english.body.data.Products.docs).toEqual([{ name: 'Drill' }, { name: 'Screw' }])
  })
})

describe('orders snapshot the product name in the request locale', () => {
  const order = (query = '') =>
    app.rest.post<DocResponse<Order>>(`/orders${query}`, {
      token,
      body: { customer: basics.customer.id, currency: 'USD', lines: [{ product: basics.screw.id, quantity: 1 }, { product: basics.drill.id, quantity: 1 }] },
    })

  it('in German with ?locale=de (English where no German name exists), in English by default', async () => {
    const german = await order('?locale=de')
    expect(german.status).toBe(201)
    expect(german.body.doc.lines.map((line) => line.name)).toEqual(['Schraube', 'Drill'])
    const english = await order()
    expect(english.body.doc.lines.map((line) => line.name)).toEqual(['Screw', 'Drill'])
  })

  it('in the default locale when every locale is requested', async () => {
    const all = await order('?locale=all')
    expect(all.status).toBe(201)
    expect(all.body.doc.lines[0].name).toEqual(expect.any(String))
    const stored = await app.payload.findByID({ collection: 'orders', id: all.body.doc.id, overrideAccess: true })
    expect(stored.lines[0].name).toBe('Screw')
  })
})

describe('the admin speaks English and German', () => {
  it('answers validation errors in the language the client asks for', async () => {
    const german = await app.rest.post<ErrorResponse>('/products', { token, body: { name: 'Ohne SKU' }, headers: { 'Accept-Language': 'de' } })
    expect(german.status).toBe(400)
    expect(german.body.errors[0].message).toMatch(/^Das folgende Feld ist nicht korrekt: (Details > )?SKU$/)
    const english = await app.rest.post<ErrorResponse>('/products', { token, body: { name: 'No SKU' } })
    expect(english.body.errors[0].message).toMatch(/^The following field is invalid: (Details > )?SKU$/)
  })
})
