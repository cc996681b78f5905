/**
 * Rebuilds run side by side (one runner's parallel batch, or several nodes): the `rebuilding` mark a waiting job
 * commits on a second connection never waits for the lock holder's rows, and a burst of price changes drained ten
 * jobs at a time leaves no job failed or retried.
 */
import pg from 'pg'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createCommerceBasics, createStaff } from '../../../../test/helpers/fixtures'
import { startTestApp, type TestApp } from '../../../../test/helpers/payload'
import { drainJobs } from '../../../../test/helpers/drain-jobs'
import { markRebuilding } from '../../jobs/rebuild'

const local = { overrideAccess: true, depth: 0 } as const

let app: TestApp
let basics: Awaited<ReturnType<typeof createCommerceBasics>>
let group: { id: number }
let lists: Array<{ id: number }>

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  group = await app.payload.create({ collection: 'customer-groups', data: { name: 'Trade', code: 'TRADE' }, ...local })
  lists = []
  for (const name of ['Retail', 'Trade', 'Contract']) lists.push(await app.payload.create({ collection: 'price-lists', data: { name }, ...local }))
  const assign = (priceList: { id: number }, extra: Record<string, unknown>) =>
    app.payload.create({ collection: 'price-list-assignments', data: { priceList: priceList.id, website: basics.website.id, sortOrder: 1, ...extra }, ...local })
  await assign(lists[0], {})
  await assign(lists[1], { customerGroup: group.id })
  await assign(lists[2], { customer: basics.customer.id })
  await drainJobs(app.payload)
}, 120_000)
afterAll(() => app?.close())

const combinedLists = async () =>
  (await app.payload.find({ collection: 'combined-price-lists', sort: 'id', pagination: false, ...local })).docs.map((doc) => ({ id: doc.id, status: doc.status }))

describe('parallel rebuilds', () => {
  it('marks lists rebuilding without waiting for a list another transaction holds (skips it instead)', async () => {
    const stored = await combinedLists()
    expect(stored.length).toBe(3)
    // the rebuild holding the lock has written the first combined list and keeps its transaction open
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URI })
    await holder.connect()
    try {
      await holder.query('begin')
      await holder.query('select id from combined_price_lists where id = $1 for update', [stored[0].id])
      const req = await createLocalReq({}, app.payload)
      const marked = markRebuilding(req, [lists[0].id]).then(() => 'done')
      const timeout = new Promise((resolve) => setTimeout(() => resolve('waited'), 3_000))
      expect(await Promise.race([marked, timeout])).toBe('done')
      // every chain holds Retail (the website's list): the held list was skipped, the others marked
      expect((await combinedLists()).map((list) => list.status)).toEqual(['ready', 'rebuilding', 'rebuilding'])
    } finally {
      await holder.query('rollback')
      await holder.end()
    }
    await drainJobs(app.payload)
  })

  it('drains a burst of price changes ten jobs at a time with every job done at its first try, and prices right', async () => {
    for (let round = 0; round < 4; round += 1) {
      await Promise.all(
        lists.flatMap((list, index) => [
          app.payload.create({ collection: 'product-prices', data: { priceList: list.id, product: basics.screw.id, unit: 'item', minQuantity: round + 1, currency: 'USD', value: `${index + 1}.${round}0` }, ...local }),
          app.payload.create({ collection: 'product-prices', data: { priceList: list.id, product: basics.drill.id, unit: 'item', minQuantity: round + 1, currency: 'USD', value: `${100 + index}.${round}0` }, ...local }),
        ]),
      )
    }
    const before = (await app.payload.find({ collection: 'payload-jobs', sort: '-id', limit: 1, ...local })).docs[0]?.id ?? 0
    await app.payload.update({ collection: 'customers', id: basics.customer.id, data: { group: group.id }, ...local })
    await drainJobs(app.payload, 10)
    const jobs = await app.payload.find({ collection: 'payload-jobs', where: { id: { greater_than: 0 } }, pagination: false, ...local })
    expect(jobs.docs.length).toBeGreaterThan(24)
    expect(jobs.docs.filter((job) => job.hasError || (job.totalTried ?? 0) > 1 || !job.completedAt).map((job) => [job.taskSlug, job.error])).toEqual([])
    expect(before).toBeGreaterThan(0)
    const quote = await app.rest.post<{ lines: Array<{ unitPrice: string; priceList: number }> }>('/commerce/price', {
      body: { customer: basics.customer.id, currency: 'USD', lines: [{ product: basics.screw.id, quantity: 4 }] },
      token: await app.login('admin@test.local', 'admin-password'),
    })
    // the customer's contract list comes first: its 4-unit tier, written in the last round
    expect(quote.body.lines[0]).toMatchObject({ unitPrice: '3.3000', priceList: lists[2].id })
  })
})
