/**
 * Scheduled tasks (src/kit/schedules.ts): with several runners looking at the clock at once, each slot of a task runs
 * once; the next slot runs again; a failing run is recorded as failed with its error and does not stop the others.
 */
import type { Plugin } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { registerScheduledTask, runDueSchedules } from '../../src/kit'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
const runs: number[] = []

const probe: Plugin = (config) => {
  registerScheduledTask(config, { name: 'probe:count', plugin: 'probe', everySeconds: 60, run: async (_payload, slot) => void runs.push(slot.index) })
  registerScheduledTask(config, {
    name: 'probe:fail',
    plugin: 'probe',
    everySeconds: 60,
    run: async () => {
      throw new Error('the sweep broke')
    },
  })
  return config
}

beforeAll(async () => {
  app = await startTestApp({ extraPlugins: [probe] })
})
afterAll(() => app?.close())

describe('scheduled tasks', () => {
  it('runs a slot once when five runners look at the clock together, and the next slot again', async () => {
    const at = new Date('2026-11-23T10:00:30Z')
    const ran = await Promise.all(Array.from({ length: 5 }, () => runDueSchedules(app.payload, at)))
    expect(ran.flat().filter((name) => name === 'probe:count')).toHaveLength(1)
    expect(runs).toEqual([Math.floor(at.getTime() / 60_000)])
    await runDueSchedules(app.payload, new Date('2026-11-23T10:00:59Z'))
    expect(runs).toHaveLength(1)
    await runDueSchedules(app.payload, new Date('2026-11-23T10:01:00Z'))
    expect(runs).toHaveLength(2)
  })

  it('records a failed run with its error', async () => {
    const found = await app.payload.find({ collection: 'scheduled-runs', where: { task: { equals: 'probe:fail' } }, sort: 'slot', overrideAccess: true })
    expect(found.docs.length).toBeGreaterThanOrEqual(1)
    expect(found.docs[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('the sweep broke') })
    const counted = await app.payload.find({ collection: 'scheduled-runs', where: { task: { equals: 'probe:count' } }, overrideAccess: true })
    expect(counted.docs.every((doc) => doc.status === 'done')).toBe(true)
  })
})
