/**
 * Price-list schedules change chains with no edit: every minute, a list whose period started or ended since the
 * previous slot queues a chain refresh (one runner per slot: src/kit/schedules.ts).
 */
import { createLocalReq, type Config } from 'payload'

import { emitDomainEvent, registerScheduledTask } from '../../../src/kit'
import { PRICE_LISTS_SLUG } from '../collections/slugs'
import { CHAINS_CHANGED } from '../events'

export function scheduleChainRefresh(config: Config, everySeconds: number): void {
  registerScheduledTask(config, {
    name: 'pricing:schedule-boundaries',
    plugin: 'pricing',
    everySeconds,
    run: async (payload, slot) => {
      const from = new Date(slot.startsAt.getTime() - everySeconds * 1000).toISOString()
      const to = new Date(slot.startsAt.getTime() + everySeconds * 1000).toISOString()
      const crossed = await payload.count({
        collection: PRICE_LISTS_SLUG,
        where: {
          or: [
            { and: [{ 'schedule.activeAt': { greater_than: from } }, { 'schedule.activeAt': { less_than_equal: to } }] },
            { and: [{ 'schedule.deactivateAt': { greater_than: from } }, { 'schedule.deactivateAt': { less_than_equal: to } }] },
          ],
        },
        overrideAccess: true,
      })
      if (crossed.totalDocs === 0) return
      const req = await createLocalReq({}, payload)
      await emitDomainEvent(req, CHAINS_CHANGED, { reason: `${crossed.totalDocs} price list schedule(s) started or ended` })
    },
  })
}
