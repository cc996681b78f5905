/**
 * The bad inputs the hardening issue found answering 5xx or being stored: each answers 400 naming the field (404
 * for an id that names nothing, 413/415 where that is the truth) and writes nothing. The fuzz suite
 * (fuzz.test.ts) covers the same ground at random; these are the named cases, with their exact answers.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { INPUT_BOUNDS } from '../../src/kit/input-bounds'
import { createCustomerWorld, PASSWORD as STOREFRONT_PASSWORD, type CustomerWorld } from '../helpers/customer-world'
import { ADMIN, createCommerceBasics, createStaff } from '../helpers/fixtures'
import { startTestApp, type ApiResponse, type TestApp } from '../helpers/payload'
import type { ErrorResponse } from '../helpers/api-types'

let app: TestApp
let token: string
let basics: Awaited<ReturnType<typeof createCommerceBasics>>
let world: CustomerWorld
let counts: Record<string, number>

const COUNTED = ['products', 'orders', 'addresses', 'users', 'customer-users', 'brands'] as const

async function rowCounts() {
  const result: Record<string, number> = {}
  for (const slug of COUNTED) result[slug] = (await app.payload.count({ collection: slug, overrideAccess: true })).totalDocs
  return result
}

const paths = (response: ApiResponse): string[] =>
  ((response.body as Partial<ErrorResponse> | null)?.errors ?? []).flatMap((error) => (error?.data?.errors ?? []).map((item) => item.path))

/** 400 naming exactly `field` (among others allowed). */
const expect400 = (response: ApiResponse, field: string) => {
  expect([response.status, paths(response)]).toEqual([400, expect.arrayContaining([field])])
}

const json = (body: string) => ({ token, body, headers: { 'Content-Type': 'application/json' } })

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  world = await createCustomerWorld(app.payload)
  token = await app.login(ADMIN.email, ADMIN.password)
})

beforeEach(async () => {
  counts = await rowCounts()
})

afterAll(async () => {
  // every test refused its input: nothing may have been written by any of them
  expect(await rowCounts()).toEqual(counts)
  await app?.close()
})

describe('bad input answers 4xx naming the field and writes nothing', () => {
  it('NUL bytes in text, objects and lists for text, oversized text', async () => {
    expect400(await app.rest.raw('POST', '/products', json('{"sku":"NUL-1","name":"a\\u0000b"}')), 'name')
    expect400(await app.rest.raw('POST', '/brands', json('{"name":{"$gt":""}}')), 'name')
    expect400(await app.rest.raw('POST', '/brands', json('{"name":["a","b"]}')), 'name')
    expect400(await app.rest.raw('POST', '/products', json(JSON.stringify({ sku: 'BIG-1', name: 'x'.repeat(1_000_000) }))), 'name')
    expect(await rowCounts()).toEqual(counts)
  })

  it('ids that are not ids: 404 in the path, 400 in where and in relationships', async () => {
    for (const id of ['abc', '9223372036854775808', '1.5', '-1', '0', '2147483648']) {
      expect([id, (await app.rest.get(`/products/${id}`, { token })).status]).toEqual([id, 404])
    }
    expect((await app.rest.patch('/products/1.5', { token, body: { name: 'x' } })).status).toBe(404)
    expect((await app.rest.delete('/products/1e309', { token })).status).toBe(404)
    expect400(await app.rest.get('/products?where[id][equals]=9223372036854775808', { token }), 'id')
    expect400(await app.rest.get('/products?where[brand][equals]=abc', { token }), 'brand')
    expect400(await app.rest.get('/products?where[id][in]=1,abc', { token }), 'id')
    for (const brand of ['1.5', '1e309', '-1']) {
      expect400(await app.rest.raw('POST', '/products', json(`{"sku":"REL-${brand}","name":"x","brand":${brand}}`)), 'brand')
    }
  })

  it('paging bounds', async () => {
    expect400(await app.rest.get('/products?limit=1e309', { token }), 'limit')
    expect400(await app.rest.get(`/products?limit=${INPUT_BOUNDS.maxLimit + 1}`, { token }), 'limit')
    expect400(await app.rest.get('/products?page=0', { token }), 'page')
    expect400(await app.rest.get('/products?depth=100', { token }), 'depth')
  })

  it('server code keeps Payload’s text bound (40,000 characters) where one check per save replaces its validators', async () => {
    // src/kit/text-lengths.ts: the local API is trusted by the input guard, so this bound is the only one it meets
    const longText = 'x'.repeat(40_001)
    const refusedPaths = async (write: Promise<unknown>) => {
      const error = (await write.then(() => null, (caught: unknown) => caught)) as { status?: number; data?: { errors?: Array<{ path: string; message: string }> } } | null
      return { status: error?.status, paths: (error?.data?.errors ?? []).map((issue) => issue.path), messages: (error?.data?.errors ?? []).map((issue) => issue.message) }
    }
    const address = await refusedPaths(
      app.payload.create({
        collection: 'addresses',
        data: { customer: world.customers.northwind.id, label: 'Long', street: '1 Long Street', street2: longText, city: 'Seattle', country: 'US', types: ['shipping'] },
        overrideAccess: true,
      }),
    )
    expect(address).toEqual({ status: 400, paths: ['street2'], messages: [expect.stringContaining('40000')] })
    // an order's addresses meet the calculation's own 200-character bound first; texts in a group and in array rows
    const before = { contacts: await app.payload.count({ collection: 'contacts', overrideAccess: true }), warehouses: await app.payload.count({ collection: 'warehouses', overrideAccess: true }) }
    const warehouse = await refusedPaths(
      app.payload.create({ collection: 'warehouses', data: { code: 'LONG', name: 'Long', address: { street: '1 Dock Rd', city: longText } }, overrideAccess: true }),
    )
    expect(warehouse).toMatchObject({ status: 400, paths: ['address.city'] })
    const contact = await refusedPaths(
      app.payload.create({
        collection: 'contacts',
        data: { lastName: 'Long', phones: [{ phone: '+1 555 0100', label: 'work' }, { phone: '+1 555 0101', label: longText }], emails: [{ email: 'long@example.test', label: longText }] },
        overrideAccess: true,
      }),
    )
    expect(contact.status).toBe(400)
    expect(contact.paths.sort()).toEqual(['emails.0.label', 'phones.1.label'])
    expect({ contacts: await app.payload.count({ collection: 'contacts', overrideAccess: true }), warehouses: await app.payload.count({ collection: 'warehouses', overrideAccess: true }) }).toEqual(before)
    expect(await rowCounts()).toEqual(counts)
  })

  it('selects take option strings; arrays take lists; groups take objects', async () => {
    expect400(await app.rest.raw('POST', '/products', json('{"sku":"SEL-1","name":"x","status":5}')), 'status')
    const address = { customer: world.customers.northwind.id, street: '1 Main St', city: 'Springfield', country: 'US' }
    expect400(await app.rest.post('/addresses', { token, body: { ...address, types: 0 } }), 'types')
    expect400(await app.rest.post('/addresses', { token, body: { ...address, types: [0] } }), 'types')
    const order = { customer: basics.customer.id, currency: 'USD' }
    expect400(await app.rest.post('/orders', { token, body: { ...order, lines: 'screws' } }), 'lines')
    expect400(await app.rest.post('/orders', { token, body: { ...order, lines: ['screws'] } }), 'lines.0')
    expect400(await app.rest.patch(`/products/${basics.screw.id}`, { token, body: { costPrice: null } }), 'costPrice')
  })

  it('numbers are finite and bounded; quantities at most 1,000,000', async () => {
    expect400(await app.rest.raw('PATCH', `/products/${basics.screw.id}`, json('{"weight":1e309}')), 'weight')
    const line = (quantity: string) => `{"customer":${basics.customer.id},"currency":"USD","lines":[{"product":${basics.screw.id},"quantity":${quantity}}]}`
    expect400(await app.rest.raw('POST', '/orders', json(line('1e15'))), 'lines.0.quantity')
    expect400(await app.rest.raw('POST', '/orders', json(line('1e12'))), 'lines.0.quantity')
    expect400(await app.rest.raw('POST', '/orders', json(line(String(INPUT_BOUNDS.quantity + 1)))), 'lines.0.quantity')
    const stored = await app.payload.findByID({ collection: 'products', id: basics.screw.id, overrideAccess: true })
    expect(stored.weight).toBe(0.01)
  })

  it('bodies that are not a JSON object, wrong content types, deep nesting, too large', async () => {
    for (const body of ['null', 'true', '123', '"a string"', '[1]', '{"name": "trunc']) {
      expect400(await app.rest.raw('POST', '/brands', json(body)), 'body')
    }
    expect400(await app.rest.raw('POST', '/brands', json('{"a":'.repeat(5000) + '1' + '}'.repeat(5000))), 'body')
    for (const contentType of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded']) {
      const response = await app.rest.raw('POST', '/brands', { token, body: 'name=x', headers: { 'Content-Type': contentType } })
      expect([contentType, response.status]).toEqual([contentType, 415])
    }
    expect((await app.rest.raw('POST', '/brands', { token, body: '{"name":"x"}' })).status).toBe(415)
    const huge = new Uint8Array(INPUT_BOUNDS.bodyBytes + 1).fill(32)
    expect((await app.rest.raw('POST', '/brands', { token, body: huge, headers: { 'Content-Type': 'application/json' } })).status).toBe(413)
    const multipart = '--b\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"name":\r\n--b--\r\n'
    expect400(await app.rest.raw('POST', '/brands', { token, body: multipart, headers: { 'Content-Type': 'multipart/form-data; boundary=b' } }), '_payload')
  })

  it('logins take text credentials; passwords have at least 8 characters', async () => {
    expect400(await app.rest.post('/users/login', { body: { email: { $ne: null }, password: 'x' } }), 'email')
    expect400(await app.rest.raw('POST', '/customer-users/login', { body: '{"email":"a\\u0000@b.c","password":"x"}', headers: { 'Content-Type': 'application/json' } }), 'email')
    expect400(await app.rest.post('/users', { token, body: { email: 'short@test.local', password: 'abc' } }), 'password')
    const storefront = await app.login(world.users.northwindAdmin.email, STOREFRONT_PASSWORD, 'customer-users')
    expect400(await app.rest.patch(`/customer-users/${world.users.northwindAdmin.id}`, { token: storefront, body: { password: '1234567' } }), 'password')
    expect400(await app.rest.post('/users/unlock', { token, body: { email: ['x'] } }), 'email')
    expect400(await app.rest.post('/customer-users/reset-password', { body: { token: 'not-a-token', password: 'abc' } }), 'password')
  })
})
