/** The pricing demo: the README's walk-through (different customers, different prices) holds. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemo } from '../../src/seed/demo'
import { startTestApp, type TestApp } from '../helpers/payload'
import { drainJobs } from '../helpers/drain-jobs'

type ListedPrice = { value: string | null; priceList: number | null; tiers: Array<{ minQuantity: number; value: string }> }
type ProductsAnswer = { docs: Array<{ sku: string; price: ListedPrice | null }> }

let app: TestApp
let token: string
const ids = new Map<string, number>()

beforeAll(async () => {
  app = await startTestApp()
  await seedDemo(app.payload)
  // ten at a time, as the runner works: parallel rebuilds are safe (plugins/pricing/jobs/rebuild.ts, rebuild-concurrency test)
  await drainJobs(app.payload)
  token = await app.login('admin@bureau.local', 'bureau-demo')
  for (const code of ['NORTHWIND', 'NORTHWIND-EAST', 'CONTOSO']) {
    const found = await app.payload.find({ collection: 'customers', where: { code: { equals: code } }, limit: 1, overrideAccess: true })
    ids.set(code, found.docs[0].id)
  }
}, 240_000)
afterAll(() => app?.close())

const screwPrice = async (customer: string | null, quantity = 1) => {
  const query = `where[sku][equals]=SCR-M4-20&quantity=${quantity}${customer ? `&customer=${ids.get(customer)}` : ''}`
  const response = await app.rest.get<ProductsAnswer>(`/commerce/products?${query}`, { token })
  return response.body.docs[0].price
}

describe('the pricing demo', () => {
  it('ran every job the demo queued, ten at a time, each at its first try', async () => {
    const jobs = await app.payload.find({ collection: 'payload-jobs', pagination: false, depth: 0, overrideAccess: true })
    expect(jobs.docs.length).toBeGreaterThan(20)
    expect(jobs.docs.filter((job) => job.hasError || !job.completedAt || (job.totalTried ?? 0) > 1).map((job) => [job.taskSlug, job.error])).toEqual([])
  })

  it('prices SCR-M4-20 (base 12.49) differently per customer: Contoso 12.49, Northwind East 11.24 (−10 %), Northwind 10.99 → 8.75 at 50', async () => {
    expect((await screwPrice('CONTOSO'))?.value).toBe('12.49')
    expect((await screwPrice('NORTHWIND-EAST'))?.value).toBe('11.2400')
    expect((await screwPrice('NORTHWIND'))?.value).toBe('10.99')
    expect((await screwPrice('NORTHWIND', 50))?.value).toBe('8.75')
    expect((await screwPrice(null))?.value).toBe('12.49')
  })

  it('keeps non-fasteners at the Default price for the wholesale group (the rule covers Fasteners only)', async () => {
    const response = await app.rest.get<ProductsAnswer>(`/commerce/products?customer=${ids.get('NORTHWIND-EAST')}&where[sku][equals]=DRL-18V&limit=1`, { token })
    expect(response.body.docs[0].price).toMatchObject({ value: '129.00', tiers: [{ minQuantity: 1, value: '129.00' }] })
  })
})
