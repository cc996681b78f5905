/**
 * A checkout PostgreSQL fails to break a deadlock (or a serialization conflict) with a concurrent one is placed again:
 * nothing of the failed attempt was kept and no payment was asked for yet. A probe hook on orders fails the first
 * attempts the way the driver does (an error whose cause carries SQLSTATE 40P01).
 */
import type { Plugin } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Order } from '../../src/payload-types'
import type { ErrorResponse, GraphQLResponse } from '../helpers/api-types'
import { ADMIN, createCommerceBasics, createStaff } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

/** checkout key → attempts to fail before letting the order through ('' = orders without a key) */
const failures = new Map<string, number>()
const deadlockProbe: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collection.slug !== 'orders'
      ? collection
      : {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [
              ...(collection.hooks?.afterChange ?? []),
              ({ doc }) => {
                const key = String(doc.checkoutKey ?? '')
                const left = failures.get(key) ?? 0
                if (left <= 0) return doc
                failures.set(key, left - 1)
                throw new Error('Failed query', { cause: Object.assign(new Error('deadlock detected'), { code: '40P01' }) })
              },
            ],
          },
        },
  ),
})

let app: TestApp
let token: string
let basics: Awaited<ReturnType<typeof createCommerceBasics>>

beforeAll(async () => {
  app = await startTestApp({ extraPlugins: [deadlockProbe] })
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  token = await app.login(ADMIN.email, ADMIN.password)
})
afterAll(() => app?.close())

const ordersWithKey = async (key: string) =>
  (await app.payload.count({ collection: 'orders', where: { checkoutKey: { equals: key } }, overrideAccess: true })).totalDocs
const checkout = (key: string) =>
  app.rest.post<{ doc: Order }>('/commerce/checkout', { token, body: { customer: basics.customer.id, lines: [{ product: basics.screw.id, quantity: 2 }] }, headers: { 'Idempotency-Key': key } })

describe('a checkout failed by a deadlock', () => {
  it('is placed on a later attempt: 201, one order', async () => {
    failures.set('retry-twice', 2)
    const placed = await checkout('retry-twice')
    expect(placed.status).toBe(201)
    expect(failures.get('retry-twice')).toBe(0)
    expect(await ordersWithKey('retry-twice')).toBe(1)
  })

  it('gives up after three attempts with a 409 (try again), nothing written', async () => {
    failures.set('always', 3)
    const placed = await checkout('always')
    expect(placed.status).toBe(409)
    expect(await ordersWithKey('always')).toBe(0)
  })
})

describe('any other write PostgreSQL fails for a deadlock', () => {
  it('answers 409 (send it again), not 500, through REST and GraphQL, with nothing written', async () => {
    const before = (await app.payload.count({ collection: 'orders', overrideAccess: true })).totalDocs
    failures.set('', 1)
    const rest = await app.rest.post<ErrorResponse>('/orders', { token, body: { customer: basics.customer.id, currency: 'USD', lines: [{ product: basics.screw.id, quantity: 1 }] } })
    expect(rest.status).toBe(409)
    expect(rest.body.errors[0].message).toMatch(/send it again/)
    failures.set('', 1)
    const graphql = await app.graphql<GraphQLResponse<unknown>>(
      `mutation { createOrder(data: { customer: ${basics.customer.id}, currency: "USD", lines: [{ product: ${basics.screw.id}, quantity: 1 }] }) { id } }`,
      undefined,
      token,
    )
    expect(graphql.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/send it again/), extensions: { statusCode: 409 } })
    expect((await app.payload.count({ collection: 'orders', overrideAccess: true })).totalDocs).toBe(before)
  })
})
