/**
 * Fields only staff may see (src/kit/staff-only-fields.ts, STAFF_ONLY_FIELDS in src/config.ts, and the ownership
 * fields of secured collections): for each one found in the running config, anonymous visitors and storefront
 * customer users get it neither over REST nor GraphQL, and cannot filter or sort by it — while staff can, so the
 * test fails if the field simply went missing.
 */
import type { Field, SanitizedCollectionConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isStaffOnlyField } from '../../src/kit/staff-only-fields'
import { createCustomerWorld, PASSWORD as STOREFRONT_PASSWORD } from '../helpers/customer-world'
import { ADMIN, createCommerceBasics, createStaff } from '../helpers/fixtures'
import { graphQLNames } from '../helpers/graphql-names'
import { startTestApp, type TestApp } from '../helpers/payload'
import type { GraphQLResponse, ListResponse } from '../helpers/api-types'

/** Any collection's document, read field by field by path: this test walks every staff-only field of every collection. */
type AnyDoc = Record<string, unknown>

type Closed = {
  collection: SanitizedCollectionConfig
  path: string
  /** a scalar path inside it to filter and sort on (costPrice → costPrice.amount) */
  leaf: string
  leafType: string
  /** the GraphQL selection of the field (`costPrice { amount }`) */
  selection: string
}

const OWNERSHIP = new Set(['owner', 'businessUnit'])

function firstLeaf(field: Field, prefix: string): { leaf: string; leafType: string; selection: string } | null {
  if (!('name' in field) || !field.name) return null
  const path = prefix ? `${prefix}.${field.name}` : field.name
  if (field.type === 'group' || field.type === 'array') {
    for (const inner of field.fields.flatMap((child) => (child.type === 'row' ? child.fields : [child]))) {
      const found = firstLeaf(inner, path)
      if (found) return { ...found, selection: `${field.name} { ${found.selection} }` }
    }
    return null
  }
  const relational = field.type === 'relationship' || field.type === 'upload'
  return { leaf: path, leafType: field.type, selection: relational ? `${field.name} { id }` : field.name }
}

function closedFields(collections: readonly SanitizedCollectionConfig[]): Closed[] {
  return collections.flatMap((collection) =>
    (collection.flattenedFields as unknown as typeof collection.fields).flatMap((field): Closed[] => {
      if (!('name' in field) || !field.name) return []
      const secured = (collection.custom as { bureau?: { secured?: boolean } } | undefined)?.bureau?.secured === true
      if (!isStaffOnlyField(field) && !(secured && OWNERSHIP.has(field.name))) return []
      const leaf = firstLeaf(field, '')
      return leaf ? [{ collection, path: field.name, ...leaf }] : []
    }),
  )
}

const whereValue = (type: string) => (type === 'number' ? '777' : type === 'relationship' || type === 'upload' ? '1' : 'x@example.com')
const graphQLValue = (type: string) => (type === 'number' ? '777' : type === 'relationship' || type === 'upload' ? '1' : '"x@example.com"')

/** The non-null scalars inside a GraphQL value. */
const valuesIn = (value: unknown): unknown[] =>
  value === null || value === undefined ? [] : typeof value === 'object' ? Object.values(value).flatMap(valuesIn) : [value]

let app: TestApp
let storefrontToken: string
let adminToken: string
const ids: Record<string, number> = {}

beforeAll(async () => {
  app = await startTestApp()
  const { admin } = await createStaff(app.payload)
  const { website, screw, usd } = await createCommerceBasics(app.payload)
  const world = await createCustomerWorld(app.payload)
  const local = { overrideAccess: true, depth: 0 } as const
  const unit = await app.payload.create({ collection: 'business-units', data: { name: 'HQ', code: 'HQ' } as never, ...local })
  const owned = { owner: admin.id, businessUnit: unit.id }
  await app.payload.update({ collection: 'products', id: screw.id, data: { costPrice: { currency: usd.id, amount: 777 }, ...owned } as never, ...local })
  await app.payload.update({ collection: 'websites', id: website.id, data: { orderAlertRecipients: ['x@example.com'] } as never, ...local })
  await app.payload.update({
    collection: 'customers',
    id: world.customers.northwind.id,
    data: owned as never,
    ...local,
  })
  ids.products = screw.id
  ids.websites = website.id
  ids.customers = world.customers.northwind.id
  adminToken = await app.login(ADMIN.email, ADMIN.password)
  storefrontToken = await app.login(world.users.northwindAdmin.email, STOREFRONT_PASSWORD, 'customer-users')
})

afterAll(async () => {
  await app?.close()
})

describe('staff-only fields', () => {
  it('are found in the running config: cost price, alert recipients, CRM figures, ownership', () => {
    const found = closedFields(app.payload.config.collections).map(({ collection, path }) => `${collection.slug}.${path}`)
    expect(found).toEqual(
      expect.arrayContaining([
        'products.costPrice',
        'products.owner',
        'products.businessUnit',
        'websites.orderAlertRecipients',
        'customers.lifetimeSales',
        'customers.owner',
        'customers.businessUnit',
      ]),
    )
  })

  it('are hidden from anonymous visitors and storefront users over REST and GraphQL, in where and sort; staff see them', async () => {
    const closed = closedFields(app.payload.config.collections).filter(({ collection }) => ids[collection.slug])
    expect(closed.length).toBeGreaterThanOrEqual(8)
    const callers: Array<[string, string | undefined]> = [
      ['anonymous', undefined],
      ['storefront', storefrontToken],
    ]
    for (const { collection, path, leaf, leafType, selection } of closed) {
      const slug = collection.slug
      const id = ids[slug]
      const label = `${slug}.${path}`
      // Staff see the field: the checks below would pass vacuously otherwise.
      const asAdmin = await app.rest.get<AnyDoc>(`/${slug}/${id}?depth=0`, { token: adminToken })
      expect([label, asAdmin.body[path] ?? null]).not.toEqual([label, null])

      for (const [who, token] of callers) {
        const readable = (await app.rest.get(`/${slug}/${id}`, { token })).status === 200
        const byId = await app.rest.get<AnyDoc | null>(`/${slug}/${id}?depth=0`, { token })
        expect([label, who, byId.body?.[path]]).toEqual([label, who, undefined])
        const list = await app.rest.get<ListResponse<AnyDoc> | null>(`/${slug}?depth=0&limit=100`, { token })
        for (const doc of list.body?.docs ?? []) expect([label, who, doc[path]]).toEqual([label, who, undefined])

        // Filtering or sorting by it would reveal its values: refused (400) where the collection is readable.
        const filtered = await app.rest.get(`/${slug}?where[${leaf}][equals]=${encodeURIComponent(whereValue(leafType))}`, { token })
        const sorted = await app.rest.get(`/${slug}?sort=${leaf}`, { token })
        const sortedDown = await app.rest.get(`/${slug}?sort=-${leaf}`, { token })
        const expected = readable ? 400 : 403
        expect([label, who, filtered.status, sorted.status, sortedDown.status]).toEqual([label, who, expected, expected, expected])

        const names = graphQLNames(collection)!
        const single = await app.graphql<GraphQLResponse<Record<string, AnyDoc | null> | null>>(`{ ${names.singular}(id: ${id}) { id ${selection} } }`, undefined, token)
        // GraphQL answers a hidden group as an object of nulls: no value may come through.
        const value = single.body.data?.[names.singular]?.[path]
        expect([label, who, valuesIn(value)]).toEqual([label, who, []])
        const where = leaf.replaceAll('.', '__')
        const filteredGraphQL = await app.graphql<GraphQLResponse<unknown>>(
          `{ ${names.plural}(where: { ${where}: { equals: ${graphQLValue(leafType)} } }) { docs { id } } }`,
          undefined,
          token,
        )
        expect([label, who, (filteredGraphQL.body.errors ?? []).length > 0]).toEqual([label, who, true])
        const sortedGraphQL = await app.graphql<GraphQLResponse<unknown>>(`{ ${names.plural}(sort: "${leaf}") { docs { id } } }`, undefined, token)
        expect([label, who, (sortedGraphQL.body.errors ?? []).length > 0]).toEqual([label, who, true])
      }
    }
  })
})
