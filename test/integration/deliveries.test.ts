/**
 * The delivery ledger (src/kit/deliveries.ts): a delivery of one (event id, subscriber) takes effect once however
 * often and however concurrently it runs, and a failed attempt leaves it to be retried.
 */
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '../../src/kit/database'
import { claimPoolSize, deliverOnce, type DeliveryEffects } from '../../src/kit/deliveries'
import { createCommerceBasics } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let basics: Awaited<ReturnType<typeof createCommerceBasics>>

beforeAll(async () => {
  app = await startTestApp()
  basics = await createCommerceBasics(app.payload)
})
afterAll(() => app?.close())

const key = (eventId: string) => ({ eventId, event: 'test.happened', subscriber: 'test:subscriber' })
const ledgerRow = async (eventId: string) =>
  (await app.payload.find({ collection: 'event-deliveries', where: { eventId: { equals: eventId } }, overrideAccess: true })).docs

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe.each<DeliveryEffects>(['database', 'external'])('%s effects', (effects) => {
  it('run once when five runners deliver the same event at the same time', async () => {
    let runs = 0
    const eventId = `concurrent-${effects}`
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, async () =>
        deliverOnce(await createLocalReq({}, app.payload), key(eventId), effects, async () => {
          runs += 1
          await pause(200) // long enough for the others to arrive while it runs
        }),
      ),
    )
    expect(runs).toBe(1)
    expect(outcomes.filter((outcome) => outcome === 'delivered')).toHaveLength(1)
    expect(outcomes.filter((outcome) => outcome === 'already-delivered')).toHaveLength(4)
    const [row] = await ledgerRow(eventId)
    expect(row.status).toBe(effects === 'external' ? 'sent' : 'delivered')
  })

  it('leave a failed attempt to be retried, and run the retry', async () => {
    const eventId = `retried-${effects}`
    const req = await createLocalReq({}, app.payload)
    await expect(deliverOnce(req, key(eventId), effects, async () => Promise.reject(new Error('receiver down')))).rejects.toThrow('receiver down')
    let runs = 0
    expect(await deliverOnce(req, key(eventId), effects, async () => void (runs += 1))).toBe('delivered')
    expect(runs).toBe(1)
    const rows = await ledgerRow(eventId)
    expect(rows).toHaveLength(1)
    // external sends count every attempt; a database delivery that rolled back left no row to count on
    expect(rows[0].attempts).toBe(effects === 'external' ? 2 : 1)
  })
})

describe('database effects', () => {
  it('commit with the delivery record, and roll back with it', async () => {
    const write = (name: string) => async (req: Parameters<Parameters<typeof deliverOnce>[3]>[0]) => {
      await app.payload.update({ collection: 'customers', id: basics.customer.id, data: { name }, req, overrideAccess: true })
    }
    const req = await createLocalReq({}, app.payload)
    await expect(
      deliverOnce(req, key('rolled-back'), 'database', async (deliveryReq) => {
        await write('Written then rolled back')(deliveryReq)
        throw new Error('after the write')
      }),
    ).rejects.toThrow('after the write')
    expect((await app.payload.findByID({ collection: 'customers', id: basics.customer.id, overrideAccess: true })).name).toBe('Acme Corp')
    expect(await ledgerRow('rolled-back')).toHaveLength(0)

    await deliverOnce(req, key('committed'), 'database', write('Acme Renamed'))
    expect((await app.payload.findByID({ collection: 'customers', id: basics.customer.id, overrideAccess: true })).name).toBe('Acme Renamed')
    expect(await ledgerRow('committed')).toHaveLength(1)
  })
})

describe('external effects', () => {
  it('all complete when more deliveries run at once than the pool their handlers read through has connections', async () => {
    // A claim held on a main-pool connection while its handler asks that pool for another starved it: with every
    // connection holding a claim, every handler waited forever (the job-runner hang of sessions 17 and 18).
    const mainPoolSize = poolOf(app.payload).options.max ?? 10
    const count = 3 * mainPoolSize
    expect(count).toBeGreaterThan(claimPoolSize())
    let reads = 0
    const outcomes = await Promise.all(
      Array.from({ length: count }, async (_, index) =>
        deliverOnce(await createLocalReq({}, app.payload), key(`crowded-${index}`), 'external', async (req) => {
          await pause(20)
          const found = await app.payload.find({ collection: 'customers', req, overrideAccess: true, limit: 1 })
          reads += found.docs.length
        }),
      ),
    )
    expect(outcomes.every((outcome) => outcome === 'delivered')).toBe(true)
    expect(reads).toBe(count)
  }, 30_000)
})
