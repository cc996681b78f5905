import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ADMIN, createStaff } from '../helpers/fixtures'
import type { Product } from '../../src/payload-types'
import type { BulkResponse, DocResponse, ErrorResponse, ListResponse } from '../helpers/api-types'
import { startTestApp, type ApiResponse, type TestApp } from '../helpers/payload'

let app: TestApp
let token: string
const ids: Record<string, number> = {}

type Category = { id: number; title: string; slug: string; path: string; level: number; ancestors: Array<number | { id: number; title: string }> }

const fieldErrors = (response: ApiResponse<ErrorResponse>) =>
  (response.body.errors[0].data?.errors ?? []).map(({ path, message }: { path: string; message: string }) => ({ path, message }))

async function create(key: string, title: string, parent?: string, slug?: string) {
  const response = await app.rest.post<DocResponse<Category>>('/categories', { token, body: { title, slug, parent: parent ? ids[parent] : undefined } })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  ids[key] = response.body.doc.id
  return response.body.doc
}

const read = async (key: string) => (await app.rest.get<Category>(`/categories/${ids[key]}?depth=0`)).body
const placeOf = async (key: string) => {
  const { path, level, ancestors } = await read(key)
  return { path, level, ancestors }
}

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  token = await app.login(ADMIN.email, ADMIN.password)
  // Tools > Power tools > Drills > Hammer drills; Workshop > Machines; Safety
  await create('tools', 'Tools')
  await create('power', 'Power tools', 'tools')
  await create('drills', 'Drills', 'power')
  await create('hammer', 'Hammer drills', 'drills')
  await create('workshop', 'Workshop')
  await create('machines', 'Machines', 'workshop')
  await create('safety', 'Safety')
})
afterAll(() => app?.close())

describe('the category tree', () => {
  it('derives slugs from titles and keeps ancestors, path and level', async () => {
    expect(await placeOf('tools')).toEqual({ path: 'tools', level: 0, ancestors: [] })
    expect(await placeOf('hammer')).toEqual({
      path: 'tools/power-tools/drills/hammer-drills',
      level: 3,
      ancestors: [ids.tools, ids.power, ids.drills],
    })
    const german = await create('screws', 'Schrauben & Dübel', 'workshop')
    expect(german.slug).toBe('schrauben-duebel')
    expect(german.path).toBe('workshop/schrauben-duebel')
  })

  it('moves a category with its whole branch', async () => {
    const moved = await app.rest.patch(`/categories/${ids.power}`, { token, body: { parent: ids.machines } })
    expect(moved.status).toBe(200)
    expect(await placeOf('power')).toEqual({ path: 'workshop/machines/power-tools', level: 2, ancestors: [ids.workshop, ids.machines] })
    expect(await placeOf('drills')).toEqual({
      path: 'workshop/machines/power-tools/drills',
      level: 3,
      ancestors: [ids.workshop, ids.machines, ids.power],
    })
    expect(await placeOf('hammer')).toEqual({
      path: 'workshop/machines/power-tools/drills/hammer-drills',
      level: 4,
      ancestors: [ids.workshop, ids.machines, ids.power, ids.drills],
    })
    // the branch it left keeps its place
    expect(await placeOf('tools')).toEqual({ path: 'tools', level: 0, ancestors: [] })
  })

  it('re-paths descendants when a slug changes and when a category becomes top-level', async () => {
    await app.rest.patch(`/categories/${ids.drills}`, { token, body: { slug: 'drilling' } })
    expect((await read('hammer')).path).toBe('workshop/machines/power-tools/drilling/hammer-drills')
    await app.rest.patch(`/categories/${ids.power}`, { token, body: { parent: null } })
    expect(await placeOf('hammer')).toEqual({ path: 'power-tools/drilling/hammer-drills', level: 2, ancestors: [ids.power, ids.drills] })
  })

  it('moves several categories in one bulk update, each with its branch', async () => {
    await create('bulk-a', 'Bulk A', 'safety')
    await create('bulk-a1', 'Bulk A1', 'bulk-a')
    await create('bulk-b', 'Bulk B', 'safety')
    await create('bulk-b1', 'Bulk B1', 'bulk-b')
    const moved = await app.rest.patch<BulkResponse<Category>>(`/categories?where[id][in]=${ids['bulk-a']},${ids['bulk-b']}`, { token, body: { parent: ids.workshop } })
    expect(moved.status).toBe(200)
    expect((await read('bulk-a1')).path).toBe('workshop/bulk-a/bulk-a1')
    expect((await read('bulk-b')).ancestors).toEqual([ids.workshop])
    expect((await read('bulk-b1')).path).toBe('workshop/bulk-b/bulk-b1')
  })

  it('refuses a move under itself or its own descendant with a 400 naming parent, and changes nothing', async () => {
    const before = await placeOf('power')
    const underDescendant = await app.rest.patch<ErrorResponse>(`/categories/${ids.power}`, { token, body: { parent: ids.hammer } })
    expect(underDescendant.status).toBe(400)
    expect(fieldErrors(underDescendant)).toEqual([
      { path: 'parent', message: 'A category cannot move under its own descendant "power-tools/drilling/hammer-drills"' },
    ])
    const underItself = await app.rest.patch<ErrorResponse>(`/categories/${ids.power}`, { token, body: { parent: ids.power } })
    expect(fieldErrors(underItself)).toEqual([{ path: 'parent', message: 'A category cannot be its own parent' }])
    expect(await placeOf('power')).toEqual(before)
    expect((await read('hammer')).path).toBe('power-tools/drilling/hammer-drills')
  })

  it('refuses two siblings with one slug, naming slug', async () => {
    const response = await app.rest.post<ErrorResponse>('/categories', { token, body: { title: 'Tools', parent: undefined } })
    expect(response.status).toBe(400)
    expect(fieldErrors(response)).toEqual([{ path: 'slug', message: 'Another category already has the path "tools"' }])
    // the same slug under another parent is fine
    expect((await app.rest.post('/categories', { token, body: { title: 'Tools', parent: ids.safety } })).status).toBe(201)
  })

  it('answers a subtree in one query and a category by its path', async () => {
    const subtree = await app.rest.get<ListResponse<Category>>(`/categories?where[or][0][id][equals]=${ids.power}&where[or][1][ancestors][equals]=${ids.power}&depth=0&sort=path`)
    expect(subtree.body.docs.map((doc: Category) => doc.path)).toEqual([
      'power-tools',
      'power-tools/drilling',
      'power-tools/drilling/hammer-drills',
    ])
    const byPath = await app.rest.get<ListResponse<Category>>('/categories?where[path][equals]=workshop/machines&depth=0')
    expect(byPath.body.docs.map((doc: Category) => doc.id)).toEqual([ids.machines])
  })

  it('gives breadcrumbs with titles by populating ancestors, in the requested locale', async () => {
    await app.rest.patch(`/categories/${ids.power}?locale=de`, { token, body: { title: 'Elektrowerkzeuge' } })
    const hammer = (await app.rest.get<Category>(`/categories/${ids.hammer}?depth=1&locale=de`)).body
    // Drills has no German title: it falls back to English
    expect(hammer.ancestors.map((ancestor) => (ancestor as { title: string }).title)).toEqual(['Elektrowerkzeuge', 'Drills'])
  })

  it('refuses deleting a category with subcategories (409) and deletes a leaf', async () => {
    const parent = await app.rest.delete<ErrorResponse>(`/categories/${ids.drills}`, { token })
    expect(parent.status).toBe(409)
    expect(parent.body.errors[0].message).toContain('has 1 subcategories')
    expect((await app.rest.delete(`/categories/${ids.hammer}`, { token })).status).toBe(200)
  })

  it('relates products to categories, filterable by category', async () => {
    const product = await app.rest.post('/products', { token, body: { sku: 'DRL-18V', name: 'Cordless drill', categories: [ids.drills, ids.power] } })
    expect(product.status).toBe(201)
    const found = await app.rest.get<ListResponse<Product>>(`/products?where[categories][in]=${ids.drills}&depth=0`)
    expect(found.body.docs.map((doc: { sku: string }) => doc.sku)).toEqual(['DRL-18V'])
  })
})
